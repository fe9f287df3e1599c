// Countries by name, alternative name and demonym, as ISO 3166-1 alpha-2 codes with every mention.
//
// One gazetteer pass (case-sensitive) over the whole text, plus an all-capitals pass for headlines and
// datelines ("HONG KONG (REUTERS) -"). Phrases that only contain a country word ("American Express",
// "Indian Ocean", "New Mexico") are in the gazetteer too, so the longest match hides the country inside them.
// Refiners then drop the mentions whose context says otherwise: "US" the pronoun in capitals, "US$",
// names that are part of a person's name ("Michael Jordan", "Chad Smith"), and Georgia the US state.
import type { AnalysedText } from "../analyse/analyse.js";
import { Gazetteer, type GazetteerMatch } from "../analyse/gazetteer.js";
import { spanOf } from "../analyse/span.js";
import {
  COUNTRIES, COUNTRY_CONTEXT_WORDS, demonymPlurals, GUARDED_NAMES, NON_NAME_WORDS, NOT_COUNTRIES, US_PRONOUN_CUES, type CountryEntry,
} from "../data/countries.js";
import { GEORGIA_COUNTRY_HINTS, GEORGIA_STATE_CUES, GEORGIA_STATE_DOC_HINTS, US_STATES } from "../data/country-us-states.js";
import type { Country, Span } from "../record/schema.js";

/** A gazetteer value: the country's code, or null for a phrase that is not a country mention. */
interface Hit {
  code: string | null;
  /** the name as written in the data (before upper-casing), for the guards */
  name: string;
  /** found by the all-capitals pass */
  capitals: boolean;
}

const BY_CODE: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Every name of a country: short name, other names, demonyms and their plurals in -s. */
function namesOf(c: CountryEntry): string[] {
  return [...new Set([c.name, ...(c.names ?? []), ...(c.demonyms ?? []), ...demonymPlurals(c)])];
}

function entries(upper: boolean): { names: string[]; value: Hit }[] {
  const out: { names: string[]; value: Hit }[] = [];
  const add = (name: string, code: string | null) => {
    const written = upper ? name.toUpperCase() : name;
    if (upper && (written === name || written.length < 4)) return; // already matched as written; short caps are too ambiguous
    out.push({ names: [written], value: { code, name, capitals: upper } });
  };
  for (const c of COUNTRIES) for (const n of namesOf(c)) add(n, c.code);
  for (const n of NOT_COUNTRIES) add(n, null);
  return out;
}

const NAMES = new Gazetteer<Hit>(entries(false));
const CAPITALS = new Gazetteer<Hit>(entries(true));
const STATES = new Gazetteer<boolean>([{ names: [...US_STATES, ...GEORGIA_STATE_DOC_HINTS], value: true }]);
const GEORGIA_HINTS = new Gazetteer<boolean>([{ names: GEORGIA_COUNTRY_HINTS, value: true }]);

const MONTHS_AND_DAYS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);
const PREPOSITION_BEFORE = /(?:^|[\s(])(?:in|to|from|of|against|with|and|or|across|on|at|by|for|into|including|visit(?:ed|ing)?|,)\s+$/;

/** The word right before `at`, separated from it by spaces only (no line break, no punctuation). */
function wordBefore(text: string, at: number): string {
  const m = /(?:^|[^\p{L}\p{N}'\u2019.-])([\p{L}][\p{L}\p{N}'\u2019.-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : "";
}

/** The word right after `at`, separated from it by spaces only. */
function wordAfter(text: string, at: number): string {
  const m = /^[ \t]+([\p{L}][\p{L}\p{N}'\u2019-]*)/u.exec(text.slice(at, at + 40));
  return m ? m[1]! : "";
}

const isTitleWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
const titleCase = (w: string) => (w ? w[0]! + w.slice(1).toLowerCase() : w);

/** True when the line around `at` is a headline in Title Case or capitals, where capitals say nothing about names. */
function inHeadlineCase(text: string, at: number): boolean {
  const from = text.lastIndexOf("\n", at) + 1;
  let to = text.indexOf("\n", at);
  if (to < 0) to = text.length;
  const words = text.slice(from, to).match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** "Michael Jordan", "Chad Smith", "Jimmy Wales": the name is part of a person's name. */
function personContext(text: string, m: GazetteerMatch<Hit>, capitals: boolean): boolean {
  const after = wordAfter(text, m.end);
  if (after && !COUNTRY_CONTEXT_WORDS.has(titleCase(after)) && !MONTHS_AND_DAYS.has(titleCase(after))) {
    if (capitals ? /^\p{Lu}{2,}$/u.test(after) : isTitleWord(after)) return true;
  }
  const before = wordBefore(text, m.start);
  if (before && !NON_NAME_WORDS.has(titleCase(before)) && !COUNTRY_CONTEXT_WORDS.has(titleCase(before))) {
    if (capitals ? /^\p{Lu}{2,}$/u.test(before) : /^\p{Lu}\p{Ll}+$/u.test(before)) return true;
  }
  return false;
}

/** "Atlanta, Georgia", "state of Georgia", "Georgia, U.S.". */
function usStateContext(text: string, m: GazetteerMatch<Hit>): boolean {
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  if (GEORGIA_STATE_CUES.some((cue) => before.endsWith(`${cue} `))) return true;
  return /^,\s*(?:U\.S\.|US|USA|United States)\b/.test(text.slice(m.end, m.end + 20));
}

/** Capitals-pass matches count only among other capitalised words (a headline, a dateline). */
function amongCapitals(text: string, m: GazetteerMatch<Hit>): boolean {
  const around = [wordBefore(text, m.start), wordAfter(text, m.end)];
  const next = /^\s*\(([^)]{2,20})\)/.exec(text.slice(m.end, m.end + 30)); // "HONG KONG (REUTERS)"
  if (next) around.push(next[1]!);
  const words = around.filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => !/\p{Ll}/u.test(w));
}

export function recogniseCountries(doc: AnalysedText): Country[] {
  const text = doc.text;
  const caps = CAPITALS.find(text).filter((m) => amongCapitals(text, m));
  const hits = NAMES.find(text);
  for (const c of caps) if (!hits.some((h) => h.start < c.end && c.start < h.end)) hits.push(c);
  hits.sort((a, b) => a.start - b.start);

  // read only for a name that may be a US state (Georgia), which most documents lack
  let usDocument: boolean | undefined;
  const isUsDocument = () => (usDocument ??= STATES.find(text).length > 0 && GEORGIA_HINTS.find(text).length === 0);
  const kept: { code: string; span: Span; name: string; guarded: boolean }[] = [];
  const personNames = new Set<string>();
  const headlineHits: { code: string; span: Span; name: string }[] = [];

  for (const m of hits) {
    const { code, name, capitals } = m.value;
    if (!code) continue;
    // "CONTACT US", "US$5 million"
    if (/^(?:US|U\.S\.?|NZ|UK)$/.test(m.text)) {
      if (text[m.end] === "$") continue;
      if (US_PRONOUN_CUES.has(wordBefore(text, m.start)) && m.text === "US") continue;
    }
    const guards = GUARDED_NAMES[name] ?? [];
    if (guards.includes("us-state") && (isUsDocument() || usStateContext(text, m))) continue;
    if (guards.includes("person")) {
      if (inHeadlineCase(text, m.start)) {
        headlineHits.push({ code, span: spanOf(text, m.start, m.end), name });
        continue;
      }
      if (personContext(text, m, capitals)) {
        personNames.add(name);
        continue;
      }
    }
    kept.push({ code, span: spanOf(text, m.start, m.end), name, guarded: guards.includes("person") });
  }

  // A name that is also someone's name in this document counts alone only where a preposition introduces it.
  const refined = kept.filter((k) => !k.guarded || !personNames.has(k.name) || PREPOSITION_BEFORE.test(text.slice(Math.max(0, k.span.start - 30), k.span.start)));
  // In a Title Case headline a guarded name counts when the body uses it as the country.
  for (const h of headlineHits) if (refined.some((k) => k.name === h.name)) refined.push({ ...h, guarded: true });
  refined.sort((a, b) => a.span.start - b.span.start);

  const byCode = new Map<string, Country>();
  for (const k of refined) {
    let country = byCode.get(k.code);
    if (!country) {
      country = { code: k.code, name: BY_CODE.get(k.code)!.name, mentions: [] };
      byCode.set(k.code, country);
    }
    country.mentions.push(k.span);
  }
  return [...byCode.values()];
}
