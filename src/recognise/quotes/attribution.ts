// Attributions: the reporting verb and subject phrase around a quotation.
//
// Where the speaker is looked for, in this order:
// 1. right after the closing mark, in the same sentence: “...,” the statement said / “...,” said Jane Doe /
//    “...,” NATO said in a statement / “...,” according to X. When the quotation ends its own sentence (“...done.”),
//    what follows is an attribution only if it does not open a new statement of its own (“...” Smith added: “...”).
// 2. before the opening mark, in the sentence that holds it: the last reporting verb outside other quotations, with
//    its subject (“X said: ...”, “X told Reuters ...”, “X has said the attack ...”, “with X stating that ...”,
//    “according to X, ...”). A participle after a comma (“..., stating:”) takes the subject of its clause.
// 3. a sentence just before that ends with a colon: “The company said in a statement:” + new paragraph “...”.
// A quotation broken by an attribution (“A,” she said, “B.”) gives two quotations with the same speaker: the first
// takes “she said” by rule 1, the second by rule 2.
import { sentenceAt, type AnalysedText } from "../../analyse/analyse.js";
import { isParticiple, REPORTING_VERBS } from "../../data/reporting-verbs.js";
import type { Quotation } from "./marks.js";
import { clauseSubject, subjectAfter, subjectBefore, type Subject } from "./phrases.js";
import { escapeRegExp as escape } from "../../analyse/lexicon.js";

export interface Attribution {
  subject: Subject | null;
  /** the reporting verb as written, lower-cased */
  verb: string | null;
  /** where the attribution stands: the verb's offset */
  at: number;
}

const FORMS = REPORTING_VERBS.flatMap((v) => v.forms).sort((a, b) => b.length - a.length);
const ALTERNATION = FORMS.map((f) => escape(f).replace(/ /g, "\\s+")).join("|");
/** Every reporting verb (case-sensitive, so "Said" and "States" in names do not match; "According to" does). */
const VERB = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${ALTERNATION}|According\\s+to)(?![\\p{L}\\p{N}_-])`, "uy");
/**
 * Where VERB may match: a form at an ASCII word boundary. Every VERB match is one (a form starts with a letter, and
 * VERB's lookbehind refuses a letter or digit before it); without Unicode classes and lookbehind it runs far faster.
 */
const VERB_CANDIDATE = new RegExp(`\\b(?:${ALTERNATION}|According\\s+to)`, "g");
const VERB_AT_START = new RegExp(`^(?:${ALTERNATION})(?![\\p{L}\\p{N}_-])`, "u");
const ACCORDING = /^according\s+to$/i;
const LEAD = /^[\s,\u2014\u2013-]*/;
const LEFTOVER = /^(?:[\s,]|\b(?:the|a|an|its|their|our|his|her|one|another)\b)*$/i;
/** Capitalised words of the body a role belongs to, left before the role: "AFP " of "AFP Assistant Commissioner". */
const OWNER_LEFTOVER = /^\s*(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}$/u;
/** "was said to", "have been told": a passive reporting verb names no speaker. */
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+$/;
const SENTENCE_DONE = /[.!?]$/;
const AFTER_END = /[.!?:\u201c\u00ab"]/;

/** The attribution of one quotation, or null when the text states none. `inside` tells whether an offset is quoted. */
export function attributionOf(doc: AnalysedText, q: Quotation, paragraphEnd: number, nextOpen: number, inside: (pos: number) => boolean): Attribution | null {
  const a = after(doc, q, Math.min(paragraphEnd, nextOpen));
  if (a?.subject) return a;
  return before(doc, q.open, inside) ?? colonIntro(doc, q.open, inside) ?? a;
}

function after(doc: AnalysedText, q: Quotation, limit: number): Attribution | null {
  const { text } = doc;
  const to = Math.min(limit, q.close + 1 + 200);
  const win = text.slice(q.close + 1, to);
  const p0 = q.close + 1 + LEAD.exec(win)![0].length;
  const rest = text.slice(p0, to);
  const done = SENTENCE_DONE.test(text.slice(q.start, q.end));
  const first = VERB_AT_START.exec(rest);
  if (first) {
    const verbEnd = p0 + first[0].length;
    if (done && !endsSentence(text, verbEnd, to)) return null;
    const subject = subjectAfter(text, verbEnd, to);
    return subject ? { subject, verb: norm(first[0]), at: p0 } : null;
  }
  const m = nextVerb(text.slice(0, Math.min(to, p0 + 120)), p0);
  if (!m) return null;
  const between = text.slice(p0, m.index);
  if (/[.!?;:\u201c\u201d"\u00ab\n]/.test(between.replace(/\b\p{Lu}\./gu, "").replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|St|Inc|Corp|Ltd|Co|Jr|Sr)\./g, ""))) return null;
  const verbEnd = m.index + m[0].length;
  if (ACCORDING.test(m[0])) {
    if (!LEFTOVER.test(between) || (done && /^A/.test(m[0]))) return null;
    return { subject: subjectAfter(text, verbEnd, to), verb: "according to", at: m.index };
  }
  const subject = subjectBefore(text, p0, m.index);
  if (!subject) return null;
  // what stands before the subject is nothing, a determiner, or the speaker's role: “...,” Interior Minister X told
  let leftover = text.slice(p0, subject.start);
  if (subject.kind === "name" && subject.role) leftover = leftover.replace(subject.role, "");
  // and, before a role, the body it serves: “...,” AFP Assistant Commissioner Justine Gough said
  if (!LEFTOVER.test(leftover) && !(subject.kind === "name" && subject.role && OWNER_LEFTOVER.test(leftover))) return null;
  // after a quotation that ends its sentence, a capitalised subject opens a new sentence unless the attribution ends there
  if (done && /^\p{Lu}/u.test(text.slice(p0, p0 + 1)) && (subject.kind === "pronoun" || !endsSentence(text, verbEnd, to))) return null;
  return { subject, verb: norm(m[0]), at: m.index };
}

/** True when, after a verb, the sentence ends before any colon or new quotation opens. */
function endsSentence(text: string, from: number, to: number): boolean {
  const m = AFTER_END.exec(text.slice(from, to));
  return !m || /[.!?]/.test(m[0]);
}

function before(doc: AnalysedText, open: number, inside: (pos: number) => boolean): Attribution | null {
  const s = sentenceAt(doc, open);
  if (!s) return null;
  return attributionInClause(doc, s.start, open, inside);
}

/** The last reporting verb of text[from, to) outside quotations, with its subject. */
export function attributionInClause(doc: AnalysedText, from: number, to: number, inside: (pos: number) => boolean): Attribution | null {
  const { text } = doc;
  const slice = text.slice(0, to);
  let last: RegExpExecArray | null = null;
  for (let m = nextVerb(slice, from); m; m = nextVerb(slice, m.index + m[0].length)) {
    if (inside(m.index) || (PASSIVE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/ing$/.test(m[0]))) continue;
    last = m;
  }
  if (!last) return null;
  const verb = norm(last[0]);
  const verbEnd = last.index + last[0].length;
  if (ACCORDING.test(last[0])) return { subject: subjectAfter(text, verbEnd, to), verb: "according to", at: last.index };
  const participle = isParticiple(verb);
  const beforeVerb = text.slice(from, last.index).trimEnd();
  const subject = participle && (beforeVerb.endsWith(",") || !beforeVerb)
    ? clauseSubject(text, from, last.index)
    : subjectBefore(text, from, last.index) ?? (participle ? clauseSubject(text, from, last.index) : null);
  if (!subject && /[,\u201d"]$/.test(beforeVerb)) {
    // “...,” wrote security expert John Wetzel in a blog post.
    const s = sentenceAt(doc, last.index);
    const after = subjectAfter(text, verbEnd, s ? s.end : to);
    if (after?.kind === "name") return { subject: after, verb, at: last.index };
  }
  return { subject, verb, at: last.index };
}

/** “The company said in a statement:” closing the sentence (or paragraph) right before the quotation. */
function colonIntro(doc: AnalysedText, open: number, inside: (pos: number) => boolean): Attribution | null {
  const { text } = doc;
  let p = open - 1;
  while (p >= 0 && /\s/.test(text[p]!)) p--;
  if (p < 0 || text[p] !== ":" || open - p > 4) return null;
  const s = sentenceAt(doc, p);
  if (!s) return null;
  return attributionInClause(doc, s.start, p, inside);
}

const norm = (v: string) => v.toLowerCase().replace(/\s+/g, " ");

/** The first reporting verb of text at or after `from` (what a global VERB would find from there): candidates, each checked. */
export function nextVerb(text: string, from: number): RegExpExecArray | null {
  VERB_CANDIDATE.lastIndex = from;
  for (let c = VERB_CANDIDATE.exec(text); c; c = VERB_CANDIDATE.exec(text)) {
    VERB.lastIndex = c.index;
    const m = VERB.exec(text);
    if (m) return m;
    VERB_CANDIDATE.lastIndex = c.index + 1;
  }
  return null;
}
