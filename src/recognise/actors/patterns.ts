// Actors the gazetteer lacks, found by pattern. Each parser is a pattern and an extraction, in the manner of
// chrono-node: tracking codes (APT99, UNC1234, FIN11, Storm-0123), vendor schemes ("Ember Typhoon"), names
// introduced by a phrase ("a group called X", "hackers known as X"), "the hacking group X", "X hacking group",
// and crews named after their malware ("SamSam operators", "the Locky crew").
import type { AnalysedText } from "../../analyse/analyse.js";
import { Cues, matchAllFrom, matchAllNear, placesOf } from "../../analyse/prefilter.js";
import {
  CREW_NOUNS, GROUP_NOUNS, GROUP_QUALIFIERS, MALWARE_NOUNS, NOT_ACTOR_NAMES, NOT_SCHEME_WORDS, VENDOR_SCHEMES,
} from "../../data/actor-lexicon.js";
import type { ActorKind } from "../../record/schema.js";
import { foldKey, type ActorCandidate } from "./candidate.js";
import { COUNTRY_WORD_SOURCE, countryOfWord, isCyberSentence, sentenceSpan } from "./context.js";
import { candidateOf, knownActorByName } from "./known.js";
import { escapeRegExp as escape } from "../../analyse/lexicon.js";

const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
/** A word list in lower case and Title Case, for headlines: "hacking group" and "Hacking Group". */
const altTitle = (list: readonly string[]) => alt([...new Set(list.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))]);

const B = "(?<![\\p{L}\\p{N}_$])";
const E = "(?![\\p{L}\\p{N}_$])";
/**
 * ${B}\p{Lu} as the start of a pattern: the same matches, but the capital letter is tested first (at once for an
 * ASCII character) and B only after one, where B first and \p{Lu} then cost at every position of the text.
 */
const B_CAPITAL = "(?:[A-Z]|(?=[^\\x00-\\x7f])\\p{Lu})(?<![\\p{L}\\p{N}_$]\\p{Lu})";
/** One word of a name: capitalised or starting with a digit (8Base), with inner digits and $ (Lapsus$, Cipher0007). */
const TOKEN = "(?:\\p{Lu}|\\d+\\p{L})[\\p{L}\\p{N}$&_]*(?:[.\\-](?:\\p{L}|\\d)[\\p{L}\\p{N}$&_]*)*(?:\\(\\d+\\))?";
/** A name: up to five such words, "of" allowed inside (Cyber Army of Russia). */
const NAME = `${TOKEN}(?:[ \\t\\u00a0]+(?:of[ \\t\\u00a0]+)?(?:${TOKEN}|\\d+(?![\\p{L}\\d,.]))){0,4}`;
const QUOTED = "[\u201c\"\u2018'](?<quoted>[^\u201d\"\u2019'\\n]{2,40}?)[\u201d\"\u2019']";

/** Ordinary words that, capitalised in a headline, look like a name. */
const TITLE_WORDS = new Set([
  "claims", "responsibility", "made", "over", "uses", "docs", "hits", "targets", "attack", "attacks", "says", "new", "data",
  "breach", "leaks", "leak", "steals", "stole", "hacks", "hacked", "behind", "linked", "warns", "exposes", "report", "group",
  "gang", "team", "hackers", "hacker", "ransomware", "malware", "threat", "security", "cyber", "collective", "intelligence",
  "advanced", "persistent", "children", "foundation", "smart", "microphones", "after", "with", "from", "into", "about",
]);

export const NOT_NAME = new Set([
  ...NOT_ACTOR_NAMES,
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December", "Earlier", "Later", "Last", "Today", "Yesterday",
]);

const LEADING_DROP = new Set(["The", "the", "A", "An", "of"]);
const TRAILING_DROP = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December", "of", "The", "In", "On", "At", "By", "And", "But",
]);
const NOT_NAME_PIECE = /^(?:CVE-|\p{Lu}\p{Ll}+-(?:linked|backed|sponsored|based|aligned|controlled|nexus)$)/u;

/** Drops leading articles and demonyms ("the Iranian OilRig"), a trailing date word or possessive; null for no name. */
export function cleanName(text: string, start: number): { start: number; end: number } | null {
  const re = /[^\s]+/g;
  const tokens: { s: number; e: number; w: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
  while (tokens.length && (LEADING_DROP.has(tokens[0]!.w) || countryOfWord(tokens[0]!.w))) tokens.shift();
  while (tokens.length && TRAILING_DROP.has(tokens.at(-1)!.w)) tokens.pop();
  if (!tokens.length || NOT_NAME.has(tokens[0]!.w) || tokens.some((t) => NOT_NAME_PIECE.test(t.w))) return null;
  // a headline's run of capitalised words is not a name: "Hacking Group Claims Responsibility"
  if (tokens.length >= 2 && tokens.every((t) => TITLE_WORDS.has(t.w.toLowerCase()))) return null;
  const s = start + tokens[0]!.s;
  let e = start + tokens.at(-1)!.e;
  const poss = /['\u2019]s?$/.exec(text.slice(tokens[0]!.s, tokens.at(-1)!.e));
  if (poss) e -= poss[0].length;
  if (e <= s) return null;
  return { start: s, end: e };
}

function patternCandidate(text: string, start: number, end: number, kind: ActorKind, country: string | null = null, key?: string): ActorCandidate {
  const name = text.slice(start, end).replace(/\s+/g, " ");
  const known = knownActorByName(name);
  if (known) return candidateOf(known, start, end, text.slice(start, end));
  return {
    key: key ?? foldKey(name),
    name,
    start,
    end,
    text: text.slice(start, end),
    kind,
    sponsorCountry: country,
    sponsorOrganization: null,
    knownAliases: [],
    known: false,
  };
}

// ---------------------------------------------------------------- tracking codes
const CODE_RE = new RegExp(
  `${B}(?:APT[ -]?\\d{1,3}|APT-C-\\d{2}|UNC\\d{3,5}|TA\\d{3,4}|FIN\\d{1,2}|DEV-\\d{4}|Storm-\\d{4}|TEMP\\.\\p{Lu}\\p{Ll}+|UAC-\\d{4}|TAG-\\d{1,3})${E}`,
  "gu",
);

function findCodes(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const m of doc.text.matchAll(CODE_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const normal = m[0].replace(/^APT[ -](\d+)$/, "APT$1");
    const known = knownActorByName(m[0]) ?? knownActorByName(normal);
    if (known) {
      out.push(candidateOf(known, start, end, m[0]));
      continue;
    }
    const kind: ActorKind = normal.startsWith("FIN") ? "criminal" : "unknown";
    out.push(patternCandidate(doc.text, start, end, kind, null, foldKey(normal)));
  }
  return out;
}

// ---------------------------------------------------------------- vendor schemes
const SCHEME_BY_SUFFIX = new Map(VENDOR_SCHEMES.map((s) => [s.suffix, s]));
const NOT_SCHEME = new Set(NOT_SCHEME_WORDS);
const SCHEME_SUFFIXES = alt(VENDOR_SCHEMES.map((s) => s.suffix));
const SCHEME_RE = new RegExp(`(${B_CAPITAL}\\p{Ll}+)[ \\t\\u00a0]+(${SCHEME_SUFFIXES})${E}`, "gu");

function findSchemes(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const m of matchAllNear(doc.text, CUES.placesOf(doc.text, "schemeSuffix"), SCHEME_RE)) {
    const first = m[1]!;
    if (NOT_SCHEME.has(first) || NOT_NAME.has(first) || countryOfWord(first)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // "Red Panda Express", "Typhoon Haiyan": a longer proper name is something else
    if (/^[ \t]+\p{Lu}/u.test(doc.text.slice(end, end + 3))) continue;
    if (/\p{Lu}\p{Ll}*[ \t]+$/u.test(doc.text.slice(Math.max(0, start - 20), start))) continue;
    if (!isCyberSentence(doc, start, end)) continue;
    const scheme = SCHEME_BY_SUFFIX.get(m[2]!)!;
    out.push(patternCandidate(doc.text, start, end, scheme.kind, scheme.country));
  }
  return out;
}

// ---------------------------------------------------------------- "a group called X", "hackers known as X"
const HOLDER =
  "(?:group|gang|hackers?|hacktivists?|actors?|collective|crew|outfit|consortium|persona|vendor|seller|cybercriminals?|criminals?|" +
  "attackers?|team|individual|blackmailers?|extortionists?|scammers?|adversary|APT|syndicate|cartel|entity)";
const HOLDER_BEFORE = new RegExp(
  `${B}${HOLDER}(?:[ \\t\\u00a0]+of[ \\t\\u00a0]+(?:hackers|cybercriminals|attackers|criminals))?[ \\t\\u00a0]*[,\u2013\u2014-]?[ \\t\\u00a0]*` +
    `(?:(?:who|that|which|is|are|was|were|has|have|been|being|also|now|only|publicly|widely|previously|currently|simply|` +
    `sometimes|otherwise|reportedly|allegedly|is|who's|[\u2013\u2014-])[ \\t\\u00a0]*,?[ \\t\\u00a0]*){0,4}$`,
  "iu",
);
/** The phrases that introduce a name: "called", "known as", "going by the handle". */
const INTRO_PHRASE =
  `call(?:s|ed|ing)?[ \\t\\u00a0]+(?:itself|themselves|himself|herself)|called|known(?:[ \\t\\u00a0]+only)?[ \\t\\u00a0]+as|dubbed|nicknamed|` +
  `self-styled|self-proclaimed|named|tracked[ \\t\\u00a0]+as|referred[ \\t\\u00a0]+to[ \\t\\u00a0]+as|(?:going|goes|go|operating|operates|posting|posts|` +
  `working|works)[ \\t\\u00a0]+(?:by|under)(?:[ \\t\\u00a0]+the)?(?:[ \\t\\u00a0]+(?:name|handle|nickname|moniker|alias|pseudonym|username|persona))?` +
  `(?:[ \\t\\u00a0]+of)?`;
const INTRO_RE = new RegExp(`${B}(?:${INTRO_PHRASE})[ \\t\\u00a0]+(?:the[ \\t\\u00a0]+)?(?:${QUOTED}|(?<bare>${NAME}))`, "gu");

/** Phrases that introduce a name on their own: "the so-called “X”", "using the fake name of X". */
const FALSE_NAME = "fake|false|assumed|made-up";
const SELF_INTRO_RE = new RegExp(
  `${B}(?:so-called[ \\t\\u00a0]+(?:${QUOTED})|(?:${FALSE_NAME})[ \\t\\u00a0]+(?:name|identity|persona|alias)(?:[ \\t\\u00a0]+of)?[ \\t\\u00a0]+` +
    `(?:${QUOTED.replace("quoted", "quoted2")}|(?<bare>${NAME})))`,
  "gu",
);
/** Names that say they are a gang: "the Turkish Crime Gang", "Lizard Squad". */
const GANG_WORDS = "Gang|Crew|Squad|Syndicate|Cartel|Collective";
const GANG_NAME_RE = new RegExp(`${B}(?<bare>(?:${TOKEN}[ \\t\\u00a0]+){1,3}(?:${GANG_WORDS}))${E}`, "gu");

/** "the research group called X", "a security team known as X": defenders, not attackers. */
const RESEARCHERS_BEFORE = /(?:research|researchers|security|anti-malware|antivirus|response|analysts?|intelligence)[ \t\u00a0]+(?:group|team|collective|unit)[ \t\u00a0]*,?[ \t\u00a0]*$/iu;

function findIntroduced(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const text = doc.text;
  for (const m of matchAllFrom(text, CUES.placesOf(text, "selfIntro"), SELF_INTRO_RE)) {
    const quoted = m.groups!.quoted ?? m.groups!.quoted2;
    const raw = quoted ?? m.groups!.bare!;
    const rawStart = m.index! + m[0].length - raw.length - (quoted ? 1 : 0);
    const span = cleanName(raw, rawStart);
    if (span && /^\p{Lu}|^\d/u.test(text.slice(span.start, span.end))) out.push(patternCandidate(text, span.start, span.end, "unknown"));
  }
  for (const m of matchAllNear(text, CUES.placesOf(text, "gangWord"), GANG_NAME_RE)) {
    const span = cleanName(m.groups!.bare!, m.index!);
    if (!span || !/\s/.test(text.slice(span.start, span.end)) || !isCyberSentence(doc, span.start, span.end)) continue;
    out.push(patternCandidate(text, span.start, span.end, "criminal"));
  }
  for (const m of matchAllFrom(text, CUES.placesOf(text, "intro"), INTRO_RE)) {
    const sentence = sentenceSpan(doc, m.index!, m.index! + 1);
    const before = text.slice(Math.max(sentence.start, m.index! - 100), m.index!);
    if (!HOLDER_BEFORE.test(before) || RESEARCHERS_BEFORE.test(before)) continue;
    const raw = m.groups!.quoted ?? m.groups!.bare!;
    const rawStart = m.index! + m[0].length - raw.length - (m.groups!.quoted ? 1 : 0);
    const span = cleanName(raw, rawStart);
    if (!span) continue;
    out.push(patternCandidate(text, span.start, span.end, "unknown"));
  }
  return out;
}

// ---------------------------------------------------------------- "the hacking group X", "X hacking group"
const QUALIFIED_GROUP = `(?:${altTitle(GROUP_QUALIFIERS)})(?:[ \\t\\u00a0]+(?:${altTitle(["hacking", "hacker", "ransomware", "cyber", "espionage"])}))?[ \\t\\u00a0-]+(?:${altTitle(GROUP_NOUNS)})`;
const QUALIFIED_GROUP_LOWER = `(?:${alt(GROUP_QUALIFIERS)})(?:[ \\t\\u00a0]+(?:hacking|hacker|ransomware|cyber|espionage))?[ \\t\\u00a0-]+(?:${alt(GROUP_NOUNS)})`;
const GROUP_THEN_NAME = new RegExp(`${B}${QUALIFIED_GROUP_LOWER}[ \\t\\u00a0]*,?[ \\t\\u00a0]+(?:the[ \\t\\u00a0]+)?(?:${QUOTED}|(?<bare>${NAME}))`, "gu");
const NAME_THEN_GROUP = new RegExp(`${B}(?<bare>${NAME})[ \\t\\u00a0]+(?<q>${QUALIFIED_GROUP})${E}`, "gu");

function kindOfQualifier(q: string): ActorKind {
  const l = q.toLowerCase();
  if (l.includes("hacktivist")) return "hacktivist";
  if (/ransomware|cybercrim|criminal|extortion/.test(l)) return "criminal";
  if (/state|nation/.test(l)) return "state-affiliated";
  return "unknown";
}

function findQualifiedGroups(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const text = doc.text;
  for (const m of matchAllFrom(text, CUES.placesOf(text, "qualifiedGroup"), GROUP_THEN_NAME)) {
    const raw = m.groups!.quoted ?? m.groups!.bare!;
    const rawStart = m.index! + m[0].length - raw.length - (m.groups!.quoted ? 1 : 0);
    const span = cleanName(raw, rawStart);
    if (span) out.push(patternCandidate(text, span.start, span.end, kindOfQualifier(m[0])));
  }
  for (const m of matchAllNear(text, CUES.placesOf(text, "qualifiedGroup"), NAME_THEN_GROUP)) {
    const raw = m.groups!.bare!;
    const span = cleanName(raw, m.index!);
    if (span) out.push(patternCandidate(text, span.start, span.end, kindOfQualifier(m.groups!.q!)));
  }
  return out;
}

// ---------------------------------------------------------------- "SamSam operators", "the Locky crew"
const MALWARE_ALT = altTitle(MALWARE_NOUNS);
const CREW_ALT = altTitle(CREW_NOUNS);
const CREW_RE = new RegExp(
  `(?<x>${B_CAPITAL}[\\p{L}\\p{N}]+)(?<mw>[ \\t\\u00a0]+(?:${MALWARE_ALT}))?[ \\t\\u00a0]+(?:${CREW_ALT})${E}`,
  "gu",
);

/** "X ransomware": a malware noun right after a name (sticky: tried where the name ends). */
const MALWARE_AFTER = new RegExp(`[ \\t\\u00a0]+(?:${MALWARE_ALT})${E}`, "uy");
/** "a ransomware dubbed X": a malware noun introducing a name. */
const MALWARE_INTRO = `(?:${MALWARE_ALT})[^.]{0,30}?(?:dubbed|called|named|known[ \\t\\u00a0]+as)[ \\t\\u00a0]+`;
/** The start of such an introduction: a text without one introduces no malware name (a prefilter)... */
const MALWARE_INTRO_RE = new RegExp(MALWARE_INTRO, "gu");
/** ...itself tried only where a malware noun stands (anywhere, even inside a word: MALWARE_INTRO has no B). */
const MALWARE_NOUN_RE = new RegExp(MALWARE_ALT, "g");
/** A letter, digit, "_" or "$" ending a string: what B forbids before a name. */
const WORD_END = /[\p{L}\p{N}_$]$/u;

/** Does the text write x, as a word of its own, followed by a malware noun? */
function precedesMalwareNoun(text: string, x: string): boolean {
  for (let i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
    if (WORD_END.test(text.slice(Math.max(0, i - 2), i))) continue;
    MALWARE_AFTER.lastIndex = i + x.length;
    if (MALWARE_AFTER.test(text)) return true;
  }
  return false;
}

function findCrews(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const text = doc.text;
  const isMalware = new Map<string, boolean>();
  let introducesMalware: boolean | undefined;
  for (const m of matchAllNear(text, CUES.placesOf(text, "crewNoun"), CREW_RE)) {
    const x = m.groups!.x!;
    if (NOT_NAME.has(x) || countryOfWord(x)) continue;
    if (!m.groups!.mw) {
      if (!isMalware.has(x)) {
        introducesMalware ??= matchAllFrom(text, placesOf(text, MALWARE_NOUN_RE), MALWARE_INTRO_RE).length > 0;
        isMalware.set(
          x,
          precedesMalwareNoun(text, x) ||
            (introducesMalware && new RegExp(`${B}${MALWARE_INTRO}[“"]?(?:\\p{L}+\\.)?${escape(x)}${E}`, "u").test(text)),
        );
      }
      if (!isMalware.get(x)) continue;
    }
    const start = m.index!;
    const end = start + m[0].length;
    const known = knownActorByName(x);
    if (known) {
      out.push(candidateOf(known, start, start + x.length, x));
      continue;
    }
    out.push(patternCandidate(text, start, end, "criminal", null, `${foldKey(x)} crew`));
  }
  return out;
}

// ---------------------------------------------------------------- "Kremlin-backed hackers"
/** An actor the text describes but does not name: kept only where no named actor stands in the same sentence. */
const BACKING = "backed|sponsored|linked|affiliated|controlled|directed";
const DESCRIBED_RE = new RegExp(
  `${B}(?<c>${COUNTRY_WORD_SOURCE})-(?:${BACKING})[ \\t\\u00a0]+` +
    `(?:(?:hacking|hacker|cyber|threat|espionage)[ \\t\\u00a0]+)?(?:hackers|group|gang|actors|unit)${E}`,
  "gu",
);

/** The sentences without "-backed" (or another such word) describe no actor this way (a prefilter for DESCRIBED_RE). */
const BACKING_RE = new RegExp(`-(?:${BACKING})`, "g");

export function findDescribedActors(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const m of matchAllNear(doc.text, placesOf(doc.text, BACKING_RE), DESCRIBED_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const c = patternCandidate(doc.text, start, end, "state-affiliated", countryOfWord(m.groups!.c!));
    out.push({ ...c, key: `described:${foldKey(m[0])}` });
  }
  return out;
}

/**
 * The cues the costly patterns above need, searched for in one scan (see Cues): the stretches of text between full
 * stops without a scheme suffix, a gang word, a qualified group or a crew noun hold no match of SCHEME_RE,
 * GANG_NAME_RE, NAME_THEN_GROUP or CREW_RE (matchAllNear), and INTRO_RE, SELF_INTRO_RE and GROUP_THEN_NAME are
 * tried only where their opening words stand (matchAllFrom; QUALIFIED_GROUP matches whatever QUALIFIED_GROUP_LOWER
 * does). Each cue stands after white space or B where those patterns have it: at a word boundary.
 */
const CUES = new Cues({
  schemeSuffix: SCHEME_SUFFIXES,
  gangWord: GANG_WORDS,
  qualifiedGroup: QUALIFIED_GROUP,
  crewNoun: CREW_ALT,
  intro: INTRO_PHRASE,
  selfIntro: `so-called|${FALSE_NAME}`,
});

/** Every pattern parser, in order of trust: where two overlap, the earlier wins. */
export function findPatternActors(doc: AnalysedText): ActorCandidate[] {
  return [...findCodes(doc), ...findSchemes(doc), ...findIntroduced(doc), ...findQualifiedGroups(doc), ...findCrews(doc)];
}
