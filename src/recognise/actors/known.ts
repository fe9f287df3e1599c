// Named actors from the gazetteer (src/data/threat-actors.ts), with guards for names that are also words.
import type { AnalysedText } from "../../analyse/analyse.js";
import { Gazetteer } from "../../analyse/gazetteer.js";
import { ANONYMOUS_NOT_GROUP, STRICT_NEIGHBOURS } from "../../data/actor-lexicon.js";
import { THREAT_ACTORS, type ThreatActorData } from "../../data/threat-actors.js";
import { foldKey, type ActorCandidate } from "./candidate.js";
import { documentNamesCountry, isCyberSentence, isOffensiveSentence } from "./context.js";

const GAZETTEER = new Gazetteer<ThreatActorData>(
  THREAT_ACTORS.map((e) => ({ names: [e.name, ...e.aliases, ...(e.risky ?? []), ...(e.strict ?? [])], value: e })),
);

/** Every name of every entry, folded: how a name found by a pattern finds its gazetteer entry. */
const BY_KEY = new Map<string, ThreatActorData>();
for (const e of THREAT_ACTORS) for (const n of [e.name, ...e.aliases]) if (!BY_KEY.has(foldKey(n))) BY_KEY.set(foldKey(n), e);

/** Agencies (the bodies that sponsor): entries that are the state itself, with no sponsor above them. */
const AGENCIES = new Set(THREAT_ACTORS.filter((e) => e.kind === "state" && !e.sponsorOrganization).map((e) => e.name));

export function knownActorByName(name: string): ThreatActorData | undefined {
  return BY_KEY.get(foldKey(name));
}

export function isAgency(entry: ThreatActorData): boolean {
  return AGENCIES.has(entry.name);
}

const STRICT_SET = new Set(STRICT_NEIGHBOURS);
const ANONYMOUS_SET = new Set(ANONYMOUS_NOT_GROUP);
const NEXT_WORD = /^[\s\u00a0]+([\p{L}\p{N}$'\u2019-]+)/u;
const PREV_WORD = /([\p{L}\p{N}$'\u2019-]+)[\s\u00a0]+$/u;

export function candidateOf(entry: ThreatActorData, start: number, end: number, text: string): ActorCandidate {
  return {
    key: entry.name,
    name: entry.name,
    start,
    end,
    text,
    kind: entry.kind,
    sponsorCountry: entry.sponsorCountry,
    sponsorOrganization: entry.sponsorOrganization,
    knownAliases: entry.aliases,
    known: true,
  };
}

/** Gazetteer mentions of named actors, risky names only where the context allows them. */
export function findKnownActors(doc: AnalysedText): ActorCandidate[] {
  const text = doc.text;
  const hits = GAZETTEER.find(text);
  const isRisky = (e: ThreatActorData, n: string) => !!e.risky?.includes(n);
  const isStrict = (e: ThreatActorData, n: string) => !!e.strict?.includes(n);
  // an actor named once by a safe name makes its risky names safe in the same article
  const safe = new Set<string>();
  for (const h of hits) {
    if (!isRisky(h.value, h.name) && !isStrict(h.value, h.name) && !h.value.offensiveOnly) safe.add(h.value.name);
  }
  const out: ActorCandidate[] = [];
  for (const h of hits) {
    const e = h.value;
    const strict = isStrict(e, h.name);
    const risky = isRisky(e, h.name);
    // the words around the name matter only for strict and risky names (most are neither)
    const next = strict || risky ? NEXT_WORD.exec(text.slice(h.end, h.end + 40))?.[1] ?? "" : "";
    const prev = strict ? PREV_WORD.exec(text.slice(Math.max(0, h.start - 40), h.start))?.[1] ?? "" : "";
    if (strict && !STRICT_SET.has(next) && !STRICT_SET.has(prev)) continue;
    if (risky) {
      if (h.name === "Anonymous" && ANONYMOUS_SET.has(next)) continue;
      // part of a longer proper name: "Royal Mail", "Callisto Ventures"
      if (/^\p{Lu}/u.test(next) && !STRICT_SET.has(next) && !/^(?:Hackers?|Team|Collective|APT)$/.test(next)) continue;
      if (text[h.start - 1] === "-") continue;
      const ok =
        safe.has(e.name) ||
        (isCyberSentence(doc, h.start, h.end) &&
          // an acronym (MSS, RGB, PLA) stands for its agency only where the article names the country
          (!e.sponsorCountry || !/^[A-Z]{2,5}$/.test(h.name) || documentNamesCountry(text, e.sponsorCountry)));
      if (!ok) continue;
    }
    if (e.offensiveOnly && !isOffensiveSentence(doc, h.start, h.end)) continue;
    out.push(candidateOf(e, h.start, h.end, h.text));
  }
  return out;
}
