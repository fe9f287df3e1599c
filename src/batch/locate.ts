// Where each value of a JSON text stands: its line, by JSON path ($.a.b[0]). Used to point validation
// errors of a pretty-printed record at their line. Assumes the text is valid JSON (JSON.parse said so).
import { childPath } from "./diff.js";

export function lineIndex(text: string, firstLine = 1): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = firstLine;

  const skip = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = text[i];
    if (c === "{") {
      i++;
      skip();
      if (text[i] === "}") { i++; return; }
      for (;;) {
        skip();
        const key = str();
        skip();
        i++; // colon
        value(childPath(path, key));
        skip();
        if (text[i++] === "}") return;
      }
    } else if (c === "[") {
      i++;
      skip();
      if (text[i] === "]") { i++; return; }
      for (let k = 0; ; k++) {
        value(childPath(path, k));
        skip();
        if (text[i++] === "]") return;
      }
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value("$");
  return lines;
}

/** The line of a path, or of its nearest ancestor that exists (a missing key is reported at its object). */
export function lineOf(lines: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; ) {
    const l = lines.get(p);
    if (l !== undefined) return l;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return lines.get("$");
    p = p.slice(0, cut);
  }
}
