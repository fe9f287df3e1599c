// Direct quotations and who said them.
//
// 1. marks (quotes/marks.ts): pair quotation marks into quotations, paragraph by paragraph.
// 2. attributions (quotes/attribution.ts): the reporting verb and subject around each quotation.
// 3. speakers (quotes/resolve.ts): subject phrases to speakers and entities; pronouns and "the statement" by rule.
//    To resolve those, the resolver first notes, in text order, every subject of a sentence and of a reporting verb.
// A quotation of one or two words with no speaker is a scare quote ("the so-called “hacktivists”") and is dropped.
// A quotation broken by an attribution (“A,” she said, “B.”) is two quotations with the same speaker.
// A quotation that is a sentence of its own right after an attributed one in the same paragraph (“A,” X said. “B.”)
// continues that speaker; any other quotation without an attribution has no speaker.
import { sentenceAt, type AnalysedText } from "../analyse/analyse.js";
import type { Organization, Person, Quote, ThreatActor } from "../record/schema.js";
import { attributionInClause, attributionOf, nextVerb } from "./quotes/attribution.js";
import { findQuotations, type Quotation } from "./quotes/marks.js";
import { clauseSubject } from "./quotes/phrases.js";
import { SpeakerResolver, type Speaker } from "./quotes/resolve.js";

const STATEMENT_NEAR = /^[^.!?]{0,40}?\b(?:in|via|through|issued|released|published|put out)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|announcement|communiqu[eé]|declaration|post|advisory|notice|letter)\b/u;
const ISSUED_STATEMENT = /\b(?:issued|released|published|put out)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|announcement|communiqu[eé]|declaration)\b/gu;
const MIN_WORDS_UNATTRIBUTED = 3;

export function recogniseQuotes(doc: AnalysedText, people: Person[], organizations: Organization[], actors: ThreatActor[]): Quote[] {
  const { text } = doc;
  const quotations = findQuotations(doc);
  const inside = insideTest(quotations);
  const resolver = new SpeakerResolver(doc, people, organizations, actors);
  noteSubjects(doc, resolver, inside);

  const out: Quote[] = [];
  let last: Speaker | null = null;
  quotations.forEach((q, k) => {
    const para = doc.paragraphs[paragraphIndex(doc, q.close)]!;
    const nextOpen = quotations[k + 1]?.open ?? text.length;
    const attribution = attributionOf(doc, q, para.end, nextOpen, inside);
    let speaker = attribution ? resolver.resolve(attribution.subject, attribution.subject?.start ?? attribution.at) : null;
    if (!attribution && k > 0) speaker = continuedSpeaker(doc, quotations[k - 1]!, q, last);
    const body = text.slice(q.start, q.end);
    const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (!words || (words < MIN_WORDS_UNATTRIBUTED && !speaker)) return;
    if (speaker) resolver.note(q.open, speaker, false);
    last = speaker;
    out.push({
      id: `Q${out.length + 1}`,
      text: body,
      speaker: speaker ? { name: speaker.name, entityId: speaker.entityId, role: speaker.role } : null,
      verb: attribution?.verb ?? null,
      start: q.start,
      end: q.end,
    });
  });
  return out;
}

/**
 * A quotation with no attribution of its own that opens the sentence right after an attributed quotation of the same
 * paragraph continues that speaker: “A,” Marchetti said. “B.” (B is Marchetti's too).
 */
function continuedSpeaker(doc: AnalysedText, prev: Quotation, q: Quotation, prevSpeaker: Speaker | null): Speaker | null {
  if (!prevSpeaker || prev.paragraph !== q.paragraph && paragraphIndex(doc, q.open) !== paragraphIndex(doc, prev.close)) return null;
  const s = sentenceAt(doc, q.open);
  const p = sentenceAt(doc, prev.close);
  if (!s || !p || s.start !== q.open || s.index !== p.index + 1) return null;
  return prevSpeaker;
}

/** Notes every sentence subject and every subject of a reporting verb, in text order, for pronouns and "the statement". */
function noteSubjects(doc: AnalysedText, resolver: SpeakerResolver, inside: (pos: number) => boolean): void {
  const { text } = doc;
  const notes: { at: number; run: () => void }[] = [];
  for (const s of doc.sentences) {
    if (inside(s.start)) continue;
    const subject = clauseSubject(text, s.start, s.end);
    if (subject?.kind === "name") {
      const statement = STATEMENT_NEAR.test(text.slice(subject.end, s.end));
      // a lone capitalised word opening a sentence ("Forensic experts found") is too weak to be an antecedent
      notes.push({ at: subject.start, run: () => { const sp = resolver.resolve(subject, subject.start); if (sp && strongSubject(sp)) resolver.note(subject.start, sp, statement); } });
    }
  }
  for (let m = nextVerb(text, 0); m; m = nextVerb(text, m.index + m[0].length)) {
    if (inside(m.index)) continue;
    const s = sentenceAt(doc, m.index);
    if (!s) continue;
    const a = attributionInClause(doc, s.start, m.index + m[0].length, inside);
    const subject = a?.subject;
    if (!subject || subject.kind === "person-noun") continue;
    const statement = STATEMENT_NEAR.test(text.slice(m.index + m[0].length, s.end));
    notes.push({ at: m.index, run: () => { const sp = resolver.resolve(subject, subject.start); if (sp) resolver.note(m.index, sp, statement); } });
  }
  for (const m of text.matchAll(ISSUED_STATEMENT)) {
    if (inside(m.index)) continue;
    const s = sentenceAt(doc, m.index);
    const subject = s ? clauseSubject(text, s.start, m.index + 1) : null;
    if (subject?.kind === "name") notes.push({ at: m.index, run: () => { const sp = resolver.resolve(subject, subject.start); if (sp) resolver.note(m.index, sp, true); } });
  }
  // in text order, so that a pronoun subject resolves to what came before it
  notes.sort((a, b) => a.at - b.at).forEach((n) => n.run());
}

/** A sentence subject worth remembering: an entity, a name of several words, or an acronym. */
function strongSubject(sp: Speaker): boolean {
  if (sp.kind === "unknown") return false;
  return sp.entityId !== null || /\s/.test(sp.name) || /^[\p{Lu}\d&]{2,}$/u.test(sp.name);
}

function insideTest(quotations: Quotation[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = quotations.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotations[mid]!;
      if (pos < q.open) hi = mid - 1;
      else if (pos > q.close) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function paragraphIndex(doc: AnalysedText, offset: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
