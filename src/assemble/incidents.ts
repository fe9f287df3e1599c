// Incidents: what happened, by whom, to whom, when; with attributions inside.
// Triggers (src/data/incident-triggers.ts) type the sentences that report an incident; sentences that name
// different threat actors open different incidents; the rest join the incident nearest before them.
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { sortSpans, spanOf } from "../analyse/span.js";
import { AIM_TYPES, RANSOMWARE_THEFT_CUES } from "../data/incident-triggers.js";
import type { Incident, IncidentType, ThreatActor, Vulnerability } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { findAttributions } from "./attributions.js";
import { findTriggers, isBackground, isDenial, MALWARE_GAZETTEER, type TriggerHit } from "./triggers.js";
import { findVictims, listsVictims, mainSubject } from "./victims.js";

interface Draft {
  key: string;
  actors: ThreatActor[];
  sentences: Sentence[];
  hits: TriggerHit[];
}

/** Types that need a second mention (or a mention in the title) to count: they are often said in passing. */
const NEEDS_TWO = new Set<IncidentType>(["malware"]);
/** Types a denial names in its own words rather than as the incident: "called the accusations propaganda". */
const DENIER_WORD_TYPES = new Set<IncidentType>(["influence-operation"]);

const THEFT_RE = new RegExp(`(?<![\\p{L}])(?:${RANSOMWARE_THEFT_CUES.join("|")})(?![\\p{L}])`, "iu");
const PRODUCT_RE = /(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-?days?|exploits?)\s+(?:\w+\s+){0,2}?(?:in|affecting|of)\s+(?:the\s+)?((?:[A-Z][\p{L}\p{N}.+-]*)(?:\s+[A-Z0-9][\p{L}\p{N}.+-]*){0,3})/gu;
const ZERO_DAY_RE = /zero[- ]?day|0-?day|previously unknown (?:vulnerabilit|flaw|bug)|unpatched (?:vulnerabilit|flaw|bug)/iu;
const NAMED_MALWARE_RE = /(?:ransomware|malware|trojan|botnet|worm|backdoor|variant|strain|spyware)(?:\s+(?:family|strain|variant))?,?\s+(?:dubbed|called|named|known as)\s+["“]?([A-Z][\p{L}\p{N}._-]+(?:\s[A-Z][\p{L}\p{N}._-]+)?)/gu;
const NAME_BEFORE_MALWARE_RE = /(?<![\p{L}])([A-Z][\p{L}\p{N}._-]*[\p{L}\p{N}])\s+(?:ransomware|malware|trojan|botnet|worm|spyware|backdoor)(?![\p{L}])/gu;
const NOT_MALWARE_NAME = new Set(["The", "A", "New", "This", "That", "Android", "Mac", "Windows", "Linux", "MacOS", "macOS", "iOS", "Ransomware", "Malware", "Mobile", "Crypto", "Banking", "Russian", "Chinese", "North", "Iranian", "Global", "Such", "Other", "Some", "Many", "More", "Its", "Their", "Any", "Which", "First", "Latest", "Massive", "Destructive", "Another", "Known", "Custom", "Sophisticated", "Dangerous", "Same", "Recent", "What", "How", "Why", "Fake", "Malicious", "Its", "Free", "Open", "Source", "Web", "Email", "Encrypting", "Linux-based", "Python", "Java", "JavaScript", "PowerShell", "Office", "Word"]);

function actorKey(a: ThreatActor): string {
  if ((a.kind === "state" || a.kind === "state-affiliated") && a.sponsorCountry) return `state:${a.sponsorCountry}`;
  return `actor:${a.id}`;
}

export function assembleIncidents(doc: AnalysedText, found: Found): Incident[] {
  const text = doc.text;
  // background sentences report no incident; a denial's words ("called them propaganda") are the denier's
  // (each sentence tested once, however many triggers it holds)
  const background = new Map<number, boolean>();
  const denial = new Map<number, boolean>();
  const once = (m: Map<number, boolean>, s: Sentence, test: (st: string) => boolean): boolean => {
    let v = m.get(s.index);
    if (v === undefined) m.set(s.index, (v = test(text.slice(s.start, s.end))));
    return v;
  };
  const hits = findTriggers(doc).filter((h) => !once(background, h.sentence, isBackground)
    && !(DENIER_WORD_TYPES.has(h.type) && once(denial, h.sentence, isDenial)));
  if (!hits.length && !found.cves.length) return [];

  // Which types the article reports: strong triggers, twice for the types often said in passing.
  const titleEnd = doc.sentences[0]?.end ?? 0;
  const count = new Map<IncidentType, number>();
  const mentions = new Map<IncidentType, number>();
  // (a strong trigger in the title counts twice; a weak one stays one mention: "email campaign" in a headline is no phishing)
  for (const h of hits) {
    count.set(h.type, (count.get(h.type) ?? 0) + weight(h, titleEnd));
    mentions.set(h.type, (mentions.get(h.type) ?? 0) + (h.span.start < titleEnd ? 2 : 1));
  }
  const reported = (t: IncidentType) => (count.get(t) ?? 0) >= 2 && (!NEEDS_TWO.has(t) || (mentions.get(t) ?? 0) >= 2);
  const kept = hits.filter((h) => reported(h.type));

  // Group trigger sentences into incidents by the actors they name.
  const drafts: Draft[] = [];
  const bySentence = new Map<number, TriggerHit[]>();
  for (const h of kept) bySentence.set(h.sentence.index, [...(bySentence.get(h.sentence.index) ?? []), h]);
  let current: Draft | null = null;
  for (const [index, sh] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const s = doc.sentences[index]!;
    const actors = found.threatActors.filter((a) => a.mentions.some((m) => m.start >= s.start && m.end <= s.end));
    let target: Draft | null = null;
    if (actors.length) {
      const key = actorKey(actors[0]!);
      target = drafts.find((d) => d.key === key) ?? drafts.find((d) => d.key === "" ) ?? null;
      if (target && target.key === "") target.key = key;
      if (!target) { target = { key, actors: [], sentences: [], hits: [] }; drafts.push(target); }
      for (const a of actors) if (!target.actors.includes(a) && actorKey(a) === target.key) target.actors.push(a);
    } else {
      target = current && current.sentences.some((x) => x.paragraph === s.paragraph || Math.abs(x.index - s.index) <= 2) ? current : drafts[0] ?? null;
      if (!target) { target = { key: "", actors: [], sentences: [], hits: [] }; drafts.push(target); }
    }
    target.sentences.push(s);
    target.hits.push(...sh);
    current = target;
  }
  if (!drafts.length) drafts.push({ key: "", actors: [], sentences: [], hits: [] });
  // actors the article names but no trigger sentence does: the first incident's
  for (const a of found.threatActors) {
    if (!drafts.some((d) => d.actors.includes(a)) && !drafts.some((d) => d.key === actorKey(a) && d.key !== "")) {
      const d = drafts.find((x) => x.key === actorKey(a)) ?? drafts[0]!;
      if (!d.actors.includes(a)) d.actors.push(a);
    }
  }

  const nearest = (offset: number): Draft => {
    let best = drafts[0]!;
    let dist = Infinity;
    for (const d of drafts) for (const s of d.sentences) {
      const dd = offset < s.start ? s.start - offset : offset >= s.end ? offset - s.end : 0;
      if (dd < dist) { dist = dd; best = d; }
    }
    return best;
  };

  const attributions = findAttributions(doc, found);
  /** the sentence each product-only vulnerability was named in */
  const productSentence = new Map<Vulnerability, number>();
  /** whether the article reports data taken (double extortion); asked once, by the first ransomware incident */
  let theft: boolean | undefined;
  /** the sentences that list victims in so many words */
  const listing = new Set(doc.sentences.filter((x) => listsVictims(doc, x)).map((x) => x.index));
  const incidents: Incident[] = drafts.map((d, i) => {
    const types = new Set<IncidentType>(d.hits.map((h) => h.type));
    if ([...types].some((t) => AIM_TYPES.includes(t))) types.delete("intrusion");
    // a flaw named only as the one exploited ("the intruders exploited CVE-2023-1234, a zero-day flaw") is not disclosed:
    // the sentences that do not report it exploited must report the disclosure on their own
    if (types.has("vulnerability-exploitation") && types.has("vulnerability-disclosure")) {
      const exploited = new Set(d.hits.filter((h) => h.type === "vulnerability-exploitation").map((h) => h.sentence.index));
      const rest = d.hits.filter((h) => h.type === "vulnerability-disclosure" && !exploited.has(h.sentence.index));
      if (rest.reduce((n, h) => n + weight(h, titleEnd), 0) < 2) types.delete("vulnerability-disclosure");
    }
    if (types.has("ransomware") && (theft ??= doc.sentences.some((x) => THEFT_RE.test(text.slice(x.start, x.end)) && !once(background, x, isBackground)))) types.add("data-breach");
    const sentences = [...d.sentences].sort((a, b) => a.index - b.index);
    // victims are named in the incident's sentences and the ones next to them
    // (and the sentences that list victims in so many words, wherever they stand)
    const near = doc.sentences.filter((x) => (sentences.some((y) => Math.abs(x.index - y.index) <= 1 && x.paragraph === y.paragraph) || listing.has(x.index)) && nearest(x.start) === d);
    const flawsOnly = [...types].every((t) => t === "vulnerability-disclosure" || t === "vulnerability-exploitation");
    // a flaw made known hits no one: the products it affects ("a flaw in Cisco Webex") are not victims
    const disclosureOnly = flawsOnly && !types.has("vulnerability-exploitation");
    const { victims, countries } = disclosureOnly ? { victims: [], countries: [] } : findVictims(doc, found, near, hits.map((h) => h.span));
    // (nor is the vendor of an exploited flaw the one hit, though the article names it most)
    if (!victims.length && i === 0 && !flawsOnly) {
      const main = mainSubject(doc, found, sentences);
      if (main) victims.push(main);
      if (main?.country && !countries.includes(main.country)) countries.push(main.country);
    }
    const sponsors = new Set(d.actors.map((a) => a.sponsorCountry).filter(Boolean));
    const victimCountries = countries.filter((c) => !sponsors.has(c));
    const summary = summaryOf(doc, d);
    const malware = new Set<string>();
    const vulns: Vulnerability[] = [];
    for (const s of sentences) {
      const st = text.slice(s.start, s.end);
      for (const m of MALWARE_GAZETTEER.find(st)) malware.add(m.name);
      for (const m of st.matchAll(NAMED_MALWARE_RE)) malware.add(m[1]!);
      for (const m of st.matchAll(NAME_BEFORE_MALWARE_RE)) if (!NOT_MALWARE_NAME.has(m[1]!) && !/^[A-Z][a-z]+ing$/.test(m[1]!)) malware.add(m[1]!);
      for (const m of st.matchAll(PRODUCT_RE)) {
        const product = m[1]!.replace(/[.,]+$/, "");
        if (vulns.some((v) => v.product === product)) continue;
        const v: Vulnerability = { cve: null, product, zeroDay: ZERO_DAY_RE.test(st) };
        vulns.push(v);
        productSentence.set(v, s.index);
      }
    }
    return {
      id: `I${i + 1}`,
      types: [...types].sort(),
      summary,
      actors: d.actors.map((a) => a.name),
      victims,
      victimCountries,
      attributions: [],
      vulnerabilities: vulns,
      malware: [...malware],
      impact: { counts: [], amounts: [] },
      dates: datesOf(found, sentences),
      evidence: sortSpans(d.hits.map((h) => h.span)),
    };
  });

  // CVEs, amounts, counts and attributions go to the incident nearest to where they are said.
  const byDraft = new Map(drafts.map((d, i) => [d, incidents[i]!]));
  // A CVE is the flaw of the product named in its sentence ("CVE-2023-1234, a flaw in Microsoft Outlook"), or of the
  // incident's only product when it is the incident's only CVE ("a flaw in Acme Gateway ... The flaw, CVE-2023-1234").
  const firstCves = found.cves.filter((c, i) => found.cves.findIndex((x) => x.id === c.id) === i);
  const cveIncident = new Map(firstCves.map((c) => [c, byDraft.get(nearest(c.span.start))!]));
  for (const c of firstCves) {
    const inc = cveIncident.get(c)!;
    const zeroDay = ZERO_DAY_RE.test(text.slice(Math.max(0, c.span.start - 200), c.span.end + 200));
    const sentence = doc.sentences.find((x) => x.start <= c.span.start && c.span.start < x.end)?.index;
    const productOnly = inc.vulnerabilities.filter((v) => v.cve === null && v.product !== null);
    const onlyCve = firstCves.filter((x) => cveIncident.get(x) === inc).length === 1;
    const of = productOnly.find((v) => productSentence.get(v) === sentence) ?? (onlyCve && productOnly.length === 1 ? productOnly[0] : undefined);
    if (of) {
      of.cve = c.id;
      of.zeroDay ||= zeroDay;
    } else inc.vulnerabilities.push({ cve: c.id, product: null, zeroDay });
    inc.evidence = sortSpans([...inc.evidence, c.span]);
  }
  for (const a of found.amounts) {
    const inc = byDraft.get(nearest(a.span.start))!;
    if (!inc.impact.amounts.some((x) => x.text === a.text)) inc.impact.amounts.push({ value: a.value, currency: a.currency, text: a.text });
  }
  for (const c of found.counts) {
    const inc = byDraft.get(nearest(c.span.start))!;
    if (!inc.impact.counts.some((x) => x.text === c.text)) inc.impact.counts.push({ value: c.value, unit: c.unit, text: c.text });
  }
  for (const a of attributions) {
    const d = drafts.find((x) => a.actorKey && x.key === a.actorKey) ?? nearest(a.attribution.evidence.start);
    const inc = byDraft.get(d)!;
    inc.attributions.push(a.attribution);
    if (a.actor && !inc.actors.includes(a.actor.name)) inc.actors.push(a.actor.name);
  }
  return incidents.filter((inc) => inc.types.length || inc.vulnerabilities.length);
}

/** What a trigger counts towards its type: a strong one 2 (4 in the title), a weak one 1. */
function weight(h: TriggerHit, titleEnd: number): number {
  return h.strong ? (h.span.start < titleEnd ? 4 : 2) : 1;
}

/** The sentence that best states the incident: the one with the most triggers of distinct types, earliest first. */
function summaryOf(doc: AnalysedText, d: Draft): string | null {
  let best: Sentence | null = null;
  let score = -1;
  for (const s of d.sentences) {
    const sc = new Set(d.hits.filter((h) => h.sentence === s).map((h) => h.type)).size + (s.index === 0 ? -0.5 : 0);
    if (sc > score) { score = sc; best = s; }
  }
  return best ? spanOf(doc.text, best.start, best.end).text.trim() : null;
}

function datesOf(found: Found, sentences: Sentence[]): { start: string | null; end: string | null } {
  for (const s of sentences) {
    for (const dm of found.dates) {
      if (dm.start < s.start || dm.end > s.end || !dm.value) continue;
      if (dm.value.includes("/")) {
        const [a, b] = dm.value.split("/");
        return { start: a ?? null, end: b ?? null };
      }
    }
  }
  return { start: null, end: null };
}
