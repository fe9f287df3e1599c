// Cheap tests before costly regular expressions. A pattern with a look-behind, many alternatives and the "iu"
// flags is tried at every position of the text, which costs even when it finds nothing, as it does in most
// paragraphs. `needs` is a simple pattern (no look-behind, a literal word or two) that every match of the full
// pattern contains: when the text has no such thing, the full pattern cannot match and is not run.
// `needs` must not be global (test() would move its lastIndex), and takes the full pattern's case flags ("iu"
// when it has them: with "u", "ſ" and the Kelvin sign match "s" and "k").

/** text.matchAll(re), or nothing at all when `needs` finds nothing in the text. */
export function matchAllIf(text: string, needs: RegExp, re: RegExp): Iterable<RegExpMatchArray> {
  return needs.test(text) ? text.matchAll(re) : [];
}
