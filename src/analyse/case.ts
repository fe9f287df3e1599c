// Whether a word stands in a text as a word of its own: the test behind "the article also writes it in lower case",
// which tells a common word ("Infected", "Committee") from a name.
import { escapeRegExp as escape } from "./lexicon.js";


/** `word` occurs in `text` (case as given) with no character of the class `inWord` (a regex class source, such as
 *  "\\p{L}") right before or after it. */
export function standsAsWord(text: string, word: string, inWord: string): boolean {
  return new RegExp(`(?<!${inWord})${escape(word)}(?!${inWord})`, "u").test(text);
}
