// Speakers: a subject phrase to a named speaker, with the entity it refers to.
//
// - A name is matched against the people, organisations and threat actors found (name or alias, accent-, case- and
//   punctuation-blind; a surname matches the person whose name ends with it). With no entity, a surname is expanded
//   to the first full name in the text that ends with it ("Kintr" -> "Lukáš Kintr", from "Director Lukáš Kintr").
// - Pronouns, by one explicit rule: he/she refers to the last PERSON that was the subject of a sentence or of a
//   reporting verb, or the speaker of a quotation, before the pronoun; it/they to the last ORGANISATION in the same
//   positions. A lone capitalised word of unknown kind ("Gregory said") may be either, but a speaker of the right
//   kind within PRONOUN_REACH before the pronoun is preferred to it. No such antecedent: no speaker.
// - "the statement said" (release, announcement, ...) refers to the last body that made a statement ("X said in a
//   statement", "X issued a statement"), else to the last organisation as above; "the company/ministry/agency said"
//   to the last organisation whose name holds the noun ("Harbour Authority of X" for "the authority"), else the last
//   organisation as above. "a spokesperson said" names nobody.
import { sentenceAt, type AnalysedText } from "../../analyse/analyse.js";
import { ORGANIZATION_NOUNS, ORGANIZATION_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from "../../data/quote-speakers.js";
import type { Organization, Person, ThreatActor } from "../../record/schema.js";
import { subjectBefore, type Subject } from "./phrases.js";

/** "unknown": a lone capitalised word that is neither a known entity nor a surname in the text ("Gregory", "Cisco"). */
export type SpeakerKind = "person" | "organization" | "actor" | "unknown";

export interface Speaker {
  name: string;
  entityId: string | null;
  role: string | null;
  kind: SpeakerKind;
}

interface Entity {
  id: string;
  name: string;
  keys: string[];
  /** the keys with a space either side, for whole-word containment */
  spaced: string[];
  kind: SpeakerKind;
  role: string | null;
}

/** How far back (UTF-16 units) a speaker of the pronoun's kind is preferred to a more recent one of unknown kind. */
const PRONOUN_REACH = 600;

interface Event {
  at: number;
  speaker: Speaker;
  statement: boolean;
}

const WORDCHAR = /[\p{L}\p{M}]/u;
/** "the authority said": a pattern per organisation noun, made once. */
const NOUN_PATTERNS: ReadonlyMap<string, RegExp> = new Map([...ORGANIZATION_NOUNS].map((n) => [n, new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "iu")]));
/** One to three capitalised words ending right before a surname: "Lukáš " of "Lukáš Kintr". */
const NAME_BEFORE = /(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,3}$/u;

const fold = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");
const spaced = (s: string) => ` ${s} `;

export class SpeakerResolver {
  private readonly entities: Entity[];
  private readonly events: Event[] = [];
  private readonly expansions = new Map<string, Subject | null>();
  /** the entity a name refers to (names recur: every quotation, every sentence subject) */
  private readonly entityByName = new Map<string, Entity | undefined>();

  constructor(private readonly doc: AnalysedText, people: Person[], organizations: Organization[], actors: ThreatActor[]) {
    const entity = (kind: SpeakerKind, role: (e: Person | Organization | ThreatActor) => string | null) => (e: Person | Organization | ThreatActor): Entity => {
      const keys = [e.name, ...e.aliases].map(fold).filter(Boolean);
      return { id: e.id, name: e.name, kind, role: role(e), keys, spaced: keys.map(spaced) };
    };
    this.entities = [
      ...people.map(entity("person", (e) => (e as Person).role ?? null)),
      ...organizations.map(entity("organization", () => null)),
      ...actors.map(entity("actor", () => null)),
    ];
  }

  /** Records that a speaker stood at an offset (subject of a sentence, of a reporting verb, or of a quotation). */
  note(at: number, speaker: Speaker, statement: boolean): void {
    let i = this.events.length;
    while (i > 0 && this.events[i - 1]!.at > at) i--;
    this.events.splice(i, 0, { at, speaker, statement });
  }

  /** The speaker a subject phrase names, or null when it names none (or only a pronoun without antecedent). */
  resolve(subject: Subject | null, at: number): Speaker | null {
    if (!subject) return null;
    switch (subject.kind) {
      case "name":
        return this.named(subject.name, subject.role, subject.start);
      case "pronoun":
      {
        const kind = subject.pronoun === "he" || subject.pronoun === "she" ? "person" : "organization";
        const known = this.lastEvent(at, (e) => e.speaker.kind === kind);
        const unknown = this.lastEvent(at, (e) => e.speaker.kind === "unknown");
        const pick = known && (!unknown || unknown.at < known.at || at - known.at < PRONOUN_REACH) ? known : unknown;
        return pick ? { ...pick.speaker } : null;
      }
      case "statement":
        return this.last(at, (e) => e.statement) ?? this.last(at, (e) => e.speaker.kind === "organization");
      case "organization-noun": {
        // "the authority said": the last organisation whose name holds the noun, else the last organisation
        const noun = NOUN_PATTERNS.get(subject.noun) ?? new RegExp(`(?<![\\p{L}])${subject.noun}(?![\\p{L}])`, "iu");
        return this.last(at, (e) => e.speaker.kind === "organization" && noun.test(e.speaker.name))
          ?? this.last(at, (e) => e.speaker.kind === "organization");
      }
      case "person-noun":
        return null;
    }
  }

  private last(at: number, ok: (e: Event) => boolean): Speaker | null {
    const e = this.lastEvent(at, ok);
    return e ? { ...e.speaker } : null;
  }

  private lastEvent(at: number, ok: (e: Event) => boolean): Event | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      if (e.at < at && ok(e)) return e;
    }
    return null;
  }

  /** A name as written to a speaker: the entity it names, else the fullest form of it in the text. */
  named(name: string, role: string | null, at: number): Speaker {
    const hit = this.entityNamed(name);
    if (hit) return { name: hit.name, entityId: hit.id, role: role ?? hit.role, kind: hit.kind };
    let full = name;
    let fullRole = role;
    if (!/\s/.test(name.trim()) && /^\p{Lu}\p{Ll}/u.test(name)) {
      const x = this.expand(name, at);
      if (x && x.kind === "name") {
        full = x.name;
        fullRole = role ?? x.role;
      }
    }
    return { name: full, entityId: null, role: fullRole, kind: classify(full, fullRole, full !== name) };
  }

  /** The entity a name names: one of its names, a person's name that holds it, a name it holds or that holds it (folded). */
  private entityNamed(name: string): Entity | undefined {
    if (this.entityByName.has(name)) return this.entityByName.get(name);
    const key = fold(name);
    const k2 = spaced(key);
    const hit = this.entities.find((e) => e.keys.includes(key))
      ?? this.entities.find((e) => e.kind === "person" && e.spaced.some((k) => k.includes(k2)))
      ?? this.entities.find((e) => e.keys.some((k, i) => k.length > 2 && (e.spaced[i]!.includes(k2) || k2.includes(e.spaced[i]!))));
    this.entityByName.set(name, hit);
    return hit;
  }

  /** The first "Given Surname" in the text that ends with a lone surname, with any role written before it. */
  private expand(surname: string, at: number): Subject | null {
    if (this.expansions.has(surname)) return this.expansions.get(surname)!;
    const { text } = this.doc;
    let found: Subject | null = null;
    for (let i = text.indexOf(surname); i >= 0 && !found; i = text.indexOf(surname, i + 1)) {
      const end = i + surname.length;
      if (WORDCHAR.test(text[end] ?? "") || !NAME_BEFORE.test(text.slice(Math.max(0, i - 80), i))) continue;
      const s = sentenceAt(this.doc, i);
      const sub = subjectBefore(text, s ? Math.min(s.start, i) : i, end);
      if (sub && sub.kind === "name" && sub.end === end && /\s/.test(sub.name) && personLike(sub.name)) found = sub;
    }
    void at;
    this.expansions.set(surname, found);
    return found;
  }
}

/** Person or organisation, from the words of a name alone. */
export function classify(name: string, role: string | null, expanded: boolean): SpeakerKind {
  if (expanded) return "person";
  if (role && !ORGANIZATION_WORDS.has(role.toLowerCase())) return "person";
  if (personLike(name)) return "person";
  const words = name.split(/\s+/);
  return words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && !ORGANIZATION_WORDS.has(name.toLowerCase()) ? "unknown" : "organization";
}

function personLike(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’.\-]*\p{Ll}[\p{Ll}\p{M}]*$|^\p{Lu}\.$/u.test(w)
    && !ORGANIZATION_WORDS.has(w.toLowerCase()) && !ROLE_HEADS.has(w.toLowerCase()) && !ROLE_MODIFIERS.has(w.toLowerCase()));
}
