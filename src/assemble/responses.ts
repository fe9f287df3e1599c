// Responses: how governments, alliances, police and vendors responded. Response triggers are data
// (src/data/response-triggers.ts); the responder is the subject before the trigger (a coordination such as
// "NATO and the EU" gives one response each), else the speaker of the quote the trigger stands in.
// Hypotheticals ("ready to consider a coordinated response") and denials ("Moscow denied") are statements.
import type { AnalysedText, Sentence } from "../analyse/analyse.js";
import { trimSpan } from "../analyse/span.js";
import { Gazetteer } from "../analyse/gazetteer.js";
import { lexiconRegex, patternIndex } from "../analyse/lexicon.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../data/date-words.js";
import { PLACE_MODIFIER_PARTICIPLES, STATE_METONYMS } from "../data/response-metonyms.js";
import { RESPONSE_TRIGGERS } from "../data/response-triggers.js";
import type { Incident, Quote, Response, ResponseKind, Span } from "../record/schema.js";
import type { Found } from "../recognise/found.js";
import { findAttributions } from "./attributions.js";
import { countryIsPatient, countryOf, mentionsIn, type EntityMention } from "./entities.js";
import { isBackground, isDenial } from "./triggers.js";

const TRIGGER_RE = lexiconRegex(RESPONSE_TRIGGERS.map((t) => t.pattern));
/** The modal "may", in lower case only: "May" with a capital is the month ("reported in May and fixed"). */
const MAY_BEFORE_RE = /may\s+(?:\w+\s+){0,4}$/u;
/** Cues that make what follows them a possibility, not a deed. */
const HYPO_BEFORE_RE = /(?:could|might|would|should|will|ready to|prepared to|consider(?:s|ed|ing)?|threaten(?:s|ed)? to|call(?:s|ed)? for|(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)) for|urg(?:es|ed|ing)|leading to|lead to|help(?:s|ed)? to|plans? to|intends? to|weigh(?:s|ing)?|possible|potential|no|not|yet to|failed to|refused to|without)\s+(?:\w+\s+){0,4}$/iu;
const VULN_WORDS_RE = /vulnerabilit|security (?:flaw|hole|bug)|\bCVE-\d/iu;
const MODAL_RE = /could|may|might|would|will|should|ready|prepared|consider|threaten|call|urg|plan|intend|weigh|possible|potential/iu;
const NEGATED_PATCH_RE = /(?:no|nor|not yet|not been|hasn't|haven't|has not|have not|yet to|without a|unpatched|before a)\s+(?:\w+\s+){0,2}['‘"“]?$/iu;
/** A patch in a condition: "if the router is patched", "unless users install the update". ("until" is no condition:
 *  "the flaw was exploited until Microsoft patched it in March" reports the patch.) */
const CONDITIONAL_PATCH_RE = /(?<![\p{L}])(?:if|unless)\s[^;:.!?]*$/iu;
/** A patched state kept or lacked, not a fix released: "keeping systems patched", "computers that don't have the patch". */
const PATCH_STATE_RE = /(?:\b(?:keep(?:s|ing)?|kept|stay(?:s|ing)?|remain(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}|\b(?:don't|don’t|doesn't|doesn’t|do not|does not|didn't|didn’t|did not) have (?:the |a |any )?)$/iu;
/** Patch triggers that name a fix to a flaw without a vulnerability in the article: "patch", "hotfix", a security fix
 *  (not a "security update": phishing lures offer those), an update pushed out ("pushed updates to every browser"). */
const SELF_PATCH_RE = /patch|hotfix|security fix|^push/iu;
/** A place made a modifier by a hyphenated participle ("Washington-based"): tested on the text right after the place. */
const PLACE_MODIFIER_AFTER_RE = new RegExp(`^[-\u2010\u2011](?:${PLACE_MODIFIER_PARTICIPLES.join("|")})(?![\\p{L}])`, "u");
/** A subject phrase ending in such a modifier: "Washington-based". */
const PLACE_MODIFIER_END_RE = new RegExp(`[-\u2010\u2011](?:${PLACE_MODIFIER_PARTICIPLES.join("|")})$`, "u");
const METONYMS = new Gazetteer(STATE_METONYMS.map((m) => ({ names: m.names, value: m.code })));
/** The last clause break before a trigger: its subject stands after it ("..., and Europol said"). */
const CLAUSE_BREAK_RE = /(?:,\s+(?:and|but|while|whereas)\s+|;\s+|\b(?:said|says|saying|stated|announced|confirmed|added|adding|that|after|when|while)\s+)/giu;
/** A capitalised name just before the trigger: "The Foreign Office summoned", "the Treasury on Monday imposed", "the
 *  Treasury imposed its own sanctions". */
const SUBJECT_NP_RE = /(?:^|[\s,;])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}\p{Lu}[\p{L}'’.&-]*)\s+(?:(?:also|has|have|had|then|later|swiftly|quickly|promptly|on\s+\p{Lu}\p{L}+|today|yesterday)\s+)*(?:\p{Ll}+\s+){0,2}(?:(?:its|their)\s+own\s+)?$/u;
const SUBJECT_STOP = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, "According", "It", "They", "He", "She", "We", "I", "This", "That", "These", "Those", "There", "Officials", "Police", "Authorities", "Hackers", "Attackers", "Researchers", "Experts", "Prosecutors", "Investigators", "Analysts", "Lawmakers", "Diplomats", "Sources", "Critics", "Victims", "Users", "Customers", "Some", "Many", "In", "On", "At", "After", "Before", "When", "While", "But", "And", "However", "Earlier", "Later", "Meanwhile", "Both", "All", "A", "An", "The", "Its", "Their", "Our"]);
/** An opening phrase set off by a comma ("As spotted by X, Microsoft released", "According to Y, the ministry
 *  said"): the main clause, and its subject, start after the comma. */
const FRONTED_RE = /^(?:As|According to|Like|Unlike|Following|After|Before|Since|While|When|Per|In|On|At)\s[^,;“”"]{1,80},\s+/u;
const COORD_RE = /^\s*(?:,\s*|and\s+|,\s*and\s+|as well as\s+|&\s+)(?:the\s+)?$/iu;
const PRONOUN_RE = /(?:^|\s)(?:it|they|he|she|the (?:ministry|alliance|bloc|company|agency|department|government|statement))\s/iu;
const OFFICIAL_ROLE_RE = /minister|president|chancellor|secretary|director|spokes|ambassador|chief|head|commissioner|prime|premier|senator|governor|mayor|official|general|chair/iu;
/** Roles that only a state's government has (a spokesman or a director may work anywhere). */
const STATE_ROLE_RE = /minister|president|chancellor|ambassador|secretary of state|prime|premier|senator|governor|attorney general/iu;
const COMPANY_ROLE_RE = /executive|officer|founder|ceo|cto|ciso|cfo|researcher|analyst|engineer|manager|vice president|product|marketing|technical|technology|security director/iu;
/** Kinds of response only an official body gives (a company investigating itself is not a response). */
const OFFICIAL_ONLY = new Set<ResponseKind>(["statement", "investigation", "condemnation", "solidarity", "diplomatic-summons", "expulsion", "sanctions", "indictment", "arrest"]);
/** A dateline ("HONG KONG (REUTERS) -") names a place, not a subject. */
const DATELINE_AFTER_RE = /^\s*(?:\([^)]*\))?\s*[-\u2013\u2014:,]/u;
/** A whole dateline opening a sentence: "SEOUL, March 12 (Reuters) - ": its agency is not a subject. */
const DATELINE_RE = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]\s+/u;
const OFFICIAL_KINDS = new Set(["government", "intergovernmental", "military", "intelligence", "political-party"]);

/** A name right after one of these is a place, not a subject: "the embassy in Berlin denied". */
const AFTER_PREPOSITION_RE = /(?<![\p{L}])(?:in|at|from|to|of|for|near|into|via|outside)\s+$/iu;

/** The agent of a passive trigger: "sanctioned by the US Treasury", "expelled by the Netherlands". */
const BY_AGENT_RE = /^\s+by\s+(?:the\s+)?/u;
const AGENT_NP_RE = /^((?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}\p{Lu}[\p{L}'’.&-]*)/u;

interface Responder { name: string; country: string | null; mention: EntityMention | null }

function inQuote(quotes: readonly Quote[], start: number, end: number): Quote | undefined {
  return quotes.find((q) => q.start <= start && q.end >= end);
}

export function assembleResponses(doc: AnalysedText, found: Found, incidents: Incident[]): Response[] {
  const text = doc.text;
  const out: Response[] = [];
  /** each response once, by kind and responder */
  const seen = new Map<string, Response>();
  let last: Responder[] = [];
  const vulnerable = incidents.some((i) => i.types.some((t) => t === "vulnerability-disclosure" || t === "vulnerability-exploitation") || i.vulnerabilities.length > 0)
    || VULN_WORDS_RE.test(text);
  const incidentIdsNear = (s: Sentence): string[] => {
    if (!incidents.length) return [];
    const hit = incidents.filter((i) => i.evidence.some((e) => e.start >= s.start && e.end <= s.end));
    return (hit.length ? hit : [incidents[0]!]).map((i) => i.id);
  };
  const add = (kind: ResponseKind, r: Responder | null, s: Sentence, evidence: Span, quote: Quote | undefined) => {
    const by = r?.name ?? null;
    const key = `${kind}|${by ?? ""}`;
    const dateMention = found.dates.find((d) => d.start >= s.start && d.end <= s.end && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    const date = dateMention?.value ?? (/\btoday\b/i.test(text.slice(s.start, s.end)) ? found.referenceDate : null);
    const earlier = seen.get(key);
    if (earlier) {
      // the same response said again ("Germany blames ..." in the headline, "on Friday blamed" below) may say when
      if (!earlier.date && date) earlier.date = date;
      return;
    }
    const quoteIds = found.quotes.filter((q) => q.start < s.end && s.start < q.end).map((q) => q.id);
    if (quote && !quoteIds.includes(quote.id)) quoteIds.push(quote.id);
    const response: Response = { id: "", kind, by, byCountry: r?.country ?? null, date: date ?? null, incidentIds: incidentIdsNear(s), quoteIds, evidence };
    seen.set(key, response);
    out.push(response);
  };

  // attributions first: they know their attributors
  const attributed = new Set<number>();
  for (const a of findAttributions(doc, found)) {
    const rs = a.by.map((m) => ({ name: m.name, country: countryOf(found, m), mention: m }));
    for (const r of rs) add("attribution", r, a.sentence, trimSpan(text, a.sentence.start, a.sentence.end), undefined);
    if (rs.length) attributed.add(a.sentence.index);
  }

  for (const s of doc.sentences) {
    const st = text.slice(s.start, s.end);
    if (isBackground(st)) continue;
    /** the sentence's first responders, its main clause's subject, stand for "it" or "the agency" after it ("Europol
     *  said Romanian police had arrested two men. The agency said ...": Europol) */
    let subjectSet = false;
    const dateline = s.start + (DATELINE_RE.exec(st)?.[0].length ?? 0);
    const mentions = mentionsIn(found, s).filter((m) => m.kind !== "actor" && !inQuote(found.quotes, m.span.start, m.span.end) && m.span.start >= dateline
      && !(m.span.text === m.span.text.toUpperCase() && m.span.text.length >= 4 && DATELINE_AFTER_RE.test(text.slice(m.span.end, m.span.end + 20))));
    const denial = isDenial(st);
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(st); m; m = TRIGGER_RE.exec(st)) {
      let kind = RESPONSE_TRIGGERS[patternIndex(m)]?.kind;
      if (!kind) continue;
      if (kind === "attribution") continue; // handled above, with its actor
      const start = s.start + m.index;
      const before = text.slice(Math.max(s.start, start - 60), start);
      if (kind === "patch" && (NEGATED_PATCH_RE.test(before) || PATCH_STATE_RE.test(before) || CONDITIONAL_PATCH_RE.test(before))) continue;
      // an update or a fix is a patch where the article reports a vulnerability; "patch", a security fix or update and
      // one pushed out to users say so themselves
      if (kind === "patch" && !SELF_PATCH_RE.test(m[0]) && !vulnerable) continue;
      const hypo = hypotheticalBefore(before);
      if (kind !== "statement" && hypo && !MODAL_RE.test(hypo[0])) continue; // "leading to their arrest", "no patch"
      // (a denial is of involvement or of harm: "no evidence attackers exploited it before the patch was deployed" still
      // reports the patch)
      if (kind !== "statement" && (hypo || (denial && kind !== "patch"))) kind = "statement";
      const quote = inQuote(found.quotes, start, start + m[0].length);
      const agent = kind === "statement" ? [] : passiveAgent(found, mentions, start + m[0].length, m[0], st, s);
      const responders = agent.length ? agent : subjectOf(found, mentions, start, quote, st, s, last);
      if (!responders.length) {
        if (kind !== "statement" && kind !== "investigation") {
          add(kind, null, s, trimSpan(text, s.start, s.end), quote);
        }
        continue;
      }
      for (const r of responders) {
        if (OFFICIAL_ONLY.has(kind) && !official(found, r)) continue;
        add(kind, r, s, trimSpan(text, s.start, s.end), quote);
      }
      if (!subjectSet) last = responders;
      subjectSet = true;
    }
  }
  const home = homeCountry(found, out);
  // "according to the indictment" names no new response where the article has one of that kind by someone
  const kept = out.filter((r) => r.by !== null || !out.some((x) => x.kind === r.kind && x.by !== null));
  return kept.map((r, i) => ({ ...r, byCountry: r.byCountry ?? (home && stateBody(found, r.by) ? home : null), id: `R${i + 1}` }));
}

/** The first cue of a possibility in the words before a trigger, as one alternation of all the cues would find it. */
function hypotheticalBefore(before: string): RegExpExecArray | null {
  const cue = HYPO_BEFORE_RE.exec(before);
  const may = MAY_BEFORE_RE.exec(before);
  return cue && may ? (may.index < cue.index ? may : cue) : cue ?? may;
}

/** The state whose government the article follows: the country that responds most (first on a tie), not counting
 *  the state the attackers are tied to. Its unnamed bodies ("the Interior Ministry", "the Foreign Office") and
 *  officials ("Interior Minister X") act for it. */
function homeCountry(found: Found, responses: readonly Response[]): string | null {
  const sponsors = new Set(found.threatActors.map((a) => a.sponsorCountry).filter(Boolean));
  const count = new Map<string, number>();
  for (const r of responses) if (r.byCountry && !sponsors.has(r.byCountry)) count.set(r.byCountry, (count.get(r.byCountry) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of count) if (!best || n > count.get(best)!) best = c;
  return best;
}

/** A national body or official named without its country: a government organisation with none, or a person with an
 *  official's role and no organisation of another kind. */
function stateBody(found: Found, name: string | null): boolean {
  if (!name) return false;
  const org = found.organizations.find((o) => o.name === name);
  if (org) return org.country === null && (org.kind === "government" || org.kind === "military" || org.kind === "intelligence");
  const p = found.people.find((x) => x.name === name);
  if (p) {
    const porg = p.organization ? found.organizations.find((o) => o.name === p.organization) : undefined;
    if (porg) return porg.country === null && porg.kind === "government";
    return STATE_ROLE_RE.test(p.role ?? "") && !COMPANY_ROLE_RE.test(p.role ?? "") && !/\b(?:EU|NATO|UN|European|Europol|Interpol)\b/u.test(p.role ?? "");
  }
  return /^(?:(?:Foreign|Interior|Defen[cs]e|Justice|Home|Finance|Economy|Digital)\s+(?:Ministry|Office|Department)|(?:Ministry|Department)\s+of\s+\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}\p{L}+)*)$/u.test(name);
}

/** The responders of a trigger: the first named subject before it and those coordinated with it. */
function subjectOf(found: Found, all: EntityMention[], at: number, quote: Quote | undefined, st: string, s: Sentence, last: Responder[]): Responder[] {
  const text = (a: number, b: number) => st.slice(a - s.start, b - s.start);
  // a country adjective on a person noun is who was acted on ("a North Korean military intelligence operative")
  // a place made a modifier ("the Washington-based company") is no subject either
  const mentions = all.filter((x) => !countryIsPatient(x, text(x.span.end, Math.min(s.end, x.span.end + 60)), Math.max(0, at - x.span.end))
    && !PLACE_MODIFIER_AFTER_RE.test(text(x.span.end, Math.min(s.end, x.span.end + 16))));
  let clauseStart = s.start;
  let lastBreak = s.start;
  /** a clause starting at `end` holds the subject when a name stands between it and the trigger */
  const namedAfter = (end: number) => mentions.some((x) => x.span.start >= end && x.span.end <= at);
  const fronted = FRONTED_RE.exec(st);
  if (fronted) {
    const end = s.start + fronted[0].length;
    if (end <= at && namedAfter(end)) clauseStart = end;
  }
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(st); m && s.start + m.index < at; m = CLAUSE_BREAK_RE.exec(st)) {
    const end = s.start + m.index + m[0].length;
    if (end > at) break;
    if (/^,\s+(?:and|but|while|whereas)|^;/u.test(m[0])) lastBreak = end;
    if (namedAfter(end)) clauseStart = end;
  }
  // "..., Britain's National Crime Agency said on Tuesday": a clause after the last comma with a name of its own right
  // before the trigger has its own subject (not where the comma separates a list: "Germany, France and Italy said")
  const comma = st.lastIndexOf(",", at - s.start - 1);
  if (comma >= 0 && s.start + comma + 1 > clauseStart) {
    const from = s.start + comma + 1;
    const inClause = mentions.filter((x) => x.span.start >= from && x.span.end <= at);
    const listed = mentions.some((x) => x.span.end === s.start + comma) && /(?:^|\s)(?:and|or|&)\s/u.test(text(from, at));
    const tail = inClause.length ? text(inClause[inClause.length - 1]!.span.end, at) : "";
    if (inClause.length && !listed && /^\s+(?:the\s+)?$/iu.test(text(from, inClause[0]!.span.start)) && /^[\s()\p{L}'’.-]*$/u.test(tail)
      && tail.split(/\s+/u).filter(Boolean).length <= 4) clauseStart = from;
  }
  // "..., and the Treasury imposed sanctions": a new clause whose subject is no recognised name
  const np = SUBJECT_NP_RE.exec(st.slice(0, at - s.start));
  const npStart = np ? s.start + np.index + np[0].indexOf(np[1]!) : 0;
  const npEnd = np ? npStart + np[1]!.length : 0;
  const placed = np && AFTER_PREPOSITION_RE.test(st.slice(0, npStart - s.start));
  // (a threat actor's name is no responder: "In the post, LockBit said")
  if (np && !placed && !PLACE_MODIFIER_END_RE.test(np[1]!) && !SUBJECT_STOP.has(np[1]!.split(/\s+/)[0]!) && npStart >= lastBreak && !all.some((x) => x.span.end > npStart && x.span.start < at)
    && !found.threatActors.some((a) => a.mentions.some((x) => x.end > npStart && x.start < npEnd))) {
    const meto = METONYMS.find(np[1]!)[0];
    const inner = found.countries.find((c) => c.mentions.some((m) => m.start >= npStart && m.end <= npEnd));
    return [{ name: np[1]!, country: meto?.value ?? inner?.code ?? null, mention: null }];
  }
  if (lastBreak > clauseStart) clauseStart = lastBreak;
  const before = mentions.filter((m) => m.span.end <= at && m.span.start >= clauseStart);
  if (before.length) {
    let i = 0;
    // "Czechia's National Office ...": the office, not the country
    let adjCountry: string | null = null;
    while (i + 1 < before.length && before[i]!.kind === "country" && before[i + 1]!.kind !== "country" && /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+)?$/u.test(st.slice(before[i]!.span.end - s.start, before[i + 1]!.span.start - s.start))) {
      adjCountry = before[i]!.country;
      i++;
    }
    const first = before[i]!;
    const group = [first];
    /** "Dutch Defence Minister Ank Bijleveld": the official of the country named before the role */
    let personCountry: string | null = null;
    for (let j = i + 1; j < before.length; j++) {
      const gap = st.slice(group[group.length - 1]!.span.end - s.start, before[j]!.span.start - s.start);
      if (COORD_RE.test(gap)) group.push(before[j]!);
      else if (before[j]!.kind === "person" && group.length === 1 && /^\s*(?:['’]s\s+)?(?:[\p{L}-]+\s+){0,4}$/u.test(gap)) { // "NÚKIB Director Lukáš Kintr"
        group.push(before[j]!);
        if (first.kind === "country") personCountry = first.country;
      }
      else break;
    }
    return group.map((m) => ({ name: m.name, country: countryOf(found, m) ?? (m === first ? adjCountry : m.kind === "person" ? personCountry : null), mention: m }));
  }
  if (quote) {
    // "“...,” Foreign Minister Ingrid Dahl said": the name after the quote
    const after = mentions.find((m) => m.span.start >= quote.end && m.kind !== "country");
    if (after) return [{ name: after.name, country: countryOf(found, after), mention: after }];
  }
  // a capital after a preposition is a place ("the embassy in Berlin denied"), not the state speaking
  const meto = METONYMS.find(st).find((m) => s.start + m.start < at && !AFTER_PREPOSITION_RE.test(st.slice(0, m.start)) && !PLACE_MODIFIER_AFTER_RE.test(st.slice(m.end, m.end + 16)));
  if (meto) return [{ name: meto.text.replace(/^the\s+/i, ""), country: meto.value, mention: null }];
  if (quote?.speaker?.name) {
    const ent = quote.speaker.entityId ? mentionOf(found, quote.speaker.entityId) : null;
    return [{ name: quote.speaker.name, country: ent, mention: null }];
  }
  const q = found.quotes.find((x) => x.start >= s.start && x.end <= s.end + 2 && x.speaker?.name);
  if (q?.speaker) return [{ name: q.speaker.name, country: q.speaker.entityId ? mentionOf(found, q.speaker.entityId) : null, mention: null }];
  if (PRONOUN_RE.test(` ${st.slice(0, at - s.start)}`) && last.length) return last;
  return [];
}

/** The agent of a passive trigger ("a group sanctioned by the US Treasury in 2019", "the four expelled by the
 *  Netherlands"): the named body after "by", with those coordinated with it. */
function passiveAgent(found: Found, mentions: EntityMention[], end: number, trigger: string, st: string, s: Sentence): Responder[] {
  let from: number;
  if (/\sby$/iu.test(trigger)) from = end + (/^\s+(?:the\s+)?/u.exec(st.slice(end - s.start))?.[0].length ?? 0);
  else {
    const by = BY_AGENT_RE.exec(st.slice(end - s.start));
    if (!by) return [];
    from = end + by[0].length;
  }
  const first = mentions.find((x) => x.span.start === from);
  if (first && first.kind !== "actor") {
    const group = [first];
    for (const x of mentions) {
      if (x.span.start <= group[group.length - 1]!.span.start) continue;
      if (!COORD_RE.test(st.slice(group[group.length - 1]!.span.end - s.start, x.span.start - s.start))) break;
      group.push(x);
    }
    // "the US Treasury" read as the country: the body is the capitalised name
    const np = AGENT_NP_RE.exec(st.slice(from - s.start));
    if (group.length === 1 && first.kind === "country" && np && np[1]!.length > first.span.text.length && !found.threatActors.some((a) => a.mentions.some((x) => x.start >= from && x.start < from + np[1]!.length))) {
      return [{ name: np[1]!, country: first.country, mention: null }];
    }
    return group.map((m) => ({ name: m.name, country: countryOf(found, m), mention: m }));
  }
  return [];
}

function mentionOf(found: Found, id: string): string | null {
  const o = found.organizations.find((x) => x.id === id);
  if (o) return o.country;
  return null;
}

function official(found: Found, r: Responder): boolean {
  const m = r.mention;
  if (!m) return true; // a quote speaker resolved by the quotes recogniser
  if (m.kind === "country") return true;
  if (m.kind === "organization") return OFFICIAL_KINDS.has(m.orgKind ?? "");
  if (m.kind === "person") {
    const p = found.people.find((x) => x.id === m.id);
    if (!p) return false;
    const org = found.organizations.find((o) => o.name === p.organization);
    if (org) return OFFICIAL_KINDS.has(org.kind);
    return OFFICIAL_ROLE_RE.test(p.role ?? "") && !COMPANY_ROLE_RE.test(p.role ?? "");
  }
  return false;
}
