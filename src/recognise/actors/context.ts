// Context tests shared by the actor parsers: is this sentence about hacking, which country does a word name.
import { sentenceAt, type AnalysedText } from "../../analyse/analyse.js";
import { CYBER_CUES, OFFENSIVE_CUES, SPONSOR_COUNTRY_WORDS } from "../../data/actor-lexicon.js";
import { escapeRegExp as escape } from "../../analyse/lexicon.js";

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

const CYBER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(CYBER_CUES)})(?![\\p{L}\\p{N}])`, "iu");
const OFFENSIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(OFFENSIVE_CUES)})(?![\\p{L}\\p{N}])`, "iu");

/** Country word -> ISO code, and one pattern per code to test whether a document names that country. */
const COUNTRY_BY_WORD = new Map<string, string>();
const COUNTRY_RE = new Map<string, RegExp>();
for (const { code, names } of SPONSOR_COUNTRY_WORDS) {
  for (const n of names) COUNTRY_BY_WORD.set(n.toLowerCase(), code);
  COUNTRY_RE.set(code, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(names)})(?![\\p{L}\\p{N}])`, "u"));
}
/** Any country word, as a pattern source (case-sensitive: "US" the country, not "us"). */
export const COUNTRY_WORD_SOURCE = words(SPONSOR_COUNTRY_WORDS.flatMap((c) => c.names));

export function countryOfWord(word: string): string | null {
  return COUNTRY_BY_WORD.get(word.replace(/['\u2019]s$/, "").toLowerCase()) ?? null;
}

export function documentNamesCountry(text: string, code: string): boolean {
  return COUNTRY_RE.get(code)?.test(text) ?? false;
}

/** The sentence around an offset, or a window of text when the offset falls outside every sentence. */
export function sentenceSpan(doc: AnalysedText, start: number, end: number): { start: number; end: number } {
  const s = sentenceAt(doc, start);
  if (s && s.end >= end) return { start: s.start, end: s.end };
  return { start: Math.max(0, start - 150), end: Math.min(doc.text.length, end + 150) };
}

export function isCyberSentence(doc: AnalysedText, start: number, end: number): boolean {
  const s = sentenceSpan(doc, start, end);
  return CYBER_RE.test(doc.text.slice(s.start, start)) || CYBER_RE.test(doc.text.slice(end, s.end));
}

export function isOffensiveSentence(doc: AnalysedText, start: number, end: number): boolean {
  const s = sentenceSpan(doc, start, end);
  return OFFENSIVE_RE.test(doc.text.slice(s.start, start)) || OFFENSIVE_RE.test(doc.text.slice(end, s.end));
}

/** A paragraph about hacking: for facts (arrests, charges) told a sentence away from the attack. */
export function isCyberParagraph(doc: AnalysedText, offset: number): boolean {
  const s = sentenceAt(doc, offset);
  const p = s ? doc.paragraphs[s.paragraph] : undefined;
  const span = p ?? { start: Math.max(0, offset - 300), end: Math.min(doc.text.length, offset + 300) };
  return CYBER_RE.test(doc.text.slice(span.start, span.end));
}
