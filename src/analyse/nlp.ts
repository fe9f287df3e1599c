// compromise, loaded lazily and once: it is slow to load (~0.2 s) and to run (~35 articles/s), so callers
// hand it the sentences that need it and nothing else. Offsets returned are into the sentence given.
import { createRequire } from "node:module";

interface NlpTerm { text: string; offset?: { start: number; length: number }; tags?: string[] }
interface NlpMatchJson { text: string; terms: NlpTerm[]; offset?: { start: number; length: number } }
interface NlpView {
  people(): NlpView;
  /** the same matches as a plain view (a People view's json() also parses each name: first name, gender...) */
  toView(): NlpView;
  json(options?: Record<string, unknown>): NlpMatchJson[];
}
interface NlpModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { switches: Record<string, string> };
}
type Nlp = ((text: string) => NlpView) & { world(): { hooks: string[]; model: NlpModel } };

let loaded: Nlp | null = null;

/**
 * The compromise function, loaded on first use. Its last analysis step, "chunks" (noun/verb phrase chunks), sets
 * no tags and nothing here reads chunks, so it is left out: parsing is ~10% faster, the tags are the same.
 */
export function nlp(): Nlp {
  if (!loaded) {
    loaded = createRequire(import.meta.url)("compromise") as Nlp;
    const world = loaded.world();
    world.hooks = world.hooks.filter((h) => h !== "chunks");
  }
  return loaded;
}

/** compromise's lexicon tags that make a word (part of) a person's name. */
const PERSON_TAGS: ReadonlySet<string> = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
let personWords: ReadonlySet<string> | null = null;

/** The words of compromise's lexicon entries tagged as names, and the words it reads as a person by context. */
function personWordsOf(model: NlpModel): ReadonlySet<string> {
  const set = new Set<string>();
  const lexicon = model.one.lexicon;
  for (const entry in lexicon) {
    const tags = lexicon[entry]!;
    if (typeof tags === "string" ? !PERSON_TAGS.has(tags) : !tags.some((t) => PERSON_TAGS.has(t))) continue;
    for (const w of entry.split(" ")) set.add(w);
  }
  for (const [word, choice] of Object.entries(model.two.switches)) if (choice.split("|").includes("Person")) set.add(word);
  return set;
}

/**
 * Whether compromise could tag a run of capitalised words as a person: it does so only when one of the words
 * is in its lexicon as a first name, surname, honorific or known person, or is one of the words it reads as a
 * person or something else by context ("Bill", "Ruby"). Asking this first spares running compromise on
 * sentences whose candidates it would turn down anyway (on the CASIE articles, four in five).
 */
export function mayBePerson(words: readonly string[]): boolean {
  personWords ??= personWordsOf(nlp().world().model);
  return words.some((w) => personWords!.has(w.toLowerCase()));
}

export interface NlpSpan { start: number; end: number; text: string }

function spans(view: NlpView, text: string): NlpSpan[] {
  const out: NlpSpan[] = [];
  for (const m of view.json({ offset: true, terms: { offset: true } })) {
    const terms = m.terms.filter((t) => t.offset);
    if (!terms.length) continue;
    const start = terms[0]!.offset!.start;
    const last = terms[terms.length - 1]!.offset!;
    const end = last.start + last.length;
    if (start < 0 || end > text.length || end <= start) continue;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Between sentences handed over together: compromise never runs a sentence on across a line break (unless
 * a quotation or a parenthesis is left open, which peopleInEach checks). */
const SEPARATOR = "\n\n";

/**
 * What compromise tags as people in each sentence, as spans of that sentence: the same as peopleIn on each,
 * in one call (each call costs a fixed ~1 ms on top of the words). compromise tags each of its sentences on
 * its own, so the sentences are joined with a line break; a sentence that compromise runs on into a
 * neighbour (an open quotation or parenthesis) is parsed again alone.
 */
export function peopleInEach(sentences: readonly string[]): NlpSpan[][] {
  if (sentences.length < 2) return sentences.map(peopleIn);
  const starts: number[] = [];
  let joined = "";
  for (const s of sentences) {
    starts.push(joined.length);
    joined += s + SEPARATOR;
  }
  /** the sentence holding an offset of `joined` */
  const at = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = nlp()(joined);
  const alone = new Set<number>();
  for (const s of doc.json({ offset: true, terms: { offset: true } })) {
    const terms = s.terms.filter((t) => t.offset);
    if (!terms.length) continue;
    const first = at(terms[0]!.offset!.start);
    const last = at(terms[terms.length - 1]!.offset!.start);
    for (let i = first; first !== last && i <= last; i++) alone.add(i);
  }
  const out: NlpSpan[][] = sentences.map(() => []);
  for (const span of spans(doc.people().toView(), joined)) {
    const i = at(span.start);
    if (alone.has(i)) continue;
    const start = span.start - starts[i]!;
    const end = span.end - starts[i]!;
    if (end > sentences[i]!.length) continue;
    out[i]!.push({ start, end, text: span.text });
  }
  for (const i of alone) out[i] = peopleIn(sentences[i]!);
  return out;
}

/** What compromise tags as people in one sentence, as spans of that sentence. */
export function peopleIn(sentence: string): NlpSpan[] {
  return spans(nlp()(sentence).people().toView(), sentence);
}
