// Victims: names in victim positions of an incident's sentences, from the organisations recogniser where it
// found the name, else from capitalised noun phrases; and the countries those positions name.
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { GENERIC_VICTIM_HEADS, GENERIC_VICTIM_SKIP, NOT_VICTIMS, VICTIM_AFTER, VICTIM_STOPWORDS, VICTIM_ZONE_OPENERS } from "../data/incident-victims.js";
import { SECTOR_WORDS } from "../data/sectors.js";
import type { Organization, Sector, Span, Victim } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { MALWARE_GAZETTEER } from "./triggers.js";

const ZONE_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${VICTIM_ZONE_OPENERS.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
const AFTER_RE = new RegExp(`^\\s*,?\\s*(?:\\p{L}+ly\\s+)?(?:${VICTIM_AFTER.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
/** A capitalised name: words that start upper-case (or are acronyms, digits), joined by of/&/for/de. */
const NP_RE = /(?:[A-ZÀ-ÖØ-ÞČŠŽŘĎŤŇ][\p{L}\p{N}&.'’-]*)(?:\s+(?:(?:of|for|&|de|du|la|the)\s+)*[A-ZÀ-ÖØ-ÞČŠŽŘĎŤŇ][\p{L}\p{N}&.'’-]*)*/gu;
/** The zone of a victim opener ends at a clause break. */
const ZONE_END_RE = /;|\s(?:which|who|that|but|because|according to|said|says|when|while|after|before|by)\s|,\s(?:and\s)?(?:which|who|but|according|said|says|when|while)\b|["“”]|\.\s/u;
const STOP = new Set(VICTIM_STOPWORDS);
const NOT_VICTIM = new Set(NOT_VICTIMS.map((n) => n.toLowerCase()));
const GENERIC_SKIP = new Set(GENERIC_VICTIM_SKIP);
/** Up to two modifiers and a generic victim noun, at the start of a zone. */
const GENERIC_RE = new RegExp(`^\\s*((?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}?)(${GENERIC_VICTIM_HEADS.join("|")})(?![\\p{L}])`, "iu");
const COORDINATED_RE = /^(?:(?:,\s*|\s+(?:and|or|&)\s+|,\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)+(?:\s+(?:both|all|also))?/u;
/** Sectors that are also victim kinds. */
const SECTOR_KINDS = new Set(["government", "political-party", "military", "media"]);
const SECTOR_RES = SECTOR_WORDS.map((s) => ({ sector: s.sector, re: new RegExp(`(?<![\\p{L}])(?:${s.words.join("|")})(?![\\p{L}])`, "iu") }));

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

interface Named { start: number; end: number; name: string; org: Organization | null; country: string | null; headline?: boolean }

function cleanName(raw: string): string {
  return raw.replace(/['’]s?$/u, "").replace(/^(?:The|the)\s+/u, "").replace(/[.,'’-]+$/u, "").trim();
}

/** Names and country mentions in one sentence, with the organisation or country each is. */
function namesIn(doc: AnalysedText, found: Found, s: Sentence, triggers: readonly Span[]): { names: Named[]; countries: { start: number; end: number; code: string }[] } {
  const countries = found.countries.flatMap((c) => c.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ start: m.start, end: m.end, code: c.code })));
  const names: Named[] = [];
  for (const o of found.organizations) {
    for (const m of o.mentions) if (m.start >= s.start && m.end <= s.end) names.push({ start: m.start, end: m.end, name: o.name, org: o, country: o.country });
  }
  const text = doc.text.slice(s.start, s.end);
  // a title-case headline makes every word a name: there only recognised organisations count
  // ... except its first name, which in a headline reporting an incident is the one hit ("Cathay Pacific Flags Data Breach")
  const caps = titleCase(text);
  const headline = s.index === 0 && caps;
  // other title-case lines (breadcrumbs, sub-headings) give no names of their own
  if (caps && !headline) return { names: names.sort((a, b) => a.start - b.start), countries };
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
    if (!raw) continue;
    const end = start + raw.length;
    const over = names.filter((n) => n.start < end && start < n.end);
    // a longer name around an organisation's mention ("Kettell Video Productions" around "Kettell") replaces it
    if (over.some((n) => !n.org || n.start < start || n.end > end || n.end - n.start >= end - start)) continue;
    const org = over[0]?.org ?? null;
    for (const n of over) names.splice(names.indexOf(n), 1);
    const name = cleanName(raw);
    if (name.length < 2 || STOP.has(name) || MALWARE_GAZETTEER.find(name).length) continue;
    // words that report the incident are not its victim ("W-2 Phishing Scam")
    if (triggers.some((t) => t.start < end && start < t.end)) { firstSeen = true; continue; }
    if (headline) {
      firstSeen = true;
      if (name.split(/\s+/).length > 4 || NOT_VICTIM.has(name.toLowerCase())) continue;
      if (countries.some((c) => c.start < end && start < c.end)) continue;
      if (!org && !recursInBody(doc.text, name, s.end)) continue;
      names.push({ start, end, name, org, country: org?.country ?? null, headline: true });
      continue;
    }
    // a country name or adjective alone is a victim country, not a victim
    if (countries.some((c) => c.start <= start && c.end >= start + name.length)) continue;
    if (found.threatActors.some((a) => a.mentions.some((am) => am.start < end && start < am.end))) continue;
    if (found.people.some((p) => p.mentions.some((pm) => pm.start < end && start < pm.end))) continue;
    names.push({ start, end, name, org, country: org?.country ?? null });
  }
  names.sort((a, b) => a.start - b.start);
  return { names, countries };
}

/** Victims and victim countries in the given sentences. */
export function findVictims(doc: AnalysedText, found: Found, sentences: readonly Sentence[], triggers: readonly Span[] = []): VictimFinding {
  const victims = new Map<string, Victim>();
  const countries = new Set<string>();
  const generic: string[] = [];
  const add = (n: Named) => {
    const key = n.name.toLowerCase();
    if (victims.has(key) || n.org?.kind === "intergovernmental") return;
    const sector = sectorOf(n.name, n.org?.kind ?? null);
    const kind = n.org?.kind ?? (sector && SECTOR_KINDS.has(sector) ? (sector as Victim["kind"]) : "company");
    const country = n.country ?? countryInName(found, n);
    victims.set(key, { name: n.name, kind, country, sector });
    if (country) countries.add(country);
  };
  for (const s of sentences) {
    const { names, countries: cms } = namesIn(doc, found, s, triggers);
    for (const n of names) if (n.headline) add(n);
    if (!names.length && !cms.length) continue;
    const text = doc.text.slice(s.start, s.end);
    // zones after an opener
    ZONE_RE.lastIndex = 0;
    for (let m = ZONE_RE.exec(text); m; m = ZONE_RE.exec(text)) {
      const zs = s.start + m.index + m[0].length;
      // parentheses do not end a zone: "the HSE (which said ...), the NHS"
      const rest = doc.text.slice(zs, s.end).replace(/\([^)]*\)/gu, (x) => " ".repeat(x.length));
      const stop = ZONE_END_RE.exec(rest);
      const ze = stop ? zs + stop.index : s.end;
      for (const n of names) if (n.start >= zs && n.end <= ze && n.org?.kind !== "intergovernmental") add(n);
      const g = GENERIC_RE.exec(doc.text.slice(zs, ze));
      if (g) {
        const mods = g[1]!.trim().split(/\s+/).filter(Boolean);
        while (mods.length && GENERIC_SKIP.has(mods[0]!.toLowerCase())) mods.shift();
        if (mods.every((w) => !GENERIC_SKIP.has(w.toLowerCase())) && mods.length <= 2) generic.push([...mods, g[2]!].join(" "));
      }
      for (const c of cms) if (c.start >= zs && c.end <= ze) countries.add(c.code);
    }
    // names followed by a victim predicate
    for (const n of names) {
      // skip names coordinated with this one: "British Airways and Cathay Pacific both admitting"
      const after = doc.text.slice(n.end, Math.min(s.end, n.end + 200)).replace(COORDINATED_RE, "");
      // skip an apposition: "Riverside Health, a hospital operator in Ohio, said"
      const appo = /^(?:,\s+(?:a|an|the|which|who)\s[^,.;]{2,80},|,?\s+in\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*,?)/u.exec(after);
      if (AFTER_RE.test(after) || (appo && AFTER_RE.test(after.slice(appo[0].length)))) add(n);
    }
    for (const c of cms) {
      const after = doc.text.slice(c.end, Math.min(s.end, c.end + 140));
      // "..., who is now in Australia, has said": a comma closes a clause about someone else
      if (!/^\s*,/.test(after) && AFTER_RE.test(after)) countries.add(c.code);
    }
  }
  // a generic victim ("a hospital in Indiana") only where no victim is named
  if (!victims.size) for (const name of generic) add({ start: 0, end: 0, name, org: null, country: null });
  return { victims: [...victims.values()], countries: [...countries] };
}

function countryInName(found: Found, n: Named): string | null {
  for (const c of found.countries) for (const m of c.mentions) if (m.start >= n.start && m.end <= n.end) return c.code;
  return null;
}

/** Most longer words capitalised: a headline in title case. */
function titleCase(text: string): boolean {
  const ws = text.match(/\p{L}{4,}/gu) ?? [];
  return ws.length > 0 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.6;
}

const MAIN_KINDS = new Set(["company", "government", "other", "political-party", "military"]);

/** Where no victim position names one: the organisation the incident's sentences speak of most (three mentions
 *  at least, one in a trigger sentence), which in incident reporting is the one that was hit. */
export function mainSubject(doc: AnalysedText, found: Found, sentences: readonly Sentence[]): Victim | null {
  let best: Organization | null = null;
  let bestN = 0;
  for (const o of found.organizations) {
    if (!MAIN_KINDS.has(o.kind) || NOT_VICTIM.has(o.name.toLowerCase()) || o.aliases.some((a) => NOT_VICTIM.has(a.toLowerCase()))) continue;
    if (found.threatActors.some((a) => a.name === o.name)) continue;
    const inTrigger = o.mentions.some((m) => sentences.some((s) => m.start >= s.start && m.end <= s.end));
    if (!inTrigger) continue;
    if (o.mentions.length > bestN) { best = o; bestN = o.mentions.length; }
  }
  if (!best || bestN < 2) return null;
  void doc;
  return { name: best.name, kind: best.kind, country: best.country, sector: sectorOf(best.name, best.kind) };
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
