// Attributions: who said which actor (or state) carried out an incident. "Germany and the Czech Republic had
// blamed APT28"; "NÚKIB announced APT28 is responsible"; "the Foreign Ministry confirmed that GRU is involved".
// Denials and hypotheticals are not attributions (they become statements in responses.ts).
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { spanOf } from "../analyse/span.js";
import type { Attribution, ThreatActor } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { countryIsPatient, countryOf, mentionsIn, type EntityMention } from "./entities.js";
import { isDenial, isHypothetical } from "./triggers.js";

/** (a hedge may stand between the verb and "behind", quoted or not: 'was "almost certainly" behind'; not any word: "are
 *  not far behind") */
const CUE_RE = /(?<![\p{L}])(?:blam(?:ed|es|e|ing)|attribut(?:ed|es|e|ing)|(?:is|was|are|were|be) (?:\w+ |(?:["“]?(?:\w+ly|almost|also|most)["”]? ){1,2})?responsible for|(?:is|was|are|were) (?:\w+ |(?:["“]?(?:\w+ly|almost|also|most)["”]? ){1,2})?(?:behind|involved)|carried out by|conducted by|perpetrated by|orchestrated by|accus(?:ed|es|ing)|pointed the finger|linked (?:it |them |the \w+ )?to|tied (?:it |them |the \w+ )?to)(?![\p{L}])/iu;
/** A reporting verb: the attributors are its subject. */
const REPORT_RE = /\b(?:said|says|announced|stated|told|confirmed|concluded|wrote|added|reported|found)\b/u;
const PASSIVE_CUE_RE = /^(?:attribut|carried|conducted|perpetrated|orchestrated|linked|tied)/iu;
const SPONSOR_RE = /(?:state-sponsored|state-backed|government-backed|backed by|sponsored by|linked to|tied to|working for|on behalf of)/iu;

export interface AttributionFinding {
  attribution: Attribution;
  actor: ThreatActor | null;
  actorKey: string | null;
  by: EntityMention[];
  sentence: Sentence;
}

function actorKey(a: ThreatActor): string {
  if ((a.kind === "state" || a.kind === "state-affiliated") && a.sponsorCountry) return `state:${a.sponsorCountry}`;
  return `actor:${a.id}`;
}

export function findAttributions(doc: AnalysedText, found: Found): AttributionFinding[] {
  const out: AttributionFinding[] = [];
  for (const s of doc.sentences) {
    const st = doc.text.slice(s.start, s.end);
    const cue = CUE_RE.exec(st);
    if (!cue) continue;
    if (isDenial(st) || isHypothetical(st)) continue;
    const cueStart = s.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const mentions = mentionsIn(found, s);
    const actorMentions = mentions.filter((m) => m.kind === "actor");
    const actors = actorMentions.map((m) => found.threatActors.find((a) => a.id === m.id)!).filter(Boolean);
    // the attributed state, when no actor is named: "Russia was behind the attack"
    const passive = PASSIVE_CUE_RE.test(cue[0]);
    const accused = passive ? mentions.filter((m) => m.span.start >= cueEnd) : mentions;
    const actor = actors[0] ?? null;
    const stateMention = actor ? null : accused.find((m) => m.kind === "country" && (passive || m.span.start > cueEnd || /\bbehind|involved|responsible\b/i.test(cue[0])));
    if (!actor && !stateMention) continue;
    const sponsorCountries = new Set(actors.map((a) => a.sponsorCountry).filter(Boolean) as string[]);
    if (stateMention) sponsorCountries.add(stateMention.country!);
    // who attributed: named bodies before the cue (after it for passive forms: "attributed by the NCSC"); where a
    // reporting verb comes first ("Researchers at X said that they had found ... on servers of American victims, and
    // attributed"), those before it
    const report = REPORT_RE.exec(st.slice(0, cueStart - s.start));
    const reportAt = report && mentions.some((m) => m.kind !== "actor" && m.span.end <= s.start + report.index) ? s.start + report.index : cueStart;
    const by = mentions.filter((m) => {
      if (m.kind === "actor") return false;
      if (m.span.end > reportAt) return false;
      // "charges against a Ukrainian national accused of": the accused, not an attributor
      if (countryIsPatient(m, doc.text.slice(m.span.end, Math.min(s.end, m.span.end + 60)))) return false;
      if (actorMentions.some((a) => Math.abs(a.span.start - m.span.end) <= 2 || Math.abs(m.span.start - a.span.end) <= 2)) return false;
      const c = countryOf(found, m);
      if (m.kind === "country" && c && sponsorCountries.has(c)) return false;
      if (m.kind === "organization" && c && sponsorCountries.has(c) && m.orgKind !== "company") return false;
      // "a group backed by Russia's GRU": a sponsor, not an attributor
      if (SPONSOR_RE.test(doc.text.slice(Math.max(s.start, m.span.start - 25), m.span.start))) return false;
      return true;
    });
    const dateMention = found.dates.find((d) => d.start >= s.start && d.end <= s.end && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    const today = /\btoday\b/i.test(st) ? found.referenceDate : null;
    out.push({
      attribution: {
        actor: actor?.name ?? null,
        country: actor?.sponsorCountry ?? stateMention?.country ?? null,
        organization: actor?.sponsorOrganization ?? null,
        by: [...new Set(by.map((m) => m.name))],
        date: dateMention?.value ?? today ?? null,
        evidence: spanOf(doc.text, s.start, s.end),
      },
      actor,
      actorKey: actor ? actorKey(actor) : stateMention ? `state:${stateMention.country}` : null,
      by,
      sentence: s,
    });
  }
  return out;
}
