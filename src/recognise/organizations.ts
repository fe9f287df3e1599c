// Organisations: a gazetteer of bodies, agencies and vendors (src/data/organizations.ts), plus small parsers
// for names the gazetteer lacks (chrono-node style: each a pattern and an extraction), then refiners that
// link acronyms, join short mentions to full ones, and drop threat actors and countries.
//   parsers:  runs of capitalised words ending in an organisation head ("Czech Post", "Ministry of Interior",
//             "Social Democratic Party of Germany"), company suffixes ("Acme Inc."), "the Russian embassy",
//             publishers named by web address ("Expats.cz"), "Long Form (ACRONYM)".
import type { AnalysedText } from "../analyse/analyse.js";
import { Gazetteer } from "../analyse/gazetteer.js";
import { standsAsWord } from "../analyse/case.js";
import { firstIndexAtOrAfter } from "../analyse/sorted.js";
import { spanOf } from "../analyse/span.js";
import { ACTOR_AGENCY_NAMES } from "../data/org-actor-agencies.js";
import { ORG_CATEGORY_NOUNS } from "../data/org-categories.js";
import { AFFILIATION_POSTS, COMPANY_SUFFIXES, EMBASSY_WORDS, ORG_HEADS, PORTFOLIOS, type OrgHead } from "../data/org-heads.js";
import { GENERIC_ORG_WORDS, LEADING_FUNCTION_WORDS, NAME_INNER_POSSESSIVES, NAME_STOPWORDS } from "../data/org-name-stopwords.js";
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from "../data/organizations.js";
import { GIVEN_NAMES } from "../data/person-names.js";
import { NOT_COUNTRIES } from "../data/countries.js";
import { HONORIFICS, ROLE_NOUNS } from "../data/person-roles.js";
import type { Country, Organization, OrganizationKind, Span, ThreatActor } from "../record/schema.js";
import { cleanName, foldName, isHeadline, tokenize, type Token } from "./entities/tokens.js";
import { escapeRegExp as escape } from "../analyse/lexicon.js";

const KNOWN = new Gazetteer<KnownOrganization>(KNOWN_ORGANIZATIONS.map((k) => ({ names: [k.name, ...k.aliases], value: k })));
/** Every name of a known organisation, folded once for all articles. */
const KNOWN_KEYS: ReadonlyMap<KnownOrganization, readonly string[]> = new Map(KNOWN_ORGANIZATIONS.map((k) => [k, [k.name, ...k.aliases].map(foldName)]));
const ACTOR_AGENCY_KEYS: readonly string[] = ACTOR_AGENCY_NAMES.map(foldName);
const PORTFOLIO_SET: ReadonlySet<string> = new Set(PORTFOLIOS);
const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.replace(/\.$/, "")));
const SUFFIX_SET: ReadonlySet<string> = new Set(COMPANY_SUFFIXES.map((s) => s.replace(/\.$/, "")));
const SUFFIX_AFTER = new RegExp(
  `^,?[ \\t]+(?:${COMPANY_SUFFIXES.map(escape).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);
/**
 * Where a word a pattern name needs may stand: a head ("Ministry"; of a two-word head its first word) or a company
 * suffix as written, or a category noun in any case before spaces and a capital ("firm Sophos"). Substrings, not
 * words: every token that is one of them is found (and more). A sentence with none cannot yield a pattern name, so
 * it is not tokenized.
 */
const NAME_WORD = new RegExp([...[...ORG_HEADS.keys()].map((h) => h.split(" ")[0]!), ...SUFFIX_SET].map(escape).join("|"), "g");
const CATEGORY_NOUN = new RegExp(`(?:${[...ORG_CATEGORY_NOUNS.keys()].map(escape).join("|")})(?=[ \\t])`, "giu");
/** What `introduced` needs after the noun: spaces or tabs, then a capitalised word (checked apart: the noun's pattern ignores case). */
const CAPITAL_AFTER_NOUN = /[ \t]+\p{Lu}/uy;
/** How far past the last word of a name `suffixed` looks for a suffix ("Acme, Inc."). */
const SUFFIX_REACH = 16;
const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "on", "de", "du", "des", "der", "für", "la", "del", "di"]);
const COMPLEMENT: ReadonlySet<string> = new Set(["of", "for", "on"]);
const ACRONYM_AFTER = /^[ \t]*\([ \t]*([\p{Lu}][\p{L}\p{N}&.\-]{1,11})[ \t]*\)/u;
const ACRONYM_SHAPE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}\p{N}&.\-]+$/u;
const EMBASSY = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}\\p{M}.]+(?:['’]s)?)[ \\t]+(?:${EMBASSY_WORDS.join("|")})(?![\\p{L}])`, "gu");
const EMBASSY_OF = new RegExp(`(?<![\\p{L}])(?:${EMBASSY_WORDS.join("|")}) of (?:the )?(\\p{Lu}[\\p{L}\\p{M}]+(?: \\p{Lu}[\\p{L}\\p{M}]+)*)`, "gu");
/** Both embassy patterns need one of the words: most articles have none, and the patterns are slow to run for nothing. */
const EMBASSY_WORD = new RegExp(EMBASSY_WORDS.join("|"));
const DOMAIN_ENDING = String.raw`\.(?:com|cz|sk|pl|de|fr|eu|org|net|io|co\.uk|uk|news|info|ru|ua|us|ca|au|in|it|es|nl|be|at|ch)(?![\p{L}\p{N}\-/])`;
const DOMAIN = new RegExp(String.raw`(?<![\p{L}\p{N}@/.])\p{Lu}[\p{L}\p{N}\-]*` + DOMAIN_ENDING, "gu");
/** What every DOMAIN match ends with: a cheap search (it starts with a literal ".") before the slow full pattern. */
const FIRST_DOMAIN_ENDING = new RegExp(DOMAIN_ENDING, "u");

/** A post from AFFILIATION_POSTS as written (the longest first), ended by a space. */
const POST = new RegExp(`(?:${[...AFFILIATION_POSTS.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?=[ \\t])`, "g");
/** After a post: the preposition, maybe "the", and up to four capitalised words (with "&" or "of" between). */
const NAME_AFTER_POST = /[ \t]+(of|at|for)[ \t]+(?:the[ \t]+)?(\p{Lu}(?:[\p{L}\p{N}&\-]|\.(?=\p{L}))*(?:[ \t]+(?:(?:&|of)[ \t]+)?\p{Lu}(?:[\p{L}\p{N}&\-]|\.(?=\p{L}))*){0,3})/uy;
/** Before a post: up to four capitalised words ending right before it. */
const NAME_BEFORE_POST = /(\p{Lu}(?:[\p{L}\p{N}&\-]|\.(?=\p{L}))*(?:[ \t]+\p{Lu}(?:[\p{L}\p{N}&\-]|\.(?=\p{L}))*){0,3})[ \t]+$/u;
/** After a post that follows its organisation: the holder's capitalised name. */
const HOLDER_AFTER_POST = /^[ \t]+\p{Lu}\p{Ll}/u;
const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);
const REGIONS: ReadonlySet<string> = new Set(NOT_COUNTRIES);

interface Candidate {
  start: number;
  end: number;
  kind: OrganizationKind;
  country: string | null;
  known?: KnownOrganization;
  acronym?: string;
  /** where the head word of a pattern name begins */
  headStart?: number;
}

interface Entity {
  names: string[];
  acronyms: string[];
  kind: OrganizationKind;
  country: string | null;
  known?: KnownOrganization;
  first: number;
}

export function recogniseOrganizations(doc: AnalysedText, countries: Country[], actors: ThreatActor[]): Organization[] {
  const text = doc.text;
  const fold = memoised(foldName);
  const countrySpans = countries.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, code: c.code })));
  const countryAt = (start: number, end: number) => countrySpans.find((c) => c.start < end && start < c.end)?.code ?? null;
  const inCountry = coverTest(countrySpans);
  const isCountryToken = (t: Token) => inCountry(t.start, t.end);

  // ---- parsers
  const known: Candidate[] = KNOWN.find(text).filter((h) => !/[-\u2010\u2011]$/.test(text.slice(h.start - 1, h.start))).map((h) => ({ start: h.start, end: h.end, kind: h.value.kind, country: h.value.country, known: h.value }));
  const found: Candidate[] = [];
  const mayName = sentencesWithNameWords(doc);
  for (const s of doc.sentences) {
    if (!mayName[s.index]) continue; // no head, suffix or category noun: no name by pattern
    const tokens = tokenize(text, s.start, s.end);
    const named: Candidate[] = [];
    for (const run of capitalisedRuns(text, tokens)) {
      for (const seg of splitRun(run, isCountryToken)) {
        const at = tokens.indexOf(seg[0]!);
        const c = headed(seg, isCountryToken) ?? suffixed(text, seg) ?? introduced(text, tokens, at, seg, isCountryToken);
        if (c) named.push({ ...c, country: countryAt(c.start, c.end) });
        else {
          // "Spain's National Police", "the Australian Federal Police (AFP)": generic words and a head make a name
          // when a country owns them or they are given an acronym
          const owner = tokens[at - 1]?.possessive && isCountryToken(tokens[at - 1]!) ? tokens[at - 1]! : null;
          const styled = owner || (isCountryToken(seg[0]!) && seg.length >= 3) || ACRONYM_AFTER.test(text.slice(seg[seg.length - 1]!.end, seg[seg.length - 1]!.end + 20));
          const g = styled ? headed(seg, isCountryToken, true) : null;
          if (g) named.push({ ...g, country: countryAt(owner ? owner.start : g.start, owner ? owner.end : g.end) });
        }
      }
    }
    // a title-case headline's capitals say nothing about names; asked only when it matters, as most sentences name none
    if (named.length && !isHeadline(tokens)) found.push(...named);
  }
  if (EMBASSY_WORD.test(text)) {
    for (const m of text.matchAll(EMBASSY)) {
      if (LEADING_FUNCTION_WORDS.has(m[1]!)) continue;
      const start = m.index!;
      const end = start + m[0].length;
      found.push({ start, end, kind: "government", country: countryAt(start, start + m[1]!.length) });
    }
    for (const m of text.matchAll(EMBASSY_OF)) {
      const start = m.index!;
      found.push({ start, end: start + m[0].length, kind: "government", country: countryAt(start, start + m[0].length) });
    }
  }
  const ending = FIRST_DOMAIN_ENDING.exec(text);
  if (ending) {
    // a domain has no white space, so none starts before the last space or line break ahead of the first ending
    DOMAIN.lastIndex = Math.max(0, text.lastIndexOf(" ", ending.index), text.lastIndexOf("\n", ending.index));
    for (let m = DOMAIN.exec(text); m; m = DOMAIN.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, kind: "media", country: null });
  }

  // "chief executive of Colonial Pipeline", "Optus chief executive Kelly Bayer Rosmarin": names no other parser
  // found, taken only where nothing else stands
  const taken = [...known, ...found];
  for (const c of affiliated(text, isCountryToken)) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) found.push({ ...c, country: null });
  }

  // ---- refiners: the gazetteer against patterns, acronyms, actors
  const cands = resolveOverlaps(text, known, found, isCountryToken);
  for (const c of cands) {
    const m = ACRONYM_AFTER.exec(text.slice(c.end, c.end + 20));
    if (m && ACRONYM_SHAPE.test(m[1]!) && !/^\d+$/.test(m[1]!)) c.acronym = m[1]!;
  }
  const actorNames = new Set([...actors.flatMap((a) => [a.name, ...a.aliases]).map(fold), ...ACTOR_AGENCY_KEYS]);
  const actorSpans = actors.flatMap((a) => a.mentions);
  const kept = cands.filter((c) => {
    if (actorSpans.some((a) => a.start < c.end && c.start < a.end)) return false;
    if (actorNames.has(fold(text.slice(c.start, c.end)))) return false;
    if (c.known && KNOWN_KEYS.get(c.known)!.some((k) => actorNames.has(k))) return false;
    // a country's name is not an organisation
    if (inCountry(c.start, c.end)) return false;
    return true;
  });

  // ---- entities: one per real-world thing
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (e: Entity, names: string[]) => {
    for (const n of names) if (!byKey.has(fold(n))) byKey.set(fold(n), e);
  };
  for (const c of kept) {
    const surface = cleanName(text.slice(c.start, c.end));
    const keys = c.known ? [c.known.name, ...c.known.aliases, surface] : [surface];
    if (c.acronym) keys.push(c.acronym);
    let e = keys.map((k) => byKey.get(fold(k))).find((x) => x);
    if (!e) {
      e = { names: [], acronyms: [], kind: c.kind, country: c.country, known: c.known, first: c.start };
      if (c.known) e.names.push(c.known.name);
      entities.push(e);
    }
    if (!e.names.includes(surface) && !(c.known && c.known.aliases.includes(surface))) e.names.push(surface);
    if (c.acronym && !e.acronyms.includes(c.acronym)) e.acronyms.push(c.acronym);
    e.country ??= c.country;
    add(e, keys);
  }
  const joined = joinShortForms(entities, fold);
  for (const e of joined) if (actorNames.has(fold(e.names[0]!))) e.names = [];

  // ---- mentions: every occurrence of every name the entity goes by
  const live = joined.filter((e) => e.names.length);
  const spellings = live.map((e, i) => ({ names: [...new Set([...e.names, ...e.acronyms, ...(e.known ? [e.known.name, ...e.known.aliases] : [])])], value: i }));
  const mentions: Span[][] = live.map(() => []);
  for (const h of new Gazetteer(spellings).find(text)) {
    if (actorSpans.some((a) => a.start < h.end && h.start < a.end)) continue;
    mentions[h.value]!.push(spanOf(text, h.start, h.end));
  }
  const out = live
    .map((e, i) => ({ e, mentions: mentions[i]! }))
    .filter((x) => x.mentions.length)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return out.map(({ e, mentions: ms }, i) => {
    const name = e.known ? e.known.name : longest(e.names);
    const seen = new Set([fold(name)]);
    const aliases: string[] = [];
    for (const n of [...e.names, ...e.acronyms, ...ms.map((m) => cleanName(m.text))]) {
      const k = fold(n);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      aliases.push(n);
    }
    return { id: `O${i + 1}`, name, aliases, kind: e.kind, country: e.country, mentions: ms };
  });
}

/**
 * Which sentences hold a word a pattern name needs (NAME_WORD, CATEGORY_NOUN), by sentence index. A sentence counts
 * up to SUFFIX_REACH past its end; a match marks every sentence it touches, so one that hides another still counts.
 */
function sentencesWithNameWords(doc: AnalysedText): Uint8Array {
  const { text, sentences } = doc;
  const marks = new Uint8Array(sentences.length);
  for (const re of [NAME_WORD, CATEGORY_NOUN]) {
    let j = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // (two nouns that overlap end at the same place, before the same spaces: one check holds for both)
      if (re === CATEGORY_NOUN && !capitalAfter(text, end)) continue;
      while (j < sentences.length && sentences[j]!.end + SUFFIX_REACH <= m.index) j++;
      for (let k = j; k < sentences.length && sentences[k]!.start < end; k++) marks[sentences[k]!.index] = 1;
    }
  }
  return marks;
}

function capitalAfter(text: string, at: number): boolean {
  CAPITAL_AFTER_NOUN.lastIndex = at;
  return CAPITAL_AFTER_NOUN.test(text);
}

/** One function's results kept for the article: names repeat (every mention of an organisation), folding is slow. */
function memoised(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}

/** Whether [start, end) lies inside one of the spans: the spans sorted by start, with the furthest end reached so far. */
function coverTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    // the spans that start at or before `start` (offsets are whole numbers: before start + 1); of those, the furthest end
    const lo = firstIndexAtOrAfter(starts, start + 1);
    return lo > 0 && reach[lo - 1]! >= end;
  };
}

function longest(names: string[]): string {
  return names.reduce((a, b) => (b.length > a.length ? b : a), names[0]!);
}

/** Runs of capitalised words, with connectors ("of", "for", "and", "the") between capitalised words, within one sentence. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1]!.cap) cur.pop();
    if (cur.length) runs.push(cur);
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (cur.length && !joins(text, pastPossessive(text, cur[cur.length - 1]!), t.start)) flush();
    if (t.cap && cur.length && LEADING_FUNCTION_WORDS.has(t.text)) flush();
    if (t.cap) cur.push(t);
    else if (cur.length && CONNECTORS.has(t.text) && (tokens[i + 1]?.cap || (tokens[i + 1]?.text === "the" && tokens[i + 2]?.cap))) cur.push(t);
    else flush();
    // "Boston Children's Hospital": a possessive inside a name goes on when a capital follows it
    if (t.possessive && !(t.cap && NAME_INNER_POSSESSIVES.has(t.text) && tokens[i + 1]?.cap && joins(text, pastPossessive(text, t), tokens[i + 1]!.start))) flush();
  }
  flush();
  return runs;
}

/** Where a token ends with its possessive ending ("Children's", "Veterans'"), which the token leaves out. */
function pastPossessive(text: string, t: Token): number {
  if (!t.possessive) return t.end;
  return text[t.end + 1] === "s" ? t.end + 2 : t.end + 1; // "Children's" | "Veterans'"
}

/** What may stand between two words of a name: spaces or tabs, and at most one "&" ("Johnson & Johnson"). */
function joins(text: string, from: number, to: number): boolean {
  let ampersands = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "&") ampersands++;
    else if (c !== " " && c !== "\t") return false;
  }
  return to > from && ampersands <= 1;
}

function headAt(seg: Token[], i: number): { start: number; end: number; head: OrgHead } | null {
  const two = seg[i + 1] ? ORG_HEADS.get(`${seg[i]!.text} ${seg[i + 1]!.text}`) : undefined;
  if (two) return { start: i, end: i + 1, head: two };
  const one = seg[i]!.cap ? ORG_HEADS.get(seg[i]!.text) : undefined;
  return one ? { start: i, end: i, head: one } : null;
}

/** A run without the function words that open it, split at "and" where both sides name an organisation. */
function splitRun(run: Token[], isCountryToken: (t: Token) => boolean): Token[][] {
  let i = 0;
  while (i < run.length && (LEADING_FUNCTION_WORDS.has(run[i]!.text) || !run[i]!.cap || /-based$/.test(run[i]!.text))) i++;
  const r = run.slice(i);
  if (!r.length) return [];
  const hasHead = (seg: Token[]) => headed(seg, isCountryToken) !== null;
  for (let k = 1; k < r.length - 1; k++) {
    if (r[k]!.text !== "and") continue;
    const left = r.slice(0, k);
    const right = r.slice(k + 1);
    // "Sony and the Democratic National Committee": "and the" joins two names, not the words of one
    if (right[0]!.text === "the") return [left, ...splitRun(right, isCountryToken)];
    const leftWhole = left.some((_, j) => headAt(left, j) !== null) || (left.length === 1 && /^\p{Lu}{2,}$/u.test(left[0]!.text));
    if (hasHead(right) && leftWhole) return [left, ...splitRun(right, isCountryToken)];
  }
  return [r];
}

/** "Czech Post", "Ministry of Interior", "Social Democratic Party of Germany": a segment with an organisation head. */
function headed(seg: Token[], isCountryToken: (t: Token) => boolean, styled = false): Omit<Candidate, "country"> | null {
  let found: { start: number; end: number; head: OrgHead } | null = null;
  for (let i = 0; i < seg.length; i++) {
    const h = headAt(seg, i);
    if (h) {
      found = h;
      if (h.head.opens && COMPLEMENT.has(seg[h.end + 1]?.text ?? "")) break;
      i = h.end;
    }
  }
  if (!found) return null;
  // "CEO of Defense Point Security": what stands before an "of" that precedes the head is not part of the name
  for (let i = found.start - 1; i > 0; i--) {
    if (COMPLEMENT.has(seg[i]!.text) && !seg.slice(0, i).some((_, k) => headAt(seg.slice(0, i), k))) {
      return headed(seg.slice(i + 1), isCountryToken);
    }
  }
  const { head } = found;
  // "Ministry of Interior", "Office of the Australian Information Commissioner"
  const afterOf = seg[found.end + 2]?.text === "the" ? seg[found.end + 3] : seg[found.end + 2];
  const complement = seg[found.end + 1] && COMPLEMENT.has(seg[found.end + 1]!.text) && afterOf?.cap;
  // "AFP Assistant Commissioner Justine Gough": a head that is also a title, with a name after it, is the title
  if (!complement && seg[found.end + 1] && ROLE_NOUN_SET.has(seg[found.end]!.text.toLowerCase())) return null;
  const last = complement ? seg.length - 1 : found.end;
  const before = seg.slice(0, found.start);
  if (!before.length && !(head.opens && complement)) return null;
  if (styled && !before.every((t) => GENERIC_ORG_WORDS.has(t.text) || PORTFOLIO_SET.has(t.text) || isCountryToken(t))) return null;
  if (head.needsName && !complement && !styled) {
    const naming = before.filter((t) => !GENERIC_ORG_WORDS.has(t.text) && !PORTFOLIO_SET.has(t.text) && !isCountryToken(t));
    if (!naming.length) return null;
  }
  return { start: seg[0]!.start, end: seg[last]!.end, kind: head.kind, headStart: seg[found.start]!.start };
}

/** "major bank ČSOB", "casino giant Federal Group": a name right after a common noun that says what it is. */
function introduced(text: string, tokens: Token[], i: number, seg: Token[], isCountryToken: (t: Token) => boolean): Omit<Candidate, "country"> | null {
  const prev = tokens[i - 1];
  if (!prev || prev.cap || !/^[ \t]+$/.test(text.slice(prev.end, seg[0]!.start))) return null;
  const kind = ORG_CATEGORY_NOUNS.get(prev.text.toLowerCase());
  if (!kind || seg.length > 4 || seg.some((t) => !t.cap)) return null;
  if (seg.every((t) => NAME_STOPWORDS.has(t.text) || isCountryToken(t))) return null;
  if (seg.some((t) => ROLE_NOUN_SET.has(t.text.toLowerCase()) || HONORIFIC_SET.has(t.text))) return null;
  return { start: seg[0]!.start, end: seg[seg.length - 1]!.end, kind };
}

/** "Acme Inc.", "Foo GmbH": a segment ending in, or followed by, a company suffix. */
function suffixed(text: string, seg: Token[]): Omit<Candidate, "country"> | null {
  const last = seg[seg.length - 1]!;
  for (let i = seg.length - 2; i > 0; i--) if (COMPLEMENT.has(seg[i]!.text)) return suffixed(text, seg.slice(i + 1));
  const naming = seg.filter((t) => !ORG_HEADS.has(t.text) && !SUFFIX_SET.has(t.text) && !GENERIC_ORG_WORDS.has(t.text));
  if (!naming.length) return null;
  if (seg.length >= 2 && SUFFIX_SET.has(last.text)) {
    const end = text[last.end] === "." && SUFFIX_SET.has(`${last.text}.`.replace(/\.$/, "")) && COMPANY_SUFFIXES.includes(`${last.text}.`) ? last.end + 1 : last.end;
    return { start: seg[0]!.start, end, kind: "company" };
  }
  const m = SUFFIX_AFTER.exec(text.slice(last.end, last.end + SUFFIX_REACH));
  if (m) return { start: seg[0]!.start, end: last.end + m[0].length, kind: "company" };
  return null;
}

/**
 * Gazetteer hits win over pattern candidates they cover; a longer pattern candidate wins over a hit inside it,
 * unless all it adds is a country, generic words or one generic head ("Microsoft Office", "German BSI").
 */
function resolveOverlaps(text: string, known: Candidate[], found: Candidate[], isCountryToken: (t: Token) => boolean): Candidate[] {
  const keptKnown = new Set(known);
  const keptFound: Candidate[] = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (keptFound.some((k) => k.start < f.end && f.start < k.end)) continue;
    const inside = known.filter((k) => k.start < f.end && f.start < k.end);
    if (inside.some((k) => k.start <= f.start && f.end <= k.end)) continue;
    // "Microsoft Office", "Google Cloud Platform": a product or unit of a known company, not another organisation
    if (f.headStart !== undefined && inside.some((k) => k.kind === "company" && /^[ \t]+$/.test(text.slice(k.end, f.headStart)))) continue;
    if (inside.length) {
      const rest = tokenize(text, f.start, f.end).filter((t) => !inside.some((k) => k.start <= t.start && t.end <= k.end));
      const adds = rest.filter((t) => !GENERIC_ORG_WORDS.has(t.text) && !isCountryToken(t) && !CONNECTORS.has(t.text));
      const oneHead = adds.length === 1 && ORG_HEADS.get(adds[0]!.text)?.needsName;
      if (!adds.length || oneHead) continue;
      for (const k of inside) keptKnown.delete(k);
    }
    keptFound.push(f);
  }
  return [...keptKnown, ...keptFound].sort((a, b) => a.start - b.start);
}

/**
 * "Foreign Ministry" after "German Foreign Ministry", "Social Democratic Party" beside "Social Democratic Party of
 * Germany": a shorter name joins the one longer name it ends (or begins) when exactly one such entity exists and
 * what it leaves out is only a country or an "of <country>" complement.
 */
function joinShortForms(entities: Entity[], fold: (s: string) => string): Entity[] {
  const words = (s: string) => fold(s).split(" ").filter(Boolean);
  const gone = new Set<Entity>();
  for (const short of entities) {
    if (short.known) continue;
    const sw = words(short.names[0]!);
    const hosts = entities.filter((e) => {
      if (e === short || gone.has(e)) return false;
      return e.names.some((n) => {
        const lw = words(n);
        if (lw.length <= sw.length) return false;
        const tail = lw.slice(lw.length - sw.length).join(" ") === sw.join(" ");
        const head = lw.slice(0, sw.length).join(" ") === sw.join(" ") && lw[sw.length] === "of";
        return (tail && lw.length - sw.length <= 2) || head;
      });
    });
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    for (const n of short.names) if (!host.names.includes(n)) host.names.push(n);
    for (const a of short.acronyms) if (!host.acronyms.includes(a)) host.acronyms.push(a);
    host.country ??= short.country;
    host.first = Math.min(host.first, short.first);
    gone.add(short);
  }
  return entities.filter((e) => !gone.has(e));
}

/**
 * Organisations named by the post of someone who works there: "chief executive of Colonial Pipeline", "a senior
 * researcher at Huntress", "Optus chief executive Kelly Bayer Rosmarin". The name must hold a word that is not
 * generic, a country, a title or a given name ("spokesman for Prime Minister Jane Roe" names a person).
 */
function affiliated(text: string, isCountryToken: (t: Token) => boolean): Omit<Candidate, "country">[] {
  const out: Omit<Candidate, "country">[] = [];
  POST.lastIndex = 0;
  for (let m = POST.exec(text); m; m = POST.exec(text)) {
    if (m.index > 0 && /[\p{L}\p{N}-]/u.test(text[m.index - 1]!)) continue;
    const post = AFFILIATION_POSTS.get(m[0])!;
    const end = m.index + m[0].length;
    NAME_AFTER_POST.lastIndex = end;
    const after = NAME_AFTER_POST.exec(text);
    if (after && post.after.includes(after[1] as "of" | "at" | "for")) {
      const start = end + after[0].length - after[2]!.length;
      // "founder of the Suits and Spooks conference": a name cut short at "and" is not read
      const c = /^[ \t]+and[ \t]+\p{Lu}/u.test(text.slice(start + after[2]!.length, start + after[2]!.length + 8)) ? null : affiliation(text, start, start + after[2]!.length, post.kind, isCountryToken);
      if (c) out.push(c);
      continue;
    }
    if (!post.before || !HOLDER_AFTER_POST.test(text.slice(end, end + 3))) continue;
    const before = NAME_BEFORE_POST.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before) continue;
    const start = m.index - before[0].length;
    // "Let's Encrypt founder Josh Aas": the name starts at a word's start
    if (start > 0 && /[\p{L}\p{N}'\u2019\-]/u.test(text[start - 1]!) || /['\u2019]s[ \t]+$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    const c = affiliation(text, start, start + before[1]!.length, post.kind, isCountryToken);
    if (c) out.push(c);
  }
  return out;
}

function affiliation(text: string, start: number, end: number, kind: OrganizationKind, isCountryToken: (t: Token) => boolean): Omit<Candidate, "country"> | null {
  let tokens = tokenize(text, start, end);
  while (tokens.length && (LEADING_FUNCTION_WORDS.has(tokens[0]!.text) || NAME_STOPWORDS.has(tokens[0]!.text) && !ORG_HEADS.has(tokens[0]!.text))) tokens = tokens.slice(1);
  // "the founder of Europe's largest bank", "chief executive of the Georgia-based firm": a description, not a name
  if (tokens.some((t) => t.possessive || /-based$/.test(t.text)) || /^['\u2019]s(?![\p{L}])/u.test(text.slice(end, end + 3))) return null;
  while (tokens.length && CONNECTORS.has(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  if (!tokens.length || tokens.length > 4) return null;
  if (tokens.some((t) => ROLE_NOUN_SET.has(t.text.toLowerCase()) || HONORIFIC_SET.has(t.text))) return null;
  if (tokens.length >= 2 && GIVEN_NAME_SET.has(tokens[0]!.text.toLowerCase())) return null;
  const naming = tokens.filter((t) => !CONNECTORS.has(t.text) && !GENERIC_ORG_WORDS.has(t.text) && !PORTFOLIO_SET.has(t.text) && !NAME_STOPWORDS.has(t.text) && !isCountryToken(t));
  if (!naming.length) return null;
  // "spokeswoman for Latin America": a region
  if (REGIONS.has(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))) return null;
  if (tokens.length === 1 && (ORG_HEADS.has(tokens[0]!.text) || !proper(text, tokens[0]!.text))) return null;
  const head = tokens.map((t) => ORG_HEADS.get(t.text)).find((h) => h);
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, kind: head?.kind ?? kind };
}

/**
 * Whether one capitalised word reads as a name across the article: never written in lower case ("Committee chairman
 * Iain Wright" beside "the committee"), nor a person's surname ("a spokesman for Beckham" beside "David Beckham").
 */
function proper(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower !== word && standsAsWord(text, lower, "[\\p{L}]")) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const m = /(\p{Lu}[\p{Ll}]+)[ \t]+$/u.exec(text.slice(Math.max(0, i - 20), i));
    if (m && GIVEN_NAME_SET.has(m[1]!.toLowerCase())) return false;
  }
  return true;
}
