// Patterns written as a boundary look-behind, a body and a boundary look-ahead ("(?<![\p{L}\p{N}_])" +
// body + "(?![\p{L}\p{N}_])"), matched faster with the same matches. A pattern that starts with a
// look-behind is tried at every position of the text: the regular expression engine cannot skip ahead to
// the characters the body can start with. The body alone can, and it matches wherever the whole pattern
// does (the look-arounds only take matches away), so the body finds the candidate starts and the whole
// pattern, sticky, decides at each of them. The candidates come from the pattern itself: nothing to keep
// in step by hand.

/** a pattern as before + body + after, where `before` and `after` are zero-width (look-arounds) */
export class BoundedPattern {
  /** the whole pattern, global (as it would be written without this class) */
  readonly whole: RegExp;
  private readonly body: RegExp;
  private readonly at: RegExp;

  private readonly unicode: boolean;

  constructor(before: string, body: string, after: string, flags: string) {
    const plain = flags.replace(/[gy]/g, "");
    this.unicode = plain.includes("u");
    this.whole = new RegExp(before + body + after, `${plain}g`);
    this.body = new RegExp(body, `${plain}g`);
    this.at = new RegExp(before + body + after, `${plain}y`);
  }

  /** the position after `i`: with the "u" flag, after the whole code point */
  private after(text: string, i: number): number {
    if (this.unicode && i + 1 < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return i + 2;
    }
    return i + 1;
  }

  /**
   * The matches text.matchAll(this.whole) gives, in order. `needs` (optional) is a cheaper test that every
   * match satisfies (see src/analyse/prefilter.ts): when the text fails it, nothing is searched.
   */
  *matchAll(text: string, needs?: RegExp): Generator<RegExpExecArray> {
    if (needs && !needs.test(text)) return;
    const { body, at } = this;
    let from = 0;
    while (from <= text.length) {
      body.lastIndex = from;
      const candidate = body.exec(text);
      if (!candidate) return;
      at.lastIndex = candidate.index;
      const m = at.exec(text);
      if (!m) {
        from = this.after(text, candidate.index);
        continue;
      }
      yield m;
      // as matchAll: on from the end of the match (past an empty one)
      from = m[0].length > 0 ? m.index + m[0].length : this.after(text, m.index);
    }
  }
}
