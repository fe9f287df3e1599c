// The pieces behind check and validate: the JSON diff, the line of a JSON path, the manifest line parser.
import { describe, expect, it } from "vitest";
import { diffJson, formatDiff, MISSING } from "../../src/batch/diff.js";
import { lineIndex, lineOf } from "../../src/batch/locate.js";
import { parseManifestLine } from "../../src/batch/manifest.js";

describe("diffJson", () => {
  it("reports each differing leaf with its path, and missing or extra elements", () => {
    const d = diffJson({ a: 1, b: { c: [1, 2, 3] }, "odd key": true }, { a: 1, b: { c: [1, 5] }, d: null, "odd key": true });
    expect(d).toEqual([
      { path: "$.b.c[1]", expected: 2, got: 5 },
      { path: "$.b.c[2]", expected: 3, got: MISSING },
      { path: "$.d", expected: MISSING, got: null },
    ]);
    expect(formatDiff(d)).toEqual([
      "  $.b.c[1]: expected 2, got 5",
      "  $.b.c[2]: expected 3, got (missing)",
      "  $.d: expected (missing), got null",
    ]);
    expect(diffJson({ x: [{ y: "z" }] }, { x: [{ y: "z" }] })).toEqual([]);
    expect(diffJson({ "a b": 1 }, { "a b": 2 })[0]!.path).toBe('$["a b"]');
  });

  it("caps a long diff", () => {
    const many = diffJson(Array.from({ length: 50 }, (_, i) => i), []);
    const lines = formatDiff(many, 10);
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe("  ... and 40 more");
  });
});

describe("lineIndex", () => {
  it("finds the line of every value of a pretty JSON text, and of the nearest ancestor of a missing one", () => {
    const text = JSON.stringify({ a: { b: [10, { c: "x\"}y" }] }, d: [] }, null, 2);
    const lines = lineIndex(text);
    const lineOfText = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(lineOf(lines, "$.a.b[0]")).toBe(lineOfText("10"));
    expect(lineOf(lines, "$.a.b[1].c")).toBe(lineOfText('"c"'));
    expect(lineOf(lines, "$.d")).toBe(lineOfText('"d"'));
    expect(lineOf(lines, "$.a.b[1].missing")).toBe(lines.get("$.a.b[1]"));
  });
});

describe("parseManifestLine", () => {
  it("reads path and text lines, and the defaults of the command line", () => {
    const p = parseManifestLine(1, '{"id": 12, "path": "a.txt", "url": "https://x.example"}', { published: "2024-01-02" });
    expect(p.error).toBeUndefined();
    expect(p.task).toMatchObject({ id: "12", path: "a.txt", published: "2024-01-02", url: "https://x.example" });
    const t = parseManifestLine(2, '{"id": "t", "text": "Hello.", "publishedAt": "2023-12-31", "format": "text"}', {});
    expect(t.task).toMatchObject({ id: "t", path: "-", text: "Hello.", published: "2023-12-31", format: "text" });
  });

  it("turns a bad line into an error that names the line", () => {
    expect(parseManifestLine(3, "[1,2]", {}).error!.message).toBe("manifest line 3: not a JSON object");
    expect(parseManifestLine(4, '{"id": "x"}', {}).error!.message).toMatch(/needs "path" or "text"/);
    expect(parseManifestLine(5, '{"path": "a.txt", "publishedAt": "2024-02-30"}', {}).error!.message).toMatch(/publishedAt/);
    expect(parseManifestLine(6, '{"path": "a.txt", "format": "pdf"}', {}).error!.message).toMatch(/format/);
  });
});
