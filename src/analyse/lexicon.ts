// A lexicon of patterns (regular-expression sources, from src/data): finds where any of them matches, case-
// insensitively, between word boundaries, and says which one matched.
//
// What matches is defined by one regular expression, each pattern a capturing group of its own (its inner
// groups made non-capturing):
//   (?<![\p{L}\p{N}_-])(?:(pattern1)(?![\p{L}\p{N}_])|(pattern2)(?![\p{L}\p{N}_])|...)      run globally.
// Trying a hundred patterns at every word of every sentence is slow, so the scan is done here: at each position
// that can start a match, only the patterns that can start with the character found there are tried (a sticky
// copy of the expression restricted to them, in the same order, so the same pattern wins). Which characters a
// pattern can start with is read off its source (`firstChars`); when in doubt, it is tried everywhere.
const BEFORE = "(?<![\\p{L}\\p{N}_-])";
const AFTER = "(?![\\p{L}\\p{N}_])";

export interface LexiconMatch {
  index: number;
  text: string;
  /** index of the pattern that matched */
  pattern: number;
}

/** A pattern with its groups made non-capturing, so that group k of the expression is pattern k. */
const nonCapturing = (p: string) => p.replace(/\((?!\?)/g, "(?:");

/** Patterns (non-capturing) as one sticky expression. */
function compile(patterns: readonly string[]): RegExp {
  return new RegExp(`${BEFORE}(?:${patterns.map((p) => `(${p})${AFTER}`).join("|")})`, "yiu");
}

// ---- which characters can a pattern's match start with?

/** A set of ASCII code units, or null: any character. */
type First = Set<number> | null;

interface Scan {
  first: First;
  /** can it match the empty string? */
  empty: boolean;
}

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

/**
 * Reads a pattern's source far enough to know its first characters: literals, escapes, groups, alternatives,
 * quantifiers and look-arounds; anything else (classes, \w, \s, ".") may start with any character.
 */
class FirstReader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): First {
    return this.alternation().first;
  }

  /** alternatives up to a ")" or the end */
  private alternation(): Scan {
    let first: First = new Set();
    let empty = false;
    for (;;) {
      const seq = this.sequence();
      first = first && seq.first ? new Set([...first, ...seq.first]) : null;
      empty ||= seq.empty;
      if (this.src[this.i] !== "|") return { first, empty };
      this.i++;
    }
  }

  /** items up to a "|", a ")" or the end: the first characters of the items until one cannot be empty */
  private sequence(): Scan {
    let first: First = new Set();
    let empty = true;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const optional = this.quantifier();
      if (!empty || atom === "zero-width") continue; // past the start: only read to find the end
      if (first && atom.first) for (const c of atom.first) first.add(c);
      else first = null;
      if (!atom.empty && !optional) empty = false;
    }
    return { first, empty };
  }

  /** one atom: a character, an escape, a class, a group; "zero-width" for look-arounds and anchors */
  private atom(): Scan | "zero-width" {
    const s = this.src;
    const ch = s[this.i++]!;
    if (ch === "(") {
      let zeroWidth = false;
      if (s[this.i] === "?") {
        if (s.startsWith("?:", this.i)) this.i += 2;
        else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) (this.i += 2), (zeroWidth = true);
        else if (s.startsWith("?<=", this.i) || s.startsWith("?<!", this.i)) (this.i += 3), (zeroWidth = true);
        else if (s[this.i + 1] === "<") this.i = s.indexOf(">", this.i) + 1;
        else return this.skipGroup();
      }
      const inner = this.alternation();
      this.i++; // ")"
      return zeroWidth ? "zero-width" : inner;
    }
    if (ch === "[") {
      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? 2 : 1;
      this.i++;
      return { first: null, empty: false };
    }
    if (ch === "\\") {
      const e = s[this.i++]!;
      if (e === "b" || e === "B") return "zero-width";
      if (e === "d") return { first: new Set(DIGITS), empty: false };
      if (/[\p{L}\p{N}]/u.test(e)) {
        if (e === "p" || e === "P" || e === "u" || e === "x") this.skipEscapeArgument(e);
        return { first: null, empty: false };
      }
      return this.literal(e);
    }
    if (ch === "^" || ch === "$") return "zero-width";
    if (ch === ".") return { first: null, empty: false };
    return this.literal(ch);
  }

  private skipEscapeArgument(e: string): void {
    const s = this.src;
    if (s[this.i] === "{") this.i = s.indexOf("}", this.i) + 1;
    else if (e === "u") this.i += 4;
    else if (e === "x") this.i += 2;
  }

  /** a group of a kind not read here: anything may start it */
  private skipGroup(): Scan {
    let depth = 1;
    while (this.i < this.src.length && depth > 0) {
      const ch = this.src[this.i++];
      if (ch === "\\") this.i++;
      else if (ch === "(") depth++;
      else if (ch === ")") depth--;
    }
    return { first: null, empty: true };
  }

  /** a literal character, matched regardless of case: both ASCII cases; any other letter may fold onto ASCII */
  private literal(ch: string): Scan {
    const c = ch.charCodeAt(0);
    if (c >= 0x80) return { first: null, empty: false };
    const lower = ch.toLowerCase().charCodeAt(0);
    const upper = ch.toUpperCase().charCodeAt(0);
    return { first: new Set([lower, upper]), empty: false };
  }

  /** a quantifier after an atom, if any: true when it allows zero repetitions */
  private quantifier(): boolean {
    const s = this.src;
    const q = s[this.i];
    let optional = false;
    if (q === "?" || q === "*") optional = true;
    else if (q === "{" && /^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) {
      const close = s.indexOf("}", this.i);
      optional = /^\{0\b/.test(s.slice(this.i, close + 1));
      this.i = close;
    } else if (q !== "+") return false;
    this.i++;
    if (s[this.i] === "?") this.i++; // lazy
    return optional;
  }
}

/** The ASCII characters a match of the pattern can start with, case-insensitively; null when it cannot tell. */
export function firstChars(pattern: string): Set<number> | null {
  try {
    return new FirstReader(pattern).read();
  } catch {
    return null;
  }
}

// ---- the matcher

export class Lexicon {
  /** the whole lexicon, for positions holding a non-ASCII character (case folding may map them anywhere) */
  private all: { re: RegExp; patterns: number[] } | null = null;
  private readonly byChar = new Map<number, { re: RegExp; patterns: number[] } | null>();
  private readonly patterns: readonly string[];
  private readonly firsts: (Set<number> | null)[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns.map(nonCapturing);
    this.firsts = this.patterns.map(firstChars);
  }

  /** The expression to try where the text holds code unit c, with the lexicon index of each of its groups. */
  private at(c: number): { re: RegExp; patterns: number[] } | null {
    if (c >= 0x80) return (this.all ??= this.subset(this.patterns.map((_, i) => i)));
    let entry = this.byChar.get(c);
    if (entry === undefined) {
      const chosen = this.patterns.map((_, i) => i).filter((i) => this.firsts[i] === null || this.firsts[i]!.has(c));
      entry = chosen.length ? this.subset(chosen) : null;
      this.byChar.set(c, entry);
    }
    return entry;
  }

  private subset(chosen: number[]): { re: RegExp; patterns: number[] } {
    return { re: compile(chosen.map((i) => this.patterns[i]!)), patterns: chosen };
  }

  /** Every match in text, in order, not overlapping: what the global expression finds. */
  findAll(text: string): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      // never right after a letter, digit, "_" or "-", never inside a surrogate pair
      const skip = isAsciiWord(prev) || prev === 0x2d || (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff);
      const entry = skip ? null : this.at(c);
      let m: RegExpExecArray | null = null;
      if (entry) {
        entry.re.lastIndex = i;
        m = entry.re.exec(text);
      }
      if (!m) {
        i++;
        continue;
      }
      let k = 1;
      while (k < m.length && m[k] === undefined) k++;
      out.push({ index: i, text: m[0], pattern: entry!.patterns[k - 1] ?? -1 });
      i = m[0].length ? i + m[0].length : i + 1;
    }
    return out;
  }
}
