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
import { escapeRegExp as escape } from "../analyse/lexicon.js";

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
    for (const start of wordOccurrences(doc.text, name)) {
      const cand = { ...c, start, end: start + name.length, text: name };
      if (!out.some((o) => overlap(o, cand))) out.push(cand);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A letter, digit, "_" or "$" (as one code point): what may not stand right before or after a name. */
const WORD_CHAR = /^[\p{L}\p{N}_$]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where `name` stands as a word of its own: what text.matchAll finds for the name (escaped) between
 * (?<![\p{L}\p{N}_$]) and (?![\p{L}\p{N}_$]) with the "u" flag, found with indexOf, the name compiled to no
 * expression. A name that begins inside a surrogate pair would match differently: it keeps the expression.
 */
function wordOccurrences(text: string, name: string): number[] {
  if (!name || isLow(name.charCodeAt(0))) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_$])${escape(name)}(?![\\p{L}\\p{N}_$])`, "gu");
    return Array.from(text.matchAll(re), (m) => m.index!);
  }
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; ) {
    const end = i + name.length;
    // inside a surrogate pair the expression never starts; a pair split at the end, it never ends
    const ok = !(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) && !(isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1)));
    if (ok && !isWordChar(codePointBefore(text, i)) && !isWordChar(text.codePointAt(end))) {
      out.push(i);
      i = text.indexOf(name, end);
    } else i = text.indexOf(name, i + 1);
  }
  return out;
}

function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = text.charCodeAt(i - 1);
  return isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? text.codePointAt(i - 2) : c;
}

function isWordChar(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95 || cp === 36;
  return WORD_CHAR.test(String.fromCodePoint(cp));
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
