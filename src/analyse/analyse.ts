// The analysed text: paragraphs and sentences with offsets. Every span of the record points into `text`.
import type { Span } from "../record/schema.js";
import { splitParagraphs, splitSentences } from "./sentences.js";

export interface Sentence extends Span {
  /** index of the sentence in the document */
  index: number;
  /** index of its paragraph */
  paragraph: number;
}

export interface AnalysedText {
  /** the text every offset refers to */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
}

export function analyse(text: string): AnalysedText {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(text, p)) sentences.push({ start: s.start, end: s.end, text: s.text, index: sentences.length, paragraph });
  });
  return { text, paragraphs, sentences };
}

/** The sentence that holds the given offset, or undefined (binary search). */
export function sentenceAt(doc: AnalysedText, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
