// compromise, loaded lazily and once: it is slow to load (~0.2 s) and to run (~35 articles/s), so callers
// hand it single sentences that need it and nothing else. Offsets returned are into the string given.
import { createRequire } from "node:module";

interface NlpTerm { text: string; offset?: { start: number; length: number }; tags?: string[] }
interface NlpMatchJson { text: string; terms: NlpTerm[]; offset?: { start: number; length: number } }
interface NlpView {
  people(): NlpView;
  /** the same matches as a plain view (a People view's json() also parses each name: first name, gender...) */
  toView(): NlpView;
  organizations(): NlpView;
  places(): NlpView;
  match(pattern: string): NlpView;
  json(options?: Record<string, unknown>): NlpMatchJson[];
}
type Nlp = ((text: string) => NlpView) & { world(): { hooks: string[] } };

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

/** What compromise tags as people in one sentence, as spans of that sentence. */
export function peopleIn(sentence: string): NlpSpan[] {
  return spans(nlp()(sentence).people().toView(), sentence);
}

/** What compromise tags as organisations in one sentence, as spans of that sentence. */
export function organizationsIn(sentence: string): NlpSpan[] {
  return spans(nlp()(sentence).organizations().toView(), sentence);
}
