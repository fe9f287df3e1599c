// People: names found by their company — a title before them ("Foreign Minister Annalena Baerbock", "NÚKIB Director
// Lukáš Kintr"), a role after them ("Laura Chen, chief executive of ..."), a verb of saying ("Kintr said") — or, for
// the rest, a given name first in a run of capitalised words that names no organisation or place (looksLikeName).
// Later surname mentions ("Kintr", "Mr Wong") join the same person.
import type { AnalysedText } from "../analyse/analyse.js";
import { Gazetteer } from "../analyse/gazetteer.js";
import { spanOf } from "../analyse/span.js";
import { ORG_HEADS, PORTFOLIOS } from "../data/org-heads.js";
import { GENERIC_ORG_WORDS, NAME_STOPWORDS, NOT_PERSON_NAME_WORDS } from "../data/org-name-stopwords.js";
import { GIVEN_NAMES, ORGANIZATION_AND_PLACE_WORDS } from "../data/person-names.js";
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS } from "../data/person-roles.js";
import type { Country, Organization, Person, Span, ThreatActor } from "../record/schema.js";
import { foldName, isHeadline, tokenize, type Token } from "./entities/tokens.js";

const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const ROLE_MODIFIER_SET: ReadonlySet<string> = new Set(ROLE_MODIFIERS);
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_NOUNS.flatMap((r) => r.split(" ")), ...ROLE_MODIFIERS]);
const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.replace(/\.$/, "")));
const SPEECH_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);
const PORTFOLIO_SET: ReadonlySet<string> = new Set(PORTFOLIOS);
const NOT_NAMES: ReadonlySet<string> = new Set(NOT_PERSON_NAME_WORDS);
const PARTICLES: ReadonlySet<string> = new Set(["van", "von", "de", "da", "der", "den", "del", "di", "du", "dos", "bin", "al", "la", "le", "ter"]);
const MAX_ROLE_WORDS = 5;
/** What opens a role set before a name in apposition: "the ambassador, Zheng Zeguang", "its founder, Jane Roe". */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her"]);
/** a name word: capitalised, not all capitals (acronyms are organisations), letters with marks, hyphens, apostrophes */
const NAME_WORD = /^(?:\p{Lu}['\u2019])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'\u2019]\p{L}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?)*$/u;
const INITIAL = /^\p{Lu}$/u;
const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);
const ORG_PLACE_SET: ReadonlySet<string> = new Set(ORGANIZATION_AND_PLACE_WORDS);
/** The longest name taken on the strength of its first word alone: "Mohamed Ali Kaafar", "Francesca Maria Occhionero". */
const MAX_NAME_WORDS = 4;

interface Found {
  start: number;
  end: number;
  words: string[];
  role: string | null;
  organization: string | null;
  /** a title or honorific stands before it: enough for a surname alone to be a person */
  titled: boolean;
}

export function recognisePeople(doc: AnalysedText, organizations: Organization[], actors: ThreatActor[], countries: Country[] = []): Person[] {
  const text = doc.text;
  const blocked: { start: number; end: number }[] = [
    ...actors.flatMap((a) => a.mentions),
    ...countries.flatMap((c) => c.mentions),
  ];
  const orgSpans = organizations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, name: o.name })));
  const orgNames = new Set(organizations.flatMap((o) => [o.name, ...o.aliases]).map(foldName));
  const isBlocked = (t: Token) => blocked.some((b) => b.start < t.end && t.start < b.end) || orgSpans.some((b) => b.start < t.end && t.start < b.end);
  const orgAt = (t: Token | undefined) => (t ? orgSpans.find((o) => o.start <= t.start && t.end <= o.end)?.name ?? null : null);

  const found: Found[] = [];
  for (const s of doc.sentences) {
    const tokens = tokenize(text, s.start, s.end);
    if (isHeadline(tokens)) continue;
    const unexplained: Found[] = [];
    for (const cand of nameCandidates(text, tokens, isBlocked)) {
      const { first, last } = cand;
      const words = text.slice(tokens[first]!.start, tokens[last]!.end).split(/\s+/);
      if (orgNames.has(foldName(words.join(" ")))) continue;
      const before = roleBefore(text, tokens, first, orgAt);
      const after = roleAfter(text, tokens, last, orgAt);
      const f: Found = {
        start: tokens[first]!.start,
        end: tokens[last]!.end,
        words,
        role: before?.role ?? after?.role ?? null,
        organization: before?.organization ?? after?.organization ?? null,
        titled: false,
      };
      const honorific = first > 0 && HONORIFIC_SET.has(tokens[first - 1]!.text) && /^\.?\s+$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start));
      // a surname alone needs a capitalised title ("President Trump") or an honorific, and nothing capitalised after it
      const nextCap = tokens[last + 1]?.cap && /^[ \t]+$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start));
      f.titled = (!!before && /^\p{Lu}/u.test(before.role.split(" ").pop()!) || honorific) && !nextCap;
      const evidence = before || after || honorific;
      const speaking = speaks(text, tokens, first, last);
      if (evidence || (speaking && (words.length === 1 || words.length <= 3 && !words.some((w) => GENERIC_ORG_WORDS.has(w))))) found.push(f);
      else if (looksLikeName(words) && !byline(text, tokens, first)) unexplained.push(f);
      else {
        // "Mayor of Hackney Philip Glanville": a place or body ends a title, and a given name opens the name after it
        const k = words.findIndex((w, i) => i > 0 && i <= last - first && GIVEN_NAME_SET.has(foldNameWord(w)));
        if (k > 0 && tokens[first - 1]?.text === "of" && ROLE_NOUN_SET.has(tokens[first - 2]?.text.toLowerCase() ?? "") && words.length - k >= 2 && looksLikeName(words.slice(k)) && tokens[first + k]!.text === words[k]) {
          unexplained.push({ ...f, start: tokens[first + k]!.start, words: words.slice(k), role: null, organization: null });
        }
      }
    }
    // names without company come after the rest of their sentence
    found.push(...unexplained);
  }

  // ---- one person per name; a surname alone joins the full name that ends in it
  const people: { words: string[]; role: string | null; organization: string | null; first: number; short: string[] }[] = [];
  const full = found.filter((f) => f.words.length >= 2).concat(found.filter((f) => f.words.length < 2));
  for (const f of full) {
    const key = foldName(f.words.join(" "));
    let p = people.find((x) => foldName(x.words.join(" ")) === key);
    if (!p && f.words.length === 1) p = people.find((x) => x.words.length > 1 && foldName(x.words[x.words.length - 1]!) === key);
    // "Bayer Rosmarin" after "Kelly Bayer Rosmarin": a double surname alone joins the one full name that ends in it
    if (!p && f.words.length >= 2) {
      const hosts = people.filter((x) => x.words.length > f.words.length && foldName(x.words.slice(x.words.length - f.words.length).join(" ")) === key);
      if (hosts.length === 1) {
        p = hosts[0]!;
        if (!p.short.includes(f.words.join(" "))) p.short.push(f.words.join(" "));
      }
    }
    if (!p && f.words.length === 1 && !f.titled) continue;
    if (!p) {
      p = { words: f.words, role: null, organization: null, first: f.start, short: [] };
      people.push(p);
    }
    p.role ??= f.role;
    p.organization ??= f.organization;
    p.first = Math.min(p.first, f.start);
  }

  // ---- mentions: the full name and the surname wherever they stand
  const spellings = people.map((p, i) => {
    const names = [p.words.join(" "), ...p.short];
    if (p.words.length > 1) names.push(surname(p.words));
    return { names, value: i };
  });
  const mentions: Span[][] = people.map(() => []);
  for (const h of new Gazetteer(spellings).find(text)) {
    if (blocked.some((b) => b.start < h.end && h.start < b.end)) continue;
    if (orgSpans.some((b) => b.start < h.end && h.start < b.end)) continue;
    mentions[h.value]!.push(spanOf(text, h.start, h.end));
  }
  return people
    .map((p, i) => ({ p, ms: mentions[i]! }))
    .filter((x) => x.ms.length)
    .sort((a, b) => a.ms[0]!.start - b.ms[0]!.start)
    .map(({ p, ms }, i) => {
      const name = p.words.join(" ");
      const aliases = [...p.short, ...(p.words.length > 1 ? [surname(p.words)] : [])];
      return { id: `P${i + 1}`, name, aliases, role: p.role, organization: p.organization, mentions: ms };
    });
}

/**
 * A name with nothing around it to say it is a person's ("Patricia Fitnich believed she was replying"): two to four
 * words, the first a given name, none a word of an organisation's or a place's name ("Madison County", "Jasper
 * Forest"). The lists are compromise's lexicon (src/data/person-names.ts); its tagger, run on the sentences at
 * hand, made the same call on 1,023 of the 1,051 such candidates in the CASIE articles, and of the other 28 this
 * rule is right on 21 ("Booz Allen", "Super Mario Run" are no people; "Robert Herjavec" is), at none of the cost
 * (compromise took ~1.2 s of CPU per thread to load, warm up and tag them).
 */
function looksLikeName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  if (!GIVEN_NAME_SET.has(foldNameWord(words[0]!))) return false;
  return !words.some((w) => ORG_PLACE_SET.has(foldNameWord(w)));
}

/** How the name lists are written: lower case, without accents ("André" -> "andre"). */
export function foldNameWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The family name: the last word, with the particles before it ("van der Berg"). */
function surname(words: string[]): string {
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!)) i--;
  return words.slice(i).join(" ");
}

function isNameWord(t: Token): boolean {
  return NAME_WORD.test(t.text) && !NAME_STOPWORDS.has(t.text) && !NOT_NAMES.has(t.text) && !ORG_HEADS.has(t.text) && !PORTFOLIO_SET.has(t.text);
}

/** Runs of name words (with initials and particles), titles stripped from their front, within one sentence. */
function* nameCandidates(text: string, tokens: Token[], isBlocked: (t: Token) => boolean): Generator<{ first: number; last: number }> {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t) || isBlocked(t) || ROLE_WORDS.has(t.text.toLowerCase())) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && j - i < 4) {
      const next = tokens[j + 1]!;
      const gap = text.slice(tokens[j]!.end, next.start);
      if (tokens[j]!.possessive) break;
      const initialGap = INITIAL.test(tokens[j]!.text) ? /^\.?[ \t]+$/ : /^[ \t]+$/;
      if (!initialGap.test(gap) || isBlocked(next)) break;
      // "Business Secretary Grant Shapps": a role noun with a name after it ends the run; the name is read on its own
      if (ROLE_NOUN_SET.has(next.text.toLowerCase()) && nameFollows(text, tokens, j + 2)) break;
      if (isNameWord(next) || (INITIAL.test(next.text) && text[next.end] === ".")) j++;
      else if (PARTICLES.has(next.text) && tokens[j + 2] && isNameWord(tokens[j + 2]!) && /^[ \t]+$/.test(text.slice(next.end, tokens[j + 2]!.start))) j += 2;
      else break;
    }
    yield { first: i, last: j };
    i = j + 1;
  }
}

/** "Foreign Minister", "EU diplomatic service chief", "chief executive" right before the name, with the body it belongs to. */
function roleBefore(text: string, tokens: Token[], first: number, orgAt: (t: Token | undefined) => string | null): { role: string; organization: string | null } | null {
  let k = first - 1;
  if (k < 0) return null;
  // "the Chinese ambassador, Zheng Zeguang,": a role with an article, then the name in apposition
  const apposition = /^,[ \t]+$/.test(text.slice(tokens[k]!.end, tokens[first]!.start));
  if (!apposition && !/^[ \t]+$/.test(text.slice(tokens[k]!.end, tokens[first]!.start))) return null;
  // the role noun that ends right before the name, longest first
  let nounStart = -1;
  for (let n = Math.min(4, k + 1); n >= 1; n--) {
    const phrase = tokens.slice(k - n + 1, k + 1).map((t) => t.text.toLowerCase()).join(" ");
    if (ROLE_NOUN_SET.has(phrase)) {
      nounStart = k - n + 1;
      break;
    }
  }
  if (nounStart < 0) return null;
  let start = nounStart;
  while (start > 0 && first - start < MAX_ROLE_WORDS) {
    const prev = tokens[start - 1]!;
    if (!/^[ \t]+$/.test(text.slice(prev.end, tokens[start]!.start))) break;
    if (orgAt(prev)) break;
    const w = prev.text.toLowerCase();
    if (!ROLE_MODIFIER_SET.has(w) && !ROLE_NOUN_SET.has(w)) break;
    start--;
  }
  const prev = tokens[start - 1];
  if (apposition) {
    const article = (t: Token | undefined) => !!t && APPOSITION_ARTICLES.has(t.text.toLowerCase());
    if (!(article(prev) || (prev?.cap && article(tokens[start - 2])))) return null;
  }
  const organization = prev && /^[ \t)]+$/.test(text.slice(prev.end, tokens[start]!.start)) ? orgAt(prev) : null;
  return { role: text.slice(tokens[start]!.start, tokens[k]!.end), organization };
}

/** ", chief executive of Riverside Health Trust", ", a researcher at ESET" after the name. */
function roleAfter(text: string, tokens: Token[], last: number, orgAt: (t: Token | undefined) => string | null): { role: string; organization: string | null } | null {
  const next = tokens[last + 1];
  if (!next || !/^,[ \t]+$/.test(text.slice(tokens[last]!.end, next.start))) return null;
  let k = last + 1;
  if (/^(a|an|the)$/i.test(tokens[k]!.text)) k++;
  const start = k;
  let end = -1;
  while (k < tokens.length && k - start <= MAX_ROLE_WORDS) {
    if (orgAt(tokens[k]) || (k > start && !/^[ \t]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) break;
    let matched = 0;
    for (let n = 4; n >= 1 && !matched; n--) {
      if (ROLE_NOUN_SET.has(tokens.slice(k, k + n).map((t) => t.text.toLowerCase()).join(" "))) matched = n;
    }
    if (matched) {
      end = k + matched - 1;
      k += matched;
    } else if (ROLE_MODIFIER_SET.has(tokens[k]!.text.toLowerCase())) k++;
    else break;
  }
  if (end < 0) return null;
  const role = text.slice(tokens[start]!.start, tokens[end]!.end);
  let organization: string | null = null;
  const prep = tokens[end + 1];
  if (prep && /^(of|at|for|with)$/.test(prep.text)) {
    let o = tokens[end + 2];
    if (o && o.text === "the") o = tokens[end + 3];
    organization = orgAt(o);
  } else organization = orgAt(tokens[end + 1]) && tokens[end + 1]!.possessive ? orgAt(tokens[end + 1]) : null;
  return { role, organization };
}

/** "Kintr said", "said Jane Doe", "according to Jane Doe". */
function speaks(text: string, tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && SPEECH_SET.has(next.text) && /^[ \t]+$/.test(text.slice(tokens[last]!.end, next.start))) return true;
  const prev = tokens[first - 1];
  if (prev && SPEECH_SET.has(prev.text) && /^[ \t]+$/.test(text.slice(prev.end, tokens[first]!.start))) return true;
  return !!prev && prev.text === "to" && tokens[first - 2]?.text === "according";
}

/** "By Marta Keller" at the head of a paragraph: the byline names the author, not a person in the story. */
function byline(text: string, tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.text !== "By") return false;
  const lineStart = text.lastIndexOf("\n", prev.start) + 1;
  return text.slice(lineStart, prev.start).trim() === "";
}

/** Two name words from token i on, with spaces between: "Grant Shapps" after "Business Secretary". */
function nameFollows(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || !isNameWord(a) || !isNameWord(b)) return false;
  return /^[ \t]+$/.test(text.slice(tokens[i - 1]!.end, a.start)) && /^[ \t]+$/.test(text.slice(a.end, b.start));
}
