// Entity mentions inside a sentence: the shared look-ups of the assemble stage.
import type { Sentence } from "../analyse/analyse.js";
import type { Span } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { PATIENT_NOUNS, PATIENT_PARTICIPLES } from "../data/response-triggers.js";

export interface EntityMention {
  kind: "organization" | "person" | "country" | "actor";
  name: string;
  /** ISO code of the country the entity is or belongs to */
  country: string | null;
  orgKind: string | null;
  id: string;
  span: Span;
}

const inside = (m: Span, s: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;

/** Every entity mention in a sentence (or any range), in text order; overlaps keep the longest. */
export function mentionsIn(found: Found, s: { start: number; end: number }): EntityMention[] {
  const all: EntityMention[] = [];
  for (const o of found.organizations) for (const m of o.mentions) if (inside(m, s)) all.push({ kind: "organization", name: o.name, country: o.country, orgKind: o.kind, id: o.id, span: m });
  for (const p of found.people) for (const m of p.mentions) if (inside(m, s)) all.push({ kind: "person", name: p.name, country: null, orgKind: null, id: p.id, span: m });
  for (const c of found.countries) for (const m of c.mentions) if (inside(m, s)) all.push({ kind: "country", name: c.name, country: c.code, orgKind: null, id: c.code, span: m });
  for (const a of found.threatActors) for (const m of a.mentions) if (inside(m, s)) all.push({ kind: "actor", name: a.name, country: a.sponsorCountry, orgKind: a.kind, id: a.id, span: m });
  all.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: EntityMention[] = [];
  for (const m of all) if (!kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) kept.push(m);
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** The country an entity mention belongs to: its own, else a country mention inside its span ("German Foreign Ministry"). */
export function countryOf(found: Found, m: EntityMention): string | null {
  if (m.country) return m.country;
  for (const c of found.countries) for (const cm of c.mentions) if (cm.start >= m.span.start && cm.end <= m.span.end) return c.code;
  return null;
}

/** A country adjective before a person noun names who was acted on, not who acted: "North Korean hacker charged",
 *  "expelled four Russian intelligence officers", "a Ukrainian national accused of". */
const PATIENT_AFTER_RE = new RegExp(`^(?:\\s+[\\p{Ll}-]+){0,3}?\\s+(?:${PATIENT_NOUNS.join("|")})(?![\\p{L}])`, "u");
/** A demonym standing for a person, as headlines write it: "Ukrainian charged over ...", "Briton arrested". */
const DEMONYM_PATIENT_RE = new RegExp(`^\\s+(?:${PATIENT_PARTICIPLES.join("|")})(?![\\p{L}])`, "iu");
const DEMONYM_RE = /(?:ians?|eans?|ans?|ese|ish|i|ch|on|er)$/u;

/** Whether a country mention names someone acted on (a national charged, expelled, accused), read from the text after
 *  it (`after`, the next 60 characters or so; its person noun within the first `nounWithin` characters: those before
 *  the trigger). */
export function countryIsPatient(m: EntityMention, after: string, nounWithin = after.length): boolean {
  if (m.kind !== "country") return false;
  if (PATIENT_AFTER_RE.test(after.slice(0, nounWithin))) return true;
  return m.span.text !== m.name && DEMONYM_RE.test(m.span.text) && DEMONYM_PATIENT_RE.test(after);
}
