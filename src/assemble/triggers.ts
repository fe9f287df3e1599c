// Trigger finding: which incident types each sentence reports, and whether the sentence is background,
// hypothetical or a denial. Lexicons are data (src/data/incident-*.ts); this is the code that applies them.
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { Gazetteer } from "../analyse/gazetteer.js";
import { lexiconRegex, patternIndex } from "../analyse/lexicon.js";
import { spanOf } from "../analyse/span.js";
import { BACKGROUND_CUES, DEMAND_CUES, DENIAL_CUES, DENIER_SPEECH_CUES, GENERIC_CUES, HYPOTHETICAL_CUES, MODAL_BEFORE_CUES, SET_ASIDE_CUES, THREAT_WORDS } from "../data/incident-context.js";
import { INCIDENT_TRIGGERS } from "../data/incident-triggers.js";
import { MALWARE_FAMILIES } from "../data/malware.js";
import type { IncidentType, Span } from "../record/schema.js";

export interface TriggerHit {
  type: IncidentType;
  strong: boolean;
  span: Span;
  sentence: Sentence;
}

const words = (xs: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${xs.join("|")})(?![\\p{L}\\p{N}_])`, "iu");

/** One regex per trigger, in data order; the group index tells which trigger matched. */
const TRIGGER_RE = lexiconRegex(INCIDENT_TRIGGERS.map((t) => t.pattern));
const BACKGROUND_RE = words(BACKGROUND_CUES);
const HYPOTHETICAL_RE = words(HYPOTHETICAL_CUES);
const DENIAL_RE = words(DENIAL_CUES);
/** One of the cues up to three words before where the text given ends (a trigger). */
const cuesBefore = (xs: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${xs.join("|")})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, "iu");
/** A modal cue up to three words before a trigger. */
const MODAL_BEFORE_RE = cuesBefore(MODAL_BEFORE_CUES);
/** How threats usually work, said before a trigger. */
const GENERIC_RE = words(GENERIC_CUES);
/** An alternative set aside up to three words before a trigger. */
const SET_ASIDE_BEFORE_RE = cuesBefore(SET_ASIDE_CUES);
/** A demand to stop up to three words before a trigger: "must end its systematic cyber sabotage". */
const DEMAND_BEFORE_RE = cuesBefore(DEMAND_CUES);
/** The denier's own account after a denial cue: "denied the claims, saying ...", "rejected the accusations as ...". */
const DENIER_SPEECH_RE = words(DENIER_SPEECH_CUES);
/** A list of threats going on before a trigger: "keyloggers or ransomware", "such as phishing"; not "and then"
 *  (a sequence of steps: "hosts a page and then convinces users to visit it"). */
const LIST_BEFORE_RE = /(?:\bor|\band|\bsuch as|\blike|\bincluding)\s+(?!then\b)(?:[\p{L}-]+\s+)?$/iu;
/** A list of threats going on after a trigger: "ransomware or a trojan", "Malware, Ransomware, Vulnerability". */
const LIST_AFTER_RE = new RegExp(`^\\s*(?:,|or\\b|and\\b)\\s*(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:${THREAT_WORDS.join("|")})(?![\\p{L}])`, "iu");
/** "a hack and ransom demand": a noun of an event after the trigger, not a list of threats. */
const EVENT_AFTER_RE = /^\s+(?:demands?|notes?|payments?|attacks?|infections?|outbreak)\b/iu;
/** Types a list of threats names in passing. */
const LIST_TYPES = new Set<IncidentType>(["ransomware", "phishing", "malware"]);
/** Types whose triggers a modal context voids. */
const MODAL_TYPES = new Set<IncidentType>(["data-breach", "ransomware"]);

export const MALWARE_GAZETTEER = new Gazetteer(MALWARE_FAMILIES.map((m) => ({ names: m.names, value: m.type })));

export function isBackground(s: string): boolean {
  return BACKGROUND_RE.test(s);
}
export function isHypothetical(s: string): boolean {
  return HYPOTHETICAL_RE.test(s);
}
export function isDenial(s: string): boolean {
  return DENIAL_RE.test(s);
}
/** Where the denier's own words start in a sentence ("China denied the claims, saying Volt Typhoon was a ransomware
 *  group": at "saying"), or -1 where the sentence denies nothing or says nothing in its own words. */
export function denierWordsAt(s: string): number {
  const denial = DENIAL_RE.exec(s);
  if (!denial) return -1;
  const from = denial.index + denial[0].length;
  const speech = DENIER_SPEECH_RE.exec(s.slice(from));
  return speech ? from + speech.index : -1;
}

/** Every trigger in every sentence, in text order; overlapping triggers of different types are all kept. */
export function findTriggers(doc: AnalysedText): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const sentence of doc.sentences) {
    const s = doc.text.slice(sentence.start, sentence.end);
    // (where the denier's words start: looked for only once the sentence has a trigger)
    let denier: number | undefined;
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(s); m; m = TRIGGER_RE.exec(s)) {
      let trig = INCIDENT_TRIGGERS[patternIndex(m)];
      if (!trig) continue;
      // a weak trigger gives way to a strong one of its type that starts inside it ("opened a spam message": the
      // weak "opened a spam message" would otherwise take the strong "spam message" out of the text)
      if (!trig.strong) {
        const end = TRIGGER_RE.lastIndex;
        TRIGGER_RE.lastIndex = m.index + 1;
        const inner = TRIGGER_RE.exec(s);
        const innerTrig = inner ? INCIDENT_TRIGGERS[patternIndex(inner)] : undefined;
        if (inner && innerTrig && inner.index < end && innerTrig.strong && innerTrig.type === trig.type) {
          m = inner;
          trig = innerTrig;
        } else TRIGGER_RE.lastIndex = end;
      }
      // (a denier's account of the incident is not the report's: "saying Volt Typhoon was a ransomware group")
      denier ??= denierWordsAt(s);
      if (denier >= 0 && m.index >= denier) {
        if (m[0].length === 0) TRIGGER_RE.lastIndex++;
        continue;
      }
      const start = sentence.start + m.index;
      const before = doc.text.slice(Math.max(sentence.start, start - 40), start);
      if (MODAL_TYPES.has(trig.type) && MODAL_BEFORE_RE.test(before)) continue;
      if (SET_ASIDE_BEFORE_RE.test(before) || DEMAND_BEFORE_RE.test(before)) continue;
      // a type named in a list of threats ("keyloggers or ransomware", "such as phishing") is said in passing
      // and so is one in a sentence about how threats usually work ("ransomware is usually delivered by spam email")
      const after = doc.text.slice(start + m[0].length, Math.min(sentence.end, start + m[0].length + 40));
      const listed = (LIST_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, start - 30), start)) && !EVENT_AFTER_RE.test(after)) || LIST_AFTER_RE.test(after);
      const strong = trig.strong && !(LIST_TYPES.has(trig.type) && (listed || GENERIC_RE.test(doc.text.slice(sentence.start, start))));
      hits.push({ type: trig.type, strong, span: spanOf(doc.text, start, start + m[0].length), sentence });
      if (m[0].length === 0) TRIGGER_RE.lastIndex++;
    }
    for (const mw of MALWARE_GAZETTEER.find(s)) {
      const start = sentence.start + mw.start;
      hits.push({ type: mw.value, strong: true, span: spanOf(doc.text, start, start + mw.text.length), sentence });
    }
  }
  return hits;
}
