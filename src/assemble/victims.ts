// Victims: names in victim positions of an incident's sentences, from the organisations recogniser where it
// found the name, else from capitalised noun phrases; and the countries those positions name.
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { COUNTRIES } from "../data/countries.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../data/date-words.js";
import {
  ANAPHOR_POSSESSED_ATTACKS, ATTRIBUTION_CUES, COMPANY_NOUNS, COUNTRY_ANAPHORS, EXPLICIT_VICTIM_LISTS, GENERIC_VICTIM_HEADS,
  GENERIC_VICTIM_SKIP, GENERIC_VICTIM_STAFF_HEADS, LAW_ENFORCEMENT_WORDS, LEAK_LISTING_VERBS, LEAK_SITE, MEMBER_NOUNS, NOT_VICTIM_TERMS, NOT_VICTIMS, ORGANIZATION_FOLLOWERS,
  OWN_NAME_VERBS, VAGUE_VICTIM_NOUNS, VICTIM_AFTER, VICTIM_AFTER_HIT, VICTIM_AFTER_STRONG, VICTIM_STOPWORDS, VICTIM_ZONE_OPENERS,
} from "../data/incident-victims.js";
import { STATE_METONYMS } from "../data/response-metonyms.js";
import { SECTOR_WORDS } from "../data/sectors.js";
import { standsAsWord } from "../analyse/case.js";
import { matchStarts } from "../analyse/prefilter.js";
import { firstIndexAtOrAfter } from "../analyse/sorted.js";
import { spanOf } from "../analyse/span.js";
import type { Organization, Sector, Span, Victim } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { MALWARE_GAZETTEER } from "./triggers.js";

const ZONE_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${VICTIM_ZONE_OPENERS.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
/** Between a name and its victim predicate: "both", an adverb, an auxiliary ("X has also suffered"). */
const AFTER_LEAD = String.raw`^\s*,?\s*(?:(?:both|all|also|each|itself|themselves)\s+)?(?:\p{L}+ly\s+)?(?:(?:has|have|had)\s+(?:(?:also|now|since|just|\p{L}+ly)\s+)?)?`;
const AFTER_RE = new RegExp(`${AFTER_LEAD}(?:${VICTIM_AFTER.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
const LEAK_AFTER_RE = new RegExp(`^\\s+${LEAK_SITE}(?![\\p{L}])`, "iu");
const LISTED_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${LEAK_LISTING_VERBS.join("|")})\\s+(?:the\\s+)?$`, "iu");
const HIT_AFTER_RE = new RegExp(`${AFTER_LEAD}(?:${VICTIM_AFTER_HIT.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
const STRONG_AFTER_RE = new RegExp(`${AFTER_LEAD}(?:${VICTIM_AFTER_STRONG.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
const ORG_FOLLOWER_RE = new RegExp(`^(?:['’]s?)?\\s+(?:${ORGANIZATION_FOLLOWERS.join("|")})(?![\\p{L}])`, "iu");
/** A headline's last part after a spaced dash, bar or bullet names the site: "... - Help Net Security". */
const SITE_SUFFIX_RE = /\s[-–—|•]\s(?=[^\n]{2,60}$)/u;
/** Words before a capitalised name that make it a place: "in Texas", "based in Ohio", "across Europe"; but the people
 *  "in" a place are its own ("Officials in Madison County say"). */
const PLACE_BEFORE_RE = /(?:^|[^\p{L}])(?<!(?:officials|authorities|employees|staff|workers|leaders|administrators|residents)\s+)(?:in|across|throughout)\s+$/iu;
/** A capitalised name: words that start upper-case (or are acronyms, or digits then a capital: "3CX"), joined by
 *  of/&/for/de, on one line. */
const NP_RE = /(?:[A-ZÀ-ÖØ-ÞČŠŽŘĎŤŇ][\p{L}\p{N}&.'’-]*|\d+[A-Z][\p{L}\p{N}&.'’-]*)(?:[ \t\u00a0]+(?:(?:of|for|&|de|du|la|the)[ \t\u00a0]+)*[A-ZÀ-ÖØ-ÞČŠŽŘĎŤŇ][\p{L}\p{N}&.'’-]*)*/gu;
/** Words that end no name: a date or a word that opens the next clause ("Microsoft September", "Apple Yet"). */
const NOT_NAME_END_RE = new RegExp(`^(?:${WEEKDAY_NAMES.join("|")}|Yet|In|On|At|As|But|And|Or|If|When|While|After|Before|Since|However)[.,]*$`, "u");
/** A month ends no name unless a day or "Patch Tuesday" follows it: "Microsoft September 12", not "Theresa May". */
const MONTH_END_RE = new RegExp(`^(?:${MONTH_NAMES.join("|")})$`, "u");
const DATE_AFTER_RE = /^\s+(?:\d|Patch\b)/u;
/** The zone of a victim opener ends at a clause break (but not at the owner of what was hit: "hospitals run by X"), or
 *  where the source of the report is named
 *  ("... affected 300,000 people, reported The Washington Post", "... hospitals, the Justice Department said"). */
const ZONE_END_RE = /;|\s(?:which|who|that|but|because|according to|said|says|when|while|after|before)\s|(?<!(?:run|operated|owned|managed))\sby\s|,\s(?:and\s)?(?:which|who|but|according|said|says|reported|reports|wrote|writes|when|while)\b|,\s(?:the\s)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}(?:\([^)\n]{0,40}\)\s+)?(?:said|says|told|reported|announced|confirmed)\b|["“”]|(?<![\s.]\p{Lu})\.\s/u;
const ZONE_END_G = new RegExp(ZONE_END_RE.source, "gu");
/** A bracket's words, which end no zone: "the HSE (which said ...), the NHS" (bounded, so that an unclosed one costs little). */
const BRACKETED_RE = /\([^()\n]{0,200}\)/gu;

/** Where a clause break starts, at every position of the sentence (overlapping ones too), brackets blanked out. */
function zoneStops(sentence: string): number[] {
  return matchStarts(sentence.replace(BRACKETED_RE, (x) => " ".repeat(x.length)), ZONE_END_G);
}

const STOP = new Set(VICTIM_STOPWORDS);
const NOT_VICTIM = new Set([...NOT_VICTIMS, ...NOT_VICTIM_TERMS].map((n) => n.toLowerCase()));
const GENERIC_SKIP = new Set(GENERIC_VICTIM_SKIP);
/** Up to two modifiers and a generic victim noun, at the start of a zone. */
const HEADS = GENERIC_VICTIM_HEADS.join("|");
const GENERIC_RE = new RegExp(`^\\s*((?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}?)(${HEADS})(?![\\p{L}])`, "iu");
const COORDINATED_RE = /^(?:(?:,\s*|\s+(?:and|or|&)\s+|,\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)+(?:\s+(?:both|all|also))?/u;
/** A generic victim noun anywhere in a sentence, as the possible subject of a victim predicate. */
const GENERIC_HEAD_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${[...GENERIC_VICTIM_HEADS, ...GENERIC_VICTIM_STAFF_HEADS].join("|")})(?![\\p{L}\\p{N}_-])`, "giu");
const HAS_GENERIC_HEAD_RE = new RegExp(GENERIC_HEAD_RE.source, "iu");
const STAFF_HEAD_RE = new RegExp(`^(?:${GENERIC_VICTIM_STAFF_HEADS.join("|")})$`, "iu");
/** A second generic noun right after the first, with at most one word between: "county [water] utility". */
const HEAD_AFTER_HEAD_RE = new RegExp(`^(\\s+(?:[\\p{L}\\p{N}'’-]+\\s+)?)(${HEADS})(?![\\p{L}])`, "iu");
const COORDINATED_GENERIC_RE = new RegExp(`^(?:(?:,\\s*|\\s+(?:and|or)\\s+|,\\s+(?:and|or)\\s+)(?:[\\p{L}\\p{N}.&'’-]+\\s+){0,2}?(?:${HEADS})(?![\\p{L}]))+`, "iu");
const MEMBERS_AFTER_RE = new RegExp(`^\\s+(?:${MEMBER_NOUNS.join("|")})(?![\\p{L}])`, "iu");
/** A capitalised generic noun alone ("Hospital officials said") names no one. */
const GENERIC_ONLY_RE = new RegExp(`^(?:${HEADS})$`, "iu");
/** Generic nouns too vague to stand alone for a victim: "organizations", "business". */
const VAGUE_RE = new RegExp(`^(?:${VAGUE_VICTIM_NOUNS.join("|")})$`, "iu");
const OWN_NAME_AFTER_RE = new RegExp(`^\\s+(?:${OWN_NAME_VERBS.join("|")})\\b`, "u");
/** A short place or scope phrase between a subject and its predicate: "corporations across the world have been hit". */
const SCOPE_RE = /^\s+(?:across|around|throughout|in|from|at)\s+(?:the\s+)?[\p{L}.'’-]+/u;
/** A modifier word before a generic noun: "NYC", "Connecticut-based", "charity", "health-care". */
const MODIFIER_RE = /^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u;

/** Generic nouns for businesses: "defence companies" are companies of the military sector, not the military. */
const COMPANY_NOUN_RE = new RegExp(`(?<![\\p{L}])(?:${COMPANY_NOUNS.join("|")})(?![\\p{L}])`, "iu");
/** Sectors that are also victim kinds. */
const SECTOR_KINDS = new Set(["government", "political-party", "military", "media"]);
const SECTOR_RES = SECTOR_WORDS.map((s) => ({ sector: s.sector, re: new RegExp(`(?<![\\p{L}])(?:${s.words.join("|")})(?![\\p{L}])`, "iu") }));

const ANAPHOR_RE = new RegExp(`(?<![\\p{L}])(?:${COUNTRY_ANAPHORS.join("|")})(?![\\p{L}])`, "giu");
/** The attacks a country anaphor's possessive says it suffered, not followed by a target of their own. */
const ANAPHOR_ATTACKS_RE = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ANAPHOR_POSSESSED_ATTACKS.join("|")})(?![\\p{L}])(?!\\s+(?:on|against|targeting|into)\\b)`, "u");
/** The names (not demonyms) of each country: only a country named by name is the antecedent of "the country". */
const COUNTRY_NAMES = new Map(COUNTRIES.map((c) => [c.code, new Set([c.name, ...(c.names ?? [])])]));

interface CountryMention { start: number; end: number; code: string; anaphor?: boolean }

const LIST_WORDS_RE = /victim|target|site|blog|portal|page/i;
const EXPLICIT_LIST_RE = new RegExp(`(?<![\\p{L}])(?:${EXPLICIT_VICTIM_LISTS.join("|")})(?![\\p{L}])`, "iu");

/** The sentence lists victims in so many words ("Among the gang's recent victims were ..."). */
export function listsVictims(doc: AnalysedText, s: Sentence): boolean {
  const text = doc.text.slice(s.start, s.end);
  // (a cheap test first: every list names victims or targets, or a leak site, blog, portal or page)
  return LIST_WORDS_RE.test(text) && EXPLICIT_LIST_RE.test(text);
}

export interface VictimFinding {
  victims: Victim[];
  countries: string[];
}

export function sectorOf(name: string, kind: string | null): Sector | null {
  if (kind === "political-party") return "political-party";
  if (kind === "military") return "military";
  if (kind === "media") return "media";
  for (const s of SECTOR_RES) if (s.re.test(name)) return s.sector;
  if (kind === "government" || kind === "intelligence") return "government";
  if (kind === "intergovernmental") return "government";
  return null;
}

interface Named { start: number; end: number; name: string; org: Organization | null; country: string | null; headline?: boolean; person?: boolean }

const OWN_RE = /(?<![\p{L}])(?:its|our|their own)(?![\p{L}])/iu;
const STATE_KINDS = new Set(["government", "intergovernmental", "intelligence", "military"]);
const ATTRIBUTION_CUE_RE = new RegExp(`(?<![\\p{L}])(?:${ATTRIBUTION_CUES.join("|")})(?![\\p{L}])`, "iu");
/** A reporting verb right after a name (and an adverb, an auxiliary or a time): "said", "has said on Monday". */
const REPORTING_LEAD_RE = /^\s*,?\s*(?:(?:has|have|had)\s+)?(?:\p{L}+ly\s+)?(?:said|says|told|stated|announced|added|claimed|alleged)\b/iu;
/** Capitals that stand for their state ("sanctions against Moscow"): no victim of their own; the White House can be one. */
const CAPITALS = new Set(STATE_METONYMS.flatMap((m) => m.names).filter((n) => !/White House/u.test(n)));

const KNOWN_ORGANIZATIONS = new Set(NOT_VICTIMS.map((n) => n.toLowerCase()));

/** Every name a candidate goes by, in lower case: its own and, for an organisation, its name and aliases. */
function lowerNamesOf(n: Named): string[] {
  return [n.name, ...(n.org ? [n.org.name, ...n.org.aliases] : [])].map((x) => x.toLowerCase());
}

/** One of the vendors, outlets and agencies listed by name (not a term for a technology: "OS", "Web"). */
function isKnownOrganization(n: Named): boolean {
  return lowerNamesOf(n).some((x) => KNOWN_ORGANIZATIONS.has(x));
}

/** A vendor, news outlet or agency that reports on incidents, by any of its names, with or without "The". */
function isReporter(n: Named): boolean {
  return lowerNamesOf(n).some((lower) => NOT_VICTIM.has(lower) || NOT_VICTIM.has(`the ${lower}`) || NOT_VICTIM.has(lower.replace(/^the\s+/u, "")));
}

/** writtenName of each organisation, once: it is asked for every mention in every sentence looked at. */
const WRITTEN_NAMES = new WeakMap<Organization, string>();

/** The name a victim goes by: the longest form the article itself uses for the organisation ("National Health
 *  Service" rather than "NHS", "Facebook" in an article that never says "Meta"). */
function writtenName(doc: AnalysedText, o: Organization): string {
  let name = WRITTEN_NAMES.get(o);
  if (name === undefined) {
    name = "";
    for (const m of o.mentions) {
      const t = cleanName(doc.text.slice(m.start, m.end).replace(/\s+/gu, " "));
      if (t.length > name.length) name = t;
    }
    name ||= o.name;
    WRITTEN_NAMES.set(o, name);
  }
  return name;
}

/** The word, in lower case, stands somewhere in the text as a word of its own. */
function writtenLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  // (not an acronym or a name in mixed case: "HMRC", "YouTube")
  if (lower === word || /\p{Lu}.*\p{Lu}/u.test(word)) return false;
  // (nor in a web address, a file or a handle: "hmrc.gov.uk", "@cyberzeist")
  return standsAsWord(text, lower, "[\\p{L}\\p{N}_.\\/@-]");
}

function cleanName(raw: string): string {
  return raw.replace(/['’]s?$/u, "").replace(/^(?:The|the)\s+/u, "").replace(/[.,'’-]+$/u, "").trim();
}

/** Names and country mentions in one sentence, with the organisation or country each is. */
function namesIn(doc: AnalysedText, found: Found, s: Sentence, triggers: readonly Span[]): { names: Named[]; countries: CountryMention[] } {
  const countries: CountryMention[] = found.countries.flatMap((c) => c.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ start: m.start, end: m.end, code: c.code })));
  countries.push(...countryAnaphors(doc, found, s));
  const names: Named[] = [];
  for (const o of found.organizations) {
    for (const m of o.mentions) if (m.start >= s.start && m.end <= s.end) names.push({ start: m.start, end: m.end, name: writtenName(doc, o), org: o, country: o.country });
  }
  let text = doc.text.slice(s.start, s.end);
  if (s.index === 0) {
    const site = SITE_SUFFIX_RE.exec(text);
    if (site) {
      text = text.slice(0, site.index);
      for (let i = names.length - 1; i >= 0; i--) if (names[i]!.end > s.start + site.index) names.splice(i, 1);
    }
  }
  // a title-case headline makes every word a name: there only recognised organisations count
  // ... except its first name, which in a headline reporting an incident is the one hit ("Cathay Pacific Flags Data Breach")
  const caps = titleCase(text);
  const headline = s.index === 0 && caps;
  // other title-case lines (breadcrumbs, sub-headings) give no names of their own
  // ... but a sentence that ends like one is prose full of names ("stayed at its Holiday Inn, Crowne Plaza, ...")
  const prose = /[.!?]["”’]?\s*$/u.test(text);
  if (caps && !headline && !prose) return { names: names.sort((a, b) => a.start - b.start), countries };
  NP_RE.lastIndex = 0;
  let firstSeen = false;
  for (let m = NP_RE.exec(text); m; m = NP_RE.exec(text)) {
    if (headline && firstSeen) break;
    let raw = m[0];
    let start = s.start + m.index;
    // drop leading stop words ("The", "Hackers") one at a time
    for (;;) {
      const first = raw.split(/\s+/)[0]!;
      if (!STOP.has(first.replace(/['’]s$/, ""))) break;
      const rest = raw.slice(first.length).replace(/^\s+(?:(?:of|for|&|de|du|la|the)\s+)*/u, "");
      if (!rest) { raw = ""; break; }
      start += raw.length - rest.length;
      raw = rest;
    }
    // ... and trailing ones ("Microsoft September", "Weibo Tuesday")
    const endsInMonth = (w: string) => MONTH_END_RE.test(w) && DATE_AFTER_RE.test(doc.text.slice(start + raw.length, start + raw.length + 8));
    for (let last = raw.match(/\S+$/u)?.[0]; last && /\s/u.test(raw) && (NOT_NAME_END_RE.test(last) || endsInMonth(last)); last = raw.match(/\S+$/u)?.[0]) {
      raw = raw.slice(0, raw.length - last.length).replace(/[ \t\u00a0]+(?:(?:of|for|&|de|du|la|the)[ \t\u00a0]+)*$/u, "");
    }
    // a full stop that ends the sentence is not part of the name
    raw = raw.replace(/[.,]+$/u, "");
    if (!raw) continue;
    const end = start + raw.length;
    const over = names.filter((n) => n.start < end && start < n.end);
    // a longer name around an organisation's mention ("Kettell Video Productions" around "Kettell") replaces it
    if (over.some((n) => !n.org || n.start < start || n.end > end || n.end - n.start >= end - start)) continue;
    const org = over[0]?.org ?? null;
    for (const n of over) names.splice(names.indexOf(n), 1);
    // a possessive followed by a verb is the name itself: "Scotty's was the victim", "McDonald's didn't say"
    const ownName = /\p{L}['’]s$/u.test(raw) && OWN_NAME_AFTER_RE.test(doc.text.slice(end, end + 30));
    const name = ownName ? raw : cleanName(raw);
    if (name.length < 2 || STOP.has(name) || GENERIC_ONLY_RE.test(name) || MALWARE_GAZETTEER.find(name).length) continue;
    // one capitalised word opening the sentence that the article also writes in lower case is a common word, no
    // name: "Infected machines ...", "Spam filters ..."
    if (!org && !/\s/u.test(name) && /^[\s"“‘'(]*$/u.test(text.slice(0, start - s.start)) && writtenLowerCase(doc.text, name)) continue;
    if (headline) {
      firstSeen = true;
      const h = headlineName(doc, found, raw, start, org, triggers, countries, s.end);
      if (h) names.push(h);
      continue;
    }
    // words that report the incident are not its victim ("W-2 Phishing Scam")
    if (triggers.some((t) => t.start < end && start < t.end)) continue;
    // a place after "in" locates a victim rather than naming one: "a utility company in Pennsylvania"
    if (!org && PLACE_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
    // a country name or adjective alone is a victim country, not a victim
    if (countries.some((c) => c.start <= start && c.end >= start + name.length)) continue;
    if (found.threatActors.some((a) => a.mentions.some((am) => am.start < end && start < am.end))) continue;
    // a person's name is kept apart: only the strongest victim positions make it one ("X's account was hacked")
    // ... but a longer name around a person's is an organisation named after one ("Henry Ford Hospital")
    const person = found.people.some((p) => p.mentions.some((pm) => pm.start < end && start < pm.end && pm.end >= end));
    names.push({ start, end, name, org, country: org?.country ?? null, person });
  }
  names.sort((a, b) => a.start - b.start);
  return { names, countries };
}

/** Victims and victim countries in the given sentences. */
export function findVictims(doc: AnalysedText, found: Found, sentences: readonly Sentence[], triggers: readonly Span[] = []): VictimFinding {
  const victims = new Map<string, Victim>();
  const countries = new Set<string>();
  const generic: Named[] = [];
  /** hit: named as the one hit ("X was hacked", "listed X on its leak site"), where even a vendor or an outlet that
   *  usually reports on incidents is the victim */
  const add = (n: Named, hit = false) => {
    const key = n.org ? `org:${n.org.id}` : n.name.toLowerCase();
    if (victims.has(key)) return;
    // a capital standing for its state ("sanctions against Moscow", "a spokesman for the Kremlin") is no victim
    if (CAPITALS.has(n.name)) return;
    // an alliance named for its members is not itself hit: "cyberattacks on NATO nations", "all UN members"
    if (n.org?.kind === "intergovernmental" && MEMBERS_AFTER_RE.test(doc.text.slice(n.end, n.end + 30))) return;
    // reporters of incidents (vendors, researchers, news outlets, police) and names of technologies are not victims
    // (a news outlet named in a victim position was itself hit: "affected were Zellis, the BBC and ...")
    if (n.org?.kind !== "media" && !(hit && isKnownOrganization(n)) && isReporter(n)) return;
    if ([...victims.values()].some((v) => v.name.toLowerCase() === n.name.toLowerCase())) return;
    // one generic victim per noun: "American banks" and "banks" are the same; "Northsea" is "Northsea Port Authority"
    if (!n.org) {
      const lower = n.name.toLowerCase();
      if ([...victims.values()].some((v) => v.name.toLowerCase().startsWith(lower) && /^[\s,]/u.test(v.name.slice(lower.length)))) return;
      const same = [...victims.entries()].find(([, v]) => v.entityId === null && (v.name.toLowerCase().endsWith(` ${lower}`) || lower.endsWith(` ${v.name.toLowerCase()}`)));
      if (same && same[1].name.length >= n.name.length) return;
      if (same) victims.delete(same[0]);
    }
    const sector = sectorOf(n.name, n.org?.kind ?? null);
    const personal = n.person && !ORG_FOLLOWER_RE.test(doc.text.slice(n.end, n.end + 40));
    const business = !n.org && COMPANY_NOUN_RE.test(n.name);
    const kind = n.org?.kind ?? (personal ? "person" : sector && SECTOR_KINDS.has(sector) && !business ? (sector as Victim["kind"]) : "company");
    const country = n.country ?? countryInName(found, n);
    victims.set(key, { name: n.name, kind, country, sector, entityId: n.org?.id ?? null, evidence: spanOf(doc.text, n.start, n.end) });
    if (country) countries.add(country);
  };
  for (const s of sentences) {
    const { names, countries: cms } = namesIn(doc, found, s, triggers);
    for (const n of names) if (n.headline) add(n);
    const text = doc.text.slice(s.start, s.end);
    // a sentence without names may still hold a generic victim in a zone ("Ransomware hits hospitals"), if it has a
    // generic noun at all
    if (!names.length && !cms.length && !HAS_GENERIC_HEAD_RE.test(text)) continue;
    // zones after an opener
    ZONE_RE.lastIndex = 0;
    let stops: number[] | null = null;
    for (let m = ZONE_RE.exec(text); m; m = ZONE_RE.exec(text)) {
      const zs = s.start + m.index + m[0].length;
      // a zone ends at the first clause break at or after its start (found once per sentence: a sentence with many
      // openers would otherwise be searched to its end once for each)
      stops ??= zoneStops(text);
      const k = firstIndexAtOrAfter(stops, zs - s.start);
      const ze = k < stops.length ? s.start + stops[k]! : s.end;
      // (a name may begin with the "the" the opener took: "hackers breached The New York Times")
      const from = zs - (/the\s*$/iu.exec(m[0])?.[0].length ?? 0);
      for (const n of names) if (n.start >= from && n.end <= ze && !n.person) add(n);
      const zone = doc.text.slice(zs, ze);
      const g = GENERIC_RE.exec(zone);
      if (g) {
        const mods = g[1]!.trim().split(/\s+/).filter(Boolean);
        // a head noun that modifies a later one: "a county water utility", "city schools"
        const more = HEAD_AFTER_HEAD_RE.exec(zone.slice(g.index + g[0].length));
        if (more && !more[1]!.trim().split(/\s+/).some((w) => w && GENERIC_SKIP.has(w.toLowerCase()))) {
          mods.push(g[2]!, ...more[1]!.trim().split(/\s+/).filter(Boolean));
          g[0] += more[0];
          g[2] = more[2]!;
        }
        // "other agencies", "another utility" point past the named victims to a class of them; "major bank ČSOB" describes a name
        const other = mods.some((w) => /^(?:other|another|similar|such)$/iu.test(w));
        const described = /^\s+\p{Lu}/u.test(doc.text.slice(zs + g.index + g[0].length, ze));
        while (mods.length && (GENERIC_SKIP.has(mods[0]!.toLowerCase()) || /^\p{Ll}+ly$/u.test(mods[0]!))) mods.shift();
        if (!other && !described && mods.every((w) => !GENERIC_SKIP.has(w.toLowerCase()) && MODIFIER_RE.test(w)) && mods.length <= 2) {
          const name = [...mods, g[2]!].join(" ");
          const end = zs + g.index + g[0].length;
          const head = end - g[2]!.length;
          const start = mods.length ? doc.text.lastIndexOf(mods[0]!, head) : head;
          generic.push({ start, end, name, org: null, country: null });
        }
      }
      for (const c of cms) if (c.start >= zs && c.end <= ze) countries.add(c.code);
    }
    // names followed by a victim predicate (one that reports the incident is no victim's when a known reporter of
    // incidents says it: "The Register reports that the criminals ...")
    for (const n of names) {
      // skip names coordinated with this one: "British Airways and Cathay Pacific both admitting"
      const after = doc.text.slice(n.end, Math.min(s.end, n.end + 200)).replace(COORDINATED_RE, "");
      // skip an apposition: "Riverside Health, a hospital operator in Ohio, said"
      const appo = /^(?:,\s+(?:a|an|the|another|one|its|their|which|who)\s[^,.;]{2,80},|,?\s+in\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*,?)/u.exec(after);
      /** the predicate stands right after the name, or after its apposition */
      const followedBy = (re: RegExp) => re.test(after) || (appo !== null && re.test(after.slice(appo[0].length)));
      const re = n.person ? STRONG_AFTER_RE : AFTER_RE;
      // listed by a gang on its leak site: a victim, even a vendor that usually reports on incidents
      if (LEAK_AFTER_RE.test(after) && LISTED_BEFORE_RE.test(doc.text.slice(Math.max(s.start, n.start - 20), n.start))) { add(n, true); continue; }
      const strong = followedBy(STRONG_AFTER_RE);
      if (!strong && isReporter(n)) continue;
      // one who says who did it speaks of someone else's incident: "The Council said the GRU was responsible"
      // (a company that speaks of its own is its victim: "Microsoft said a group linked to Russia broke into its
      // executives' accounts"; a government's "its" is usually someone else's)
      if (!strong && REPORTING_LEAD_RE.test(after) && ATTRIBUTION_CUE_RE.test(after) && ((n.org !== null && STATE_KINDS.has(n.org.kind)) || !OWN_RE.test(after))) continue;
      if (followedBy(re)) add(n, followedBy(HIT_AFTER_RE));
    }
    for (const c of cms) {
      const after = doc.text.slice(c.end, Math.min(s.end, c.end + 140));
      // "..., who is now in Australia, has said": a comma closes a clause about someone else
      if (!/^\s*,/.test(after) && AFTER_RE.test(after)) countries.add(c.code);
      else if (c.anaphor && ANAPHOR_ATTACKS_RE.test(after)) countries.add(c.code);
    }
  }
  // a generic victim: with a modifier that narrows it ("U.S. businesses") always, a bare noun ("hospitals") only
  // where no victim is named
  const named = victims.size > 0;
  for (const n of generic) if (/\s/u.test(n.name) || (!named && !VAGUE_RE.test(n.name))) add(n);
  // ... but a generic subject of a victim predicate always: "an NYC hospital was forced to pay"
  for (const s of sentences) for (const n of genericSubjects(doc, s)) add(n);
  return { victims: [...victims.values()], countries: [...countries] };
}

/** Generic victim nouns with their modifiers that are the subject of a victim predicate. */
function genericSubjects(doc: AnalysedText, s: Sentence): Named[] {
  const text = doc.text.slice(s.start, s.end);
  const out: Named[] = [];
  GENERIC_HEAD_RE.lastIndex = 0;
  for (let m = GENERIC_HEAD_RE.exec(text); m; m = GENERIC_HEAD_RE.exec(text)) {
    // skip generic nouns coordinated with this one: "defence companies, logistics firms and IT providers were targeted"
    let after = text.slice(m.index + m[0].length, m.index + m[0].length + 200).replace(COORDINATED_GENERIC_RE, "");
    if (!STRONG_AFTER_RE.test(after)) {
      const scope = SCOPE_RE.exec(after);
      if (!scope) continue;
      after = after.slice(scope[0].length);
      if (!STRONG_AFTER_RE.test(after)) continue;
    }
    // up to two modifiers before the noun, back to a determiner or a clause break
    let start = m.index;
    let mods = 0;
    for (const w of text.slice(0, m.index).split(/(\s+)/u).reverse()) {
      if (/^\s+$/u.test(w) || w === "") { if (/\n/u.test(w)) break; continue; }
      if (mods === 2 || GENERIC_SKIP.has(w.toLowerCase()) || (STOP.has(w) && !/^\p{Lu}{2,}$/u.test(w)) || !MODIFIER_RE.test(w)) break;
      // a lower-case verb is no modifier: "the mayor advised city staff"
      if (/^\p{Ll}/u.test(w) && !w.includes("-") && /(?:ed|s)$/u.test(w) && !/(?:ss|us|ics|ous)$/u.test(w)) break;
      start = text.lastIndexOf(w, start - 1);
      mods++;
    }
    // a bare singular noun ("the company was hit") points back at a victim named before: not a new one
    if (!mods && (!/s$/iu.test(m[0]) || STAFF_HEAD_RE.test(m[0]))) continue;
    // ... and a bare vague noun ("companies were hit") names no one
    if (!mods && VAGUE_RE.test(m[0])) continue;
    const span = spanOf(doc.text, s.start + start, s.start + m.index + m[0].length);
    out.push({ start: span.start, end: span.end, name: span.text.replace(/\s+/gu, " "), org: null, country: null });
  }
  return out;
}

/** "the country", "the nation" as mentions of the country they point back at: the first one named by name before
 *  them in the sentence, or else in the sentence before. */
function countryAnaphors(doc: AnalysedText, found: Found, s: Sentence): CountryMention[] {
  const text = doc.text.slice(s.start, s.end);
  const out: CountryMention[] = [];
  ANAPHOR_RE.lastIndex = 0;
  for (let m = ANAPHOR_RE.exec(text); m; m = ANAPHOR_RE.exec(text)) {
    const at = s.start + m.index;
    const previous = doc.sentences[s.index - 1];
    const code = firstNamedCountry(doc, found, s.start, at) ?? (previous ? firstNamedCountry(doc, found, previous.start, previous.end) : null);
    if (code) out.push({ start: at, end: at + m[0].length, code, anaphor: true });
  }
  return out;
}

function firstNamedCountry(doc: AnalysedText, found: Found, from: number, to: number): string | null {
  let first: { start: number; code: string } | null = null;
  for (const c of found.countries) {
    for (const m of c.mentions) {
      if (m.start < from || m.end > to || (first && m.start >= first.start)) continue;
      if (COUNTRY_NAMES.get(c.code)?.has(doc.text.slice(m.start, m.end).replace(/^the\s+/iu, ""))) first = { start: m.start, code: c.code };
    }
  }
  return first?.code ?? null;
}

function countryInName(found: Found, n: Named): string | null {
  for (const c of found.countries) for (const m of c.mentions) if (m.start >= n.start && m.end <= n.end) return c.code;
  return null;
}

/** The victim a title-case headline names: its first name, or the longest run of that name's first words that
 *  is an organisation or recurs in the body ("Breach at DocuSign Led to ..." gives DocuSign), and not the words
 *  that report the incident ("Kmart Point of Sale Hacked" gives Kmart). */
function headlineName(doc: AnalysedText, found: Found, raw: string, start: number, org: Organization | null, triggers: readonly Span[], countries: readonly { start: number; end: number }[], bodyFrom: number): Named | null {
  const words = raw.split(/\s+/);
  // a possessive ends the name: "Sabre Corp.'s Hospitality Unit" names Sabre Corp.
  const owner = words.findIndex((w) => /['’]s?$/u.test(w));
  const longest = Math.min(owner >= 0 ? owner + 1 : words.length, 4);
  for (let n = longest; n >= 1; n--) {
    const part = words.slice(0, n).join(" ");
    if (/^(?:of|for|&|de|du|la|the)$/iu.test(words[n - 1]!)) continue;
    const end = start + part.length;
    const name = cleanName(part);
    if (name.length < 2 || STOP.has(name) || NOT_VICTIM.has(name.toLowerCase())) continue;
    if (triggers.some((t) => t.start < end && start < t.end)) continue;
    if (countries.some((c) => c.start < end && start < c.end)) continue;
    if (found.threatActors.some((a) => a.mentions.some((m) => m.start < end && start < m.end))) continue;
    const whole = org && n === words.length;
    if (!whole && !recursInBody(doc.text, name, bodyFrom)) continue;
    return { start, end: start + name.length, name, org: whole ? org : null, country: whole ? org!.country : null, headline: true };
  }
  return null;
}

/** Most longer words capitalised: a headline in title case. */
function titleCase(text: string): boolean {
  const ws = text.match(/\p{L}{4,}/gu) ?? [];
  return ws.length > 0 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.6;
}

const MAIN_KINDS = new Set(["company", "other"]);
const LAW_ENFORCEMENT_RE = new RegExp(`(?<![\\p{L}])(?:${LAW_ENFORCEMENT_WORDS.join("|")})(?![\\p{L}])`, "u");

/** Where no victim position names one: the organisation the incident's sentences speak of most (three mentions
 *  at least, one in a trigger sentence), which in incident reporting is the one that was hit. */
export function mainSubject(doc: AnalysedText, found: Found, sentences: readonly Sentence[]): Victim | null {
  let best: Organization | null = null;
  let bestN = 0;
  for (const o of found.organizations) {
    if (!MAIN_KINDS.has(o.kind) || NOT_VICTIM.has(o.name.toLowerCase()) || o.aliases.some((a) => NOT_VICTIM.has(a.toLowerCase()))) continue;
    if (found.threatActors.some((a) => a.name === o.name)) continue;
    // police and prosecutors report on incidents
    if ([o.name, ...o.aliases].some((n) => LAW_ENFORCEMENT_RE.test(n))) continue;
    const inTrigger = o.mentions.some((m) => sentences.some((s) => m.start >= s.start && m.end <= s.end));
    if (!inTrigger) continue;
    if (o.mentions.length > bestN) { best = o; bestN = o.mentions.length; }
  }
  if (!best || bestN < 2) return null;
  const first = best.mentions.find((m) => sentences.some((s) => m.start >= s.start && m.end <= s.end))!;
  const name = writtenName(doc, best);
  return { name, kind: best.kind, country: best.country, sector: sectorOf(name, best.kind), entityId: best.id, evidence: spanOf(doc.text, first.start, first.end) };
}

/** The name appears again after the headline, not at the start of a sentence. */
function recursInBody(text: string, name: string, from: number): boolean {
  for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text[i + name.length] ?? " ";
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (/^(?:[.!?]\s|\n|\s\n)$/u.test(before) || /\n$/.test(before) || i === 0) continue;
    if (/[\p{L}\p{N}]$/u.test(before)) continue;
    return true;
  }
  return false;
}
