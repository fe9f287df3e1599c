// Threat actors: gazetteer of named groups and agencies, plus patterns for unnamed schemes.
//
// Parsers (src/recognise/actors/) each propose candidate mentions; refiners here resolve overlaps, find the
// other mentions of names only a pattern knew, gather mentions into one entity per real-world actor (the
// gazetteer's canonical name gathers every alias), and read sponsorship from the text.
//
// An entity's `name` is the gazetteer's canonical name, or for an actor the gazetteer lacks, the words of its
// first mention. Its `aliases` are the other names the article uses for it, in order of appearance, followed by
// the other names the gazetteer knows for it. Gazetteer sponsors are the default; the text fills what they leave
// empty (and gives the sponsor of actors the gazetteer lacks).
import { sentenceAt, type AnalysedText } from "../analyse/analyse.js";
import { spanOf } from "../analyse/span.js";
import type { Country, Span, ThreatActor } from "../record/schema.js";
import type { ActorCandidate } from "./actors/candidate.js";
import { findKnownActors, isAgency, knownActorByName } from "./actors/known.js";
import { findDescribedActors, findPatternActors } from "./actors/patterns.js";
import { findPersonActors } from "./actors/people.js";
import { sponsorshipOf } from "./actors/sponsors.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const within = (inner: ActorCandidate, outer: ActorCandidate) => inner.start >= outer.start && inner.end <= outer.end;
const overlap = (a: ActorCandidate, b: ActorCandidate) => a.start < b.end && b.start < a.end;

/** Known mentions win over pattern ones, unless a pattern's name strictly contains them ("Anonymous India"). */
function resolveOverlaps(known: ActorCandidate[], patterns: ActorCandidate[]): ActorCandidate[] {
  const kept: ActorCandidate[] = [];
  const dropped = new Set<ActorCandidate>();
  for (const p of patterns) {
    if (p.known) {
      if (!known.some((k) => overlap(k, p)) && !kept.some((k) => overlap(k, p))) kept.push(p);
      continue;
    }
    const hits = known.filter((k) => overlap(k, p));
    if (hits.length && hits.every((k) => within(k, p) && p.end - p.start > k.end - k.start)) {
      hits.forEach((k) => dropped.add(k));
    } else if (hits.length) continue;
    if (kept.some((k) => overlap(k, p))) continue;
    kept.push(p);
  }
  return [...known.filter((k) => !dropped.has(k)), ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Names found only by a pattern are names: find their other mentions in the article. */
function otherMentions(doc: AnalysedText, found: ActorCandidate[]): ActorCandidate[] {
  const out = [...found];
  const names = new Map<string, ActorCandidate>();
  for (const c of found) if (!c.known && !names.has(c.text)) names.set(c.text, c);
  // an individual is later named by surname alone
  for (const c of found) {
    const surname = c.person ? c.text.split(/\s+/).at(-1)! : "";
    if (surname.length >= 4 && !names.has(surname)) names.set(surname, c);
  }
  for (const [name, c] of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_$])${escape(name)}(?![\\p{L}\\p{N}_$])`, "gu");
    for (const m of doc.text.matchAll(re)) {
      const cand = { ...c, start: m.index!, end: m.index! + m[0].length, text: m[0] };
      if (!out.some((o) => overlap(o, cand))) out.push(cand);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function recogniseThreatActors(doc: AnalysedText, _countries: Country[]): ThreatActor[] {
  const known = findKnownActors(doc);
  const named = otherMentions(doc, resolveOverlaps(known, [...findPatternActors(doc), ...findPersonActors(doc)]));
  // an actor described but not named ("Kremlin-backed hackers") only where no named one shares its sentence
  const described = findDescribedActors(doc).filter((d) => {
    const s = sentenceAt(doc, d.start);
    return !named.some((n) => overlap(n, d) || (s && n.start >= s.start && n.end <= s.end));
  });
  const candidates = [...named, ...described].sort((a, b) => a.start - b.start);
  const agencies = candidates.filter((c) => {
    const e = c.known ? knownActorByName(c.key) : undefined;
    return !!e && isAgency(e);
  });

  const byKey = new Map<string, { first: ActorCandidate; mentions: Span[]; seen: string[]; sponsor: ReturnType<typeof sponsorshipOf>[] }>();
  for (const c of candidates) {
    let g = byKey.get(c.key);
    if (!g) byKey.set(c.key, (g = { first: c, mentions: [], seen: [], sponsor: [] }));
    g.mentions.push(spanOf(doc.text, c.start, c.end));
    const surface = c.text.replace(/\s+/g, " ");
    if (!g.seen.includes(surface)) g.seen.push(surface);
    if (!agencies.includes(c)) g.sponsor.push(sponsorshipOf(doc, c, agencies));
  }

  const out: ThreatActor[] = [];
  for (const g of byKey.values()) {
    const c = g.first;
    let kind = c.kind;
    let sponsorCountry = c.sponsorCountry;
    let sponsorOrganization = c.sponsorOrganization;
    const isAgencyEntry = agencies.some((a) => a.key === c.key);
    if (!isAgencyEntry) {
      for (const s of g.sponsor) {
        if (!s) continue;
        const canUseOrigin = kind === "state" || kind === "state-affiliated" || kind === "unknown";
        if (!sponsorOrganization && s.organization) sponsorOrganization = s.organization;
        if (!sponsorCountry && s.country && (s.explicit || canUseOrigin)) sponsorCountry = s.country;
        if (kind === "unknown" && s.explicit && s.country) kind = "state-affiliated";
      }
    }
    const aliases: string[] = [];
    for (const n of [...g.seen, ...c.knownAliases]) if (n !== c.name && !aliases.includes(n)) aliases.push(n);
    out.push({
      id: `A${out.length + 1}`,
      name: c.name,
      aliases,
      kind,
      sponsorCountry,
      sponsorOrganization,
      mentions: g.mentions,
    });
  }
  return out;
}
