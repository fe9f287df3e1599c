// Individuals who carried out an attack: "Canadian hacker Karim Baratov", "John Doe, a 22-year-old hacker",
// "the defendants, Jane Roe, 34, and John Doe, 27", "John Doe, 48, was arrested", "whistleblower John Doe".
// Only in a sentence about hacking, fraud or leaks, and only for a name of two to four capitalised words.
import type { AnalysedText } from "../../analyse/analyse.js";
import { Cues, matchAllFrom, matchAllNear } from "../../analyse/prefilter.js";
import { PERSON_ACTOR_ACTIVE_VERBS, PERSON_ACTOR_NOUNS, PERSON_ACTOR_PASSIVE_VERBS } from "../../data/actor-lexicon.js";
import { foldKey, type ActorCandidate } from "./candidate.js";
import { countryOfWord, isCyberParagraph } from "./context.js";
import { NOT_NAME } from "./patterns.js";
import { escapeRegExp as escape } from "../../analyse/lexicon.js";

const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

const B = "(?<![\\p{L}\\p{N}_])";
const E = "(?![\\p{L}\\p{N}_])";
const PERSON_REST = "\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:[ \\t\\u00a0]+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,3}";
const PERSON = `\\p{Lu}${PERSON_REST}`;
/**
 * ${B}${PERSON} as the start of a pattern: the same matches, but the capital letter is tested first (at once for an
 * ASCII character) and B only after one, where B first and \p{Lu} then cost at every position of the text.
 */
const B_PERSON = `(?:[A-Z]|(?=[^\\x00-\\x7f])\\p{Lu})(?<![\\p{L}\\p{N}_]\\p{Lu})${PERSON_REST}`;
const AGE = "(?:,[ \\t\\u00a0]*\\d{2},?)?";
const NOUNS = alt(PERSON_ACTOR_NOUNS);

/** "hacker John Doe", "the defendants, John Doe, 34, and Jane Roe, 27" */
const NOUN_THEN_NAME = new RegExp(
  `${B}(?:${NOUNS})[ \\t\\u00a0]*,?[ \\t\\u00a0]+(?:named[ \\t\\u00a0]+)?(?<a>${PERSON})${AGE}(?:[ \\t\\u00a0]+and[ \\t\\u00a0]+(?<b>${PERSON})${AGE})?`,
  "gu",
);
/** "John Doe, a 22-year-old Canadian hacker", "John Doe, the hacker" */
const NAME_THEN_NOUN = new RegExp(
  `(?<a>${B_PERSON}),[ \\t\\u00a0]+(?:a|an|the)[ \\t\\u00a0]+(?:\\d+-year-old[ \\t\\u00a0]+)?(?:\\p{Lu}\\p{Ll}+[ \\t\\u00a0]+)?(?:${NOUNS})${E}`,
  "gu",
);
/** "John Doe, 48, was arrested", "John Doe and Jane Roe are accused of" */
const PASSIVE_VERBS = alt(PERSON_ACTOR_PASSIVE_VERBS);
const ACTIVE_VERBS = alt(PERSON_ACTOR_ACTIVE_VERBS);
const NAME_THEN_VERB = new RegExp(
  `(?<a>${B_PERSON})${AGE}(?:[ \\t\\u00a0]+and[ \\t\\u00a0]+(?<b>${PERSON})${AGE})?[ \\t\\u00a0]+(?:(?:(?:is|are|was|were|has[ \\t\\u00a0]+been|have[ \\t\\u00a0]+been|had[ \\t\\u00a0]+been)[ \\t\\u00a0]+)?` +
    `(?:(?:allegedly|reportedly|also|later|since|now)[ \\t\\u00a0]+)?(?:${PASSIVE_VERBS})|` +
    `(?:(?:allegedly|reportedly|also|later|then)[ \\t\\u00a0]+)?(?:${ACTIVE_VERBS}))${E}`,
  "gu",
);

/** "a 29-year-old Latvian named John Doe", "former NSA contractor John Doe" */
const YEARS_OLD = "\\d+-year-old";
const DESCRIBED_NAME = new RegExp(
  `${B}(?:${YEARS_OLD}(?:[ \\t\\u00a0]+\\p{Lu}\\p{Ll}+)?(?:[ \\t\\u00a0]+(?:man|woman|national|citizen|resident))?[ \\t\\u00a0]+named|` +
    `former[ \\t\\u00a0]+(?:[\\p{Lu}][\\p{L}.]*[ \\t\\u00a0]+){1,4}(?:contractor|employee|insider|analyst))[ \\t\\u00a0]+(?<a>${PERSON})`,
  "gu",
);

const NOT_FIRST = new Set(["The", "A", "An", "This", "That", "Police", "Prosecutors", "Officials", "Investigators", "Mr", "Ms", "Mrs", "Dr"]);
/** Words that make a run of capitalised words an organisation or a headline, not a person. */
const NOT_PERSON_WORD = /^(?:Foundation|Company|Inc|Corp|Agency|Department|Hospital|University|Bank|Group|Collective|Council|City|County|Team|Gang|Hackers?|Thieves|Users|Data|Security|Cyber|Ransomware|Malware|Systems?|Services?|Health|News|Police)$/;

function personCandidate(text: string, start: number, name: string, kind: "criminal" | "unknown"): ActorCandidate | null {
  const words = name.split(/\s+/);
  if (NOT_FIRST.has(words[0]!) || words.some((w) => countryOfWord(w) || NOT_NAME.has(w) || NOT_PERSON_WORD.test(w))) return null;
  return {
    key: `person:${foldKey(name)}`,
    name: name.replace(/\s+/g, " "),
    start,
    end: start + name.length,
    text: name,
    kind,
    sponsorCountry: null,
    sponsorOrganization: null,
    knownAliases: [],
    known: false,
    person: true,
  };
}

/**
 * Cheap prefilters (see Cues): the sentences without an actor noun or verb have no match of the patterns that
 * need one. NOUN_THEN_NAME starts with a noun; NAME_THEN_NOUN and NAME_THEN_VERB stay within a sentence (no full
 * stop, no line break) that holds a noun or a verb; DESCRIBED_NAME starts with an age or "former". Each cue stands
 * after white space or B in those patterns: at a word boundary.
 */
const CUES = new Cues({ noun: NOUNS, verb: `${PASSIVE_VERBS}|${ACTIVE_VERBS}`, described: `${YEARS_OLD}|former` });
const FINDERS: ((text: string) => Iterable<RegExpMatchArray>)[] = [
  (text) => matchAllFrom(text, CUES.placesOf(text, "noun"), NOUN_THEN_NAME),
  (text) => matchAllNear(text, CUES.placesOf(text, "noun"), NAME_THEN_NOUN),
  (text) => matchAllNear(text, CUES.placesOf(text, "verb"), NAME_THEN_VERB),
  (text) => matchAllFrom(text, CUES.placesOf(text, "described"), DESCRIBED_NAME),
];

export function findPersonActors(doc: AnalysedText): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const text = doc.text;
  for (const find of FINDERS) {
    for (const m of find(text)) {
      if (!isCyberParagraph(doc, m.index!)) continue;
      const kind = /whist|leaker/i.test(m[0]) ? "unknown" : "criminal";
      for (const g of ["a", "b"] as const) {
        const name = m.groups![g];
        if (!name) continue;
        const start = m.index! + m[0].indexOf(name, g === "b" ? m[0].indexOf(m.groups!.a!) + m.groups!.a!.length : 0);
        const c = personCandidate(text, start, name, kind);
        if (c) out.push(c);
      }
    }
  }
  return out;
}
