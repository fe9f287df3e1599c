// Subject phrases next to a reporting verb: who the "X" of "X said" / "said X" is, read from the words alone.
import {
  HONORIFICS, NAME_CONNECTORS, SENTENCE_OPENERS, ORGANIZATION_NOUNS, PERSON_NOUNS, ROLE_HEADS, ROLE_MODIFIERS, SPEAKER_AUXILIARIES,
  SPEAKER_PRONOUNS, STATEMENT_NOUNS, SUBJECT_DETERMINERS, SUBJECT_STOPWORDS,
} from "../../data/quote-speakers.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** the text in lower case, once asked for (see `lower`) */
  lower?: string;
}

/** What a subject phrase says about its speaker. */
export type Subject =
  | { kind: "name"; name: string; start: number; end: number; role: string | null }
  | { kind: "pronoun"; pronoun: string; start: number }
  | { kind: "statement"; start: number }
  | { kind: "organization-noun"; noun: string; start: number }
  | { kind: "person-noun"; start: number };

const TOKEN = /\([^()\n]{1,30}\)|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]|['’](?=\p{L})|\.(?=\p{L}))*\.?|[,:;&\u2014\u2013.!?]/gu;
const DOTTED = new Set(["mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "st.", "jr.", "sr.", "inc.", "corp.", "ltd.", "co.", "col.", "lt.", "adm.", "capt.", "sgt.", "maj."]);

/** Words of text[from, to) with their offsets; a full stop stays on a word only for initials and abbreviations. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(0, to);
  for (let at = from; at >= 0; ) at = readToken(slice, at, out);
  return out;
}

/**
 * Reads the word at or after `from` in `slice` into `out` (a word and its full stop as two tokens); returns where to
 * read on, or -1 at the end.
 */
function readToken(slice: string, from: number, out: Token[]): number {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(slice);
  if (!m) return -1;
  let t = m[0];
  let end = m.index + t.length;
  if (t.length > 1 && t.endsWith(".") && !/^\p{Lu}\.$/u.test(t) && !/\..*\./.test(t) && !DOTTED.has(t.toLowerCase())) {
    t = t.slice(0, -1);
    end--;
    out.push({ text: t, start: m.index, end, lower: undefined });
    out.push({ text: ".", start: end, end: end + 1, lower: undefined });
  } else {
    out.push({ text: t, start: m.index, end, lower: undefined });
  }
  return TOKEN.lastIndex;
}

/**
 * The words of text[from, to) as `tokenize` gives them, read only as far as they are asked for: a subject stands in
 * the first few words, and every sentence is asked for one.
 */
class Words {
  private readonly read: Token[] = [];
  private readonly slice: string;
  private readonly from: number;
  private next: number;

  constructor(text: string, from: number, to: number) {
    this.slice = text.slice(0, to);
    this.from = from;
    this.next = from;
  }

  /** Whether the text holds the character at all: without it, no word is that character. */
  holds(c: string): boolean {
    return this.slice.indexOf(c, this.from) >= 0;
  }

  /** The i-th word, or undefined past the end. */
  at(i: number): Token | undefined {
    while (i >= this.read.length && this.next >= 0) this.next = readToken(this.slice, this.next, this.read);
    return this.read[i];
  }

  /** Words [from, to), all of them already read. */
  range(from: number, to: number): Token[] {
    return this.read.slice(from, to);
  }
}

/** A word in lower case; kept on the token, as the rules ask it of the same word again and again. */
const lower = (t: Token) => (t.lower ??= t.text.toLowerCase());
const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text) || /^\(\p{Lu}/u.test(t.text);
const isPossessive = (t: Token) => /['’]s?$/.test(t.text) && /\p{L}['’]s?$/u.test(t.text);
const isPunct = (t: Token) => /^[,:;&\u2014\u2013.!?]$/.test(t.text) && t.text !== "&";
const isConnector = (t: Token) => NAME_CONNECTORS.has(lower(t));
const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text);
const isAdverb = (t: Token) => /^[a-z]{3,}ly$/.test(t.text);

/** The subject that ends right before a verb: "Foreign Minister Jan Lipavský", "the statement", "she". */
export function subjectBefore(text: string, from: number, verbStart: number): Subject | null {
  const toks = tokenize(text, from, verbStart);
  const sub = subjectOfTokens(text, toks, from);
  return sub ? spokespersonFor(toks, sub) : null;
}

/** Words that speak for a body when "for" / "at" it: "a spokesperson for the library", "a representative of Microsoft". */
const SPEAKS_FOR: ReadonlySet<string> = new Set(["spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "official"]);
const FOR_WORDS: ReadonlySet<string> = new Set(["for", "at", "of"]);

/**
 * A body that speaks through an unnamed person is the speaker: "a spokesperson for the library said" (the library),
 * "a spokeswoman for Microsoft told" (Microsoft), "a council spokesperson said" (the council). The subject's start
 * moves back to the person's determiner, so that it is the whole phrase before the verb.
 */
function spokespersonFor(toks: Token[], sub: Subject): Subject {
  if (sub.kind === "person-noun") {
    // "a council spokesperson": an organisation noun in lower case between a determiner and the person noun
    const k = toks.findIndex((t) => t.start === sub.start);
    const noun = toks[k - 1];
    const det = toks[k - 2];
    if (k >= 2 && SPEAKS_FOR.has(lower(toks[k]!)) && /^[a-z]/.test(noun!.text) && ORGANIZATION_NOUNS.has(lower(noun!)) && SUBJECT_DETERMINERS.has(lower(det!))) {
      return { kind: "organization-noun", noun: lower(noun!), start: det!.start };
    }
    return sub;
  }
  if (sub.kind !== "name" && sub.kind !== "organization-noun") return sub;
  let j = toks.findIndex((t) => t.start >= sub.start) - 1;
  if (j < 0) return sub;
  // "the health service", "the Norwegian": a determiner and up to two lower-case modifiers before the noun or name
  let skipped = 0;
  while (j >= 0 && skipped < 3 && /^[a-z]/.test(toks[j]!.text) && !FOR_WORDS.has(lower(toks[j]!)) && !isPunct(toks[j]!)) { j--; skipped++; }
  if (j < 1 || !FOR_WORDS.has(lower(toks[j]!)) || !SPEAKS_FOR.has(lower(toks[j - 1]!))) return sub;
  const person = toks[j - 1]!;
  const det = j >= 2 && SUBJECT_DETERMINERS.has(lower(toks[j - 2]!)) ? toks[j - 2]! : person;
  return sub.kind === "name" ? { ...sub, start: det.start, role: sub.role ?? person.text } : { ...sub, start: det.start };
}

function subjectOfTokens(text: string, toks: Token[], from: number): Subject | null {
  let k = toks.length - 1;
  while (k >= 0 && (SPEAKER_AUXILIARIES.has(lower(toks[k]!)) || isAdverb(toks[k]!))) k--;
  if (k >= 0 && toks[k]!.text === ",") {
    // an apposition or relative clause: "Berbock, who is now in Australia, has said"
    // "A county administrator, Michael Herendeen, confirmed": the apposition is the name, what precedes it the role
    let j0 = k - 1;
    while (j0 >= 0 && toks[j0]!.text !== "," && k - j0 < 6) j0--;
    if (j0 > 0 && toks[j0]!.text === ",") {
      const inner = toks.slice(j0 + 1, k);
      const head = toks[j0 - 1]!;
      if (inner.length >= 2 && inner.length <= 4 && inner.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && /^[a-z]/.test(head.text)
        && (ROLE_HEADS.has(lower(head)) || PERSON_NOUNS.has(lower(head)))) {
        return nameSubject(text, inner, rolePhraseBefore(toks, j0));
      }
    }
    // else the apposition opens at the nearest comma after a name that stands as a subject: "Drew Walker, a
    // cybersecurity expert at Vector Solutions in Tampa, Florida, said" (not "in Tampa,", not "In London,")
    let j = k - 1;
    for (; j > 0 && k - j < 40 && !/^[.!?;:]$/.test(toks[j]!.text); j--) {
      if (toks[j]!.text !== "," || !isCapital(toks[j - 1]!)) continue;
      let r = j - 1;
      while (r - 1 >= 0 && (isCapital(toks[r - 1]!) && isCapitalName(toks[r - 1]!) || (isConnector(toks[r - 1]!) && r - 2 >= 0 && isCapital(toks[r - 2]!)))) r--;
      const lead = toks[r - 1];
      if (!lead) break;
      const w = lower(lead);
      // "Still, Willy Leichter, ..." (an opening adverb and its comma), not "in Tampa, Florida, ..."
      if (lead.text === "," && r - 2 >= 0 && toks[r - 2]!.start >= from && isCapital(toks[r - 2]!) && !isCapitalName(toks[r - 2]!) && r - 2 === 0) break;
      if (/^(and|but|that|while|when|meanwhile|also)$/.test(w) || (/^\p{L}/u.test(lead.text) && !SUBJECT_STOPWORDS.has(w))) break;
    }
    if (j <= 0 || toks[j]!.text !== ",") return null;
    k = j - 1;
  }
  if (k < 0) return null;
  const near = toks[k]!;
  const w = lower(near);
  if (w in SPEAKER_PRONOUNS) return { kind: "pronoun", pronoun: w, start: near.start };
  if (isCapital(near) && !isPossessive(near) && isCapitalName(near)) {
    let j = k;
    while (j - 1 >= 0) {
      const t = toks[j - 1]!;
      if (isCapital(t) && !isPossessive(t) && isCapitalName(t)) j--;
      else if (isConnector(t) && j - 2 >= 0 && isCapital(toks[j - 2]!)) j--;
      else break;
    }
    const run = toks.slice(j, k + 1);
    const before = rolePhraseBefore(toks, j);
    return nameSubject(text, run, before);
  }
  if (STATEMENT_NOUNS.has(w)) return { kind: "statement", start: near.start };
  if (PERSON_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w)) {
    // "a Microsoft spokesperson", "the Czech ministry"
    let j = k;
    while (j - 1 >= 0 && isCapital(toks[j - 1]!) && isCapitalName(toks[j - 1]!)) j--;
    const owner = toks.slice(j, k);
    // an owner needs a determiner or a possessive: "a Microsoft spokesperson", "Microsoft’s spokesperson"
    const owned = owner.length > 0 && (isPossessive(owner[owner.length - 1]!) || (j > 0 && SUBJECT_DETERMINERS.has(lower(toks[j - 1]!))));
    if (PERSON_NOUNS.has(w)) {
      if (owned) {
        const o = cleanPossessive(owner);
        return { kind: "name", name: text.slice(o.start, o.end), start: o.start, end: o.end, role: near.text };
      }
      return { kind: "person-noun", start: near.start };
    }
    return { kind: "organization-noun", noun: w, start: near.start };
  }
  return null;
}

/** The subject that follows a verb: "said Jane Doe, director of ...", "said the company", "said Microsoft spokesperson Jane Doe". */
export function subjectAfter(text: string, verbEnd: number, to: number): Subject | null {
  const toks = new Words(text, verbEnd, Math.min(to, verbEnd + 160));
  let k = 0;
  const first = toks.at(0);
  if (!first) return null;
  if (lower(first) in SPEAKER_PRONOUNS) return { kind: "pronoun", pronoun: lower(first), start: first.start };
  const phrase: Token[] = [];
  for (let t = toks.at(k); t && phrase.length < 9; t = toks.at(++k)) {
    const w = lower(t);
    if (isPunct(t)) break;
    if (phrase.length === 0 && SUBJECT_DETERMINERS.has(w)) continue;
    if (isCapital(t)) { phrase.push(t); continue; }
    const after = toks.at(k + 1);
    if (isConnector(t) && after && isCapital(after) && phrase.length) { phrase.push(t); continue; }
    if (!SUBJECT_STOPWORDS.has(w) && isWord(t) && (ROLE_HEADS.has(w) || PERSON_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || STATEMENT_NOUNS.has(w) || /^[a-z-]+$/.test(w))) {
      phrase.push(t);
      // a lower-case word ends the phrase unless it is a role head followed by a name
      if (!(ROLE_HEADS.has(w) || PERSON_NOUNS.has(w)) || !after || !isCapital(after)) { k++; break; }
      continue;
    }
    break;
  }
  if (!phrase.length) return null;
  // the last capitalised run is the name; what stands before it is the role
  let e = phrase.length - 1;
  if (isCapital(phrase[e]!)) {
    let s = e;
    while (s - 1 >= 0 && (isCapital(phrase[s - 1]!) || isConnector(phrase[s - 1]!))) s--;
    const before = phrase.slice(0, s);
    const role = before.length ? text.slice(before[0]!.start, before[before.length - 1]!.end) : null;
    return nameSubject(text, phrase.slice(s, e + 1), role);
  }
  const w = lower(phrase[e]!);
  const caps = phrase.slice(0, e).filter(isCapital);
  if (STATEMENT_NOUNS.has(w)) return { kind: "statement", start: phrase[e]!.start };
  if (PERSON_NOUNS.has(w)) {
    if (caps.length) {
      const o = cleanPossessive(caps);
      return { kind: "name", name: text.slice(o.start, o.end), start: o.start, end: o.end, role: phrase[e]!.text };
    }
    return { kind: "person-noun", start: phrase[e]!.start };
  }
  if (ORGANIZATION_NOUNS.has(w)) return { kind: "organization-noun", noun: w, start: phrase[e]!.start };
  return null;
}

/** The subject at the start of a clause, for "X reaffirmed ..., stating:" (the participle's subject). */
export function clauseSubject(text: string, from: number, to: number): Subject | null {
  const toks = new Words(text, from, Math.min(to, from + 240));
  let k = 0;
  // an opening adverbial ("In a statement on Friday, ...", "Earlier on Friday, ..."): a comma within the first 12 words
  const t0 = toks.at(0);
  const comma = t0 && !isCapitalName(t0) ? firstComma(toks, 12) : -1;
  if (comma > 0) k = comma + 1;
  else if (t0 && /^(But|And|Yet|So|Still|Now|Also)$/.test(t0.text)) k = 1;
  const tk = toks.at(k);
  if (tk && SUBJECT_DETERMINERS.has(lower(tk))) k++;
  const first = toks.at(k);
  if (!first) return null;
  if (lower(first) in SPEAKER_PRONOUNS) return { kind: "pronoun", pronoun: lower(first), start: first.start };
  if (!isCapitalName(first)) return null;
  let e = k;
  for (;;) {
    const t = toks.at(e + 1);
    const u = toks.at(e + 2);
    if (!t || !(isCapital(t) || (isConnector(t) && u && isCapital(u)))) break;
    e++;
  }
  const next = toks.at(e + 1);
  if (!next || !/^[a-z]/.test(next.text) || isPossessive(toks.at(e)!)) return null;
  // "Bybit chief executive Ben Zhou sought ...", "FCC chair Jessica Rosenworcel said": an organisation, a lower-case
  // role (up to three words, ending in a role head) and the name of who holds it; the holder is the subject
  let r = e + 1;
  for (let t = toks.at(r); t && r - e <= 3 && /^[a-z][a-z-]*\.?$/.test(t.text) && !SUBJECT_STOPWORDS.has(lower(t)); t = toks.at(r)) r++;
  const head = toks.at(r - 1);
  if (r > e + 1 && head && (ROLE_HEADS.has(lower(head)) || PERSON_NOUNS.has(lower(head))) && toks.at(r) && isCapitalName(toks.at(r)!)) {
    let n = r;
    while (toks.at(n + 1) && isCapital(toks.at(n + 1)!)) n++;
    const after = toks.at(n + 1);
    if (after && /^[a-z]/.test(after.text) && !isPossessive(toks.at(n)!)) return nameSubject(text, toks.range(r, n + 1), text.slice(toks.at(k)!.start, head.end));
  }
  return nameSubject(text, toks.range(k, e + 1), null);
}

/** The index of the first comma among the first `limit` words, or -1. */
function firstComma(toks: Words, limit: number): number {
  if (!toks.holds(",")) return -1;
  for (let i = 0; i < limit; i++) {
    const t = toks.at(i);
    if (!t) return -1;
    if (t.text === ",") return i;
  }
  return -1;
}

/** True for a capitalised word that can open a name (not a sentence-opening adverb or conjunction). */
function isCapitalName(t: Token): boolean {
  return isCapital(t) && !SENTENCE_OPENERS.has(lower(t));
}

/** A lower-case role phrase right before a name: "EU diplomatic service chief" (Josep Borrell). */
function rolePhraseBefore(toks: Token[], nameStart: number): string | null {
  const head = toks[nameStart - 1];
  if (!head || !(ROLE_HEADS.has(lower(head)) || PERSON_NOUNS.has(lower(head))) || isCapital(head)) return null;
  let j = nameStart - 1;
  while (j - 1 >= 0 && nameStart - j < 4) {
    const t = toks[j - 1]!;
    const w = lower(t);
    if (isPunct(t) || SUBJECT_DETERMINERS.has(w) || SUBJECT_STOPWORDS.has(w) || !isWord(t)) break;
    j--;
  }
  return toks.slice(j, nameStart).map((t) => t.text).join(" ");
}

/** A capitalised run as a name subject: role heads split off the front ("Foreign Minister" | "Jan Lipavský"). */
function nameSubject(text: string, run: Token[], rolePrefix: string | null): Subject | null {
  // a name never spans a line break (a heading above a paragraph)
  for (let i = run.length - 1; i > 0; i--) {
    if (text.slice(run[i - 1]!.end, run[i]!.start).includes("\n")) {
      run = run.slice(i);
      rolePrefix = null;
      break;
    }
  }
  while (run.length && (isConnector(run[0]!) || HONORIFICS.has(lower(run[0]!)))) run = run.slice(1);
  while (run.length && isConnector(run[run.length - 1]!)) run = run.slice(0, -1);
  if (!run.length) return null;
  let role = rolePrefix;
  // the last Title-case role head that has a name after it
  let split = -1;
  for (let i = run.length - 2; i >= 0; i--) {
    if (ROLE_HEADS.has(lower(run[i]!))) { split = i; break; }
  }
  if (split >= 0 && run.slice(split + 1).every((t) => /^\p{Lu}/u.test(t.text) && !ROLE_HEADS.has(lower(t)))) {
    let r = split;
    // role words before the head, and at most one other Title-case word ("Transport Minister")
    let free = 1;
    while (r - 1 >= 0 && /^\p{Lu}\p{Ll}/u.test(run[r - 1]!.text) && !isPossessive(run[r - 1]!)) {
      const w = lower(run[r - 1]!);
      if (!ROLE_HEADS.has(w) && !ROLE_MODIFIERS.has(w) && free-- <= 0) break;
      r--;
    }
    role = text.slice(run[r]!.start, run[split]!.end);
    run = run.slice(split + 1);
  } else if (run.length === 1 && (ROLE_HEADS.has(lower(run[0]!)) || PERSON_NOUNS.has(lower(run[0]!)))) {
    // "Officials said", "Researchers added" opening a sentence: nobody named
    return { kind: "person-noun", start: run[0]!.start };
  }
  while (run.length && HONORIFICS.has(lower(run[0]!))) run = run.slice(1);
  if (!run.length) return null;
  const o = cleanPossessive(run);
  return { kind: "name", name: text.slice(o.start, o.end), start: o.start, end: o.end, role };
}

/** The offsets of a run of tokens, without a trailing possessive ’s. */
function cleanPossessive(run: Token[]): { start: number; end: number } {
  const last = run[run.length - 1]!;
  const m = /['’]s?$/.exec(last.text);
  return { start: run[0]!.start, end: m && /\p{L}['’]s?$/u.test(last.text) ? last.end - m[0].length : last.end };
}
