// A gazetteer matcher: finds every mention of a list of names in a text, longest match first,
// on word boundaries, never overlapping. Names are data (src/data); this is the code that uses them.
export interface GazetteerEntry<T> {
  names: readonly string[];
  value: T;
}

export interface GazetteerMatch<T> {
  start: number;
  end: number;
  text: string;
  /** the name of the entry that matched, as written in the data */
  name: string;
  value: T;
}

export interface GazetteerOptions {
  /** which names match regardless of case; default: none (case-sensitive everywhere) */
  ignoreCase?: (name: string) => boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as a pattern: any run of spaces matches any white space, either apostrophe matches both, a hyphen matches dashes. */
function namePattern(name: string): string {
  return escape(name)
    .replace(/\s+/g, "\\s+")
    .replace(/['\u2019]/g, "['\u2019]")
    .replace(/-/g, "[-\u2010\u2011\u2013]");
}

/** Folds a matched text for lookup: lower-case (when ignoring case), single spaces, straight apostrophes and hyphens. */
function fold(s: string, lower: boolean): string {
  const t = s.replace(/\s+/g, " ").replace(/\u2019/g, "'").replace(/[\u2010\u2011\u2013]/g, "-");
  return lower ? t.toLowerCase() : t;
}

export class Gazetteer<T> {
  private readonly passes: { re: RegExp; lower: boolean; lookup: Map<string, { name: string; value: T }> }[] = [];

  constructor(entries: readonly GazetteerEntry<T>[], options: GazetteerOptions = {}) {
    const ignore = options.ignoreCase ?? (() => false);
    for (const lower of [false, true]) {
      const lookup = new Map<string, { name: string; value: T }>();
      for (const e of entries) {
        for (const name of e.names) {
          if (ignore(name) !== lower) continue;
          const key = fold(name, lower);
          if (!lookup.has(key)) lookup.set(key, { name, value: e.value });
        }
      }
      if (!lookup.size) continue;
      const alternation = [...lookup.values()]
        .map((v) => v.name)
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
        .map(namePattern)
        .join("|");
      const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, lower ? "giu" : "gu");
      this.passes.push({ re, lower, lookup });
    }
  }

  /** Every match in text[from, to), longest first where two overlap, in text order. */
  find(text: string, from = 0, to = text.length): GazetteerMatch<T>[] {
    const all: GazetteerMatch<T>[] = [];
    const slice = from === 0 && to === text.length ? text : text.slice(0, to);
    for (const pass of this.passes) {
      pass.re.lastIndex = from;
      for (let m = pass.re.exec(slice); m; m = pass.re.exec(slice)) {
        const hit = pass.lookup.get(fold(m[0], pass.lower));
        if (hit) all.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: hit.name, value: hit.value });
      }
    }
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: GazetteerMatch<T>[] = [];
    for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }
}
