// The faster ways of matching give exactly the matches of the plain ones: chrono's parsers anchored
// (dates/anchored.ts) and patterns with boundary look-arounds (dates/bounded.ts).
import { casual } from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { anchoredCasual, fingerprint, relaxWhiteSpaceRuns } from "../../src/recognise/dates/anchored.js";
import { isSpace } from "../../src/recognise/dates/words.js";
import { BoundedPattern, TailAnchoredPattern, WordAnchoredPattern } from "../../src/recognise/dates/bounded.js";
import { CHRONO_ANCHORINGS } from "../../src/data/chrono-anchors.js";

const REF = { instant: new Date(Date.UTC(2018, 4, 3, 12)), timezone: 0 };
type Parsed = ReturnType<typeof casual.parse>[number];
const components = (c: Parsed["start"] | null | undefined) => (c ? [c.tags ? [...c.tags()].sort() : [], c.date().toISOString(), c.isCertain("day"), c.isCertain("month"), c.isCertain("year")] : null);
const show = (text: string, chrono: typeof casual) =>
  chrono.parse(text, REF, { forwardDate: false }).map((r) => [r.index, r.text, [...r.tags()].sort(), components(r.start), components(r.end)]);

/** texts with the forms each parser's anchoring has to allow for: long prefixes, white space runs, glued words, odd case */
const EDGE_TEXTS = [
  "It happened on the twenty-seventh through twenty-seventh of May 2018, then twenty seventh  until 31st of Dec.",
  "From   5pm to 7 p.m. on Tuesday, and thatfrom 5pm; at  10:30 AM (EST) T10:00 and 2018-05-03T10:00Z.",
  "The attack came three days ago, a couple  of  months later, several  weeks earlier and 10 days,  and 5 hours after.",
  "After  this week, last night, LAST  NIGHT, this  midnight, this morning, tonight and tomorrow, the end of  the month.",
  "In 2018 BCE of May, 99 AD, May 2017, Sept. 5, Jan.  3rd, 3/4/2018, 12/2018, 2018/05/03, (Monday, March 22).",
  "within  about ~ 5 days, in a few hours, for the past 3 years, +2 days, -3 weeks, next month, past quarter.",
  "Wasout has out, snow known; it was out the door after the data was leaked on 5 May and 6th of June.",
  "x.(on this Monday, x.(last night, x(after this week, x(last day of the month, x(2018BCE of May; a couple     days ago; x(inMay 2018.",
  "x in couple days, x within just 5 days, x for  about ~ 3 weeks, x 05.03 y, x 2018 5 3, x 2018-5-3, x 12/2018, x 2018 BC, May; x this  week.",
  "x 2 days      ago, 3   days ago, 4\t\tweeks later, five  years   after, a  couple   of  days before, 6 \u00a0\u00a0 hours earlier.",
  "x +3 days, x - 2 weeks, x next 2 hours, x the s later, x 2 h out, x few weeks earlier, x end of  the month, x twenty-first of June.",
];

describe("anchored chrono", () => {
  it("anchors every parser of the casual configuration (a chrono-node upgrade needs its anchorings checked)", () => {
    const ctx = { text: "", option: {} } as unknown as Parameters<(typeof casual.parsers)[number]["pattern"]>[0];
    for (const parser of casual.parsers) {
      const anchoring = CHRONO_ANCHORINGS.find((a) => a.parser === parser.constructor.name);
      expect(anchoring?.fingerprint, parser.constructor.name).toBe(fingerprint(parser.pattern(ctx)));
    }
  });

  it("finds what chrono finds", () => {
    for (const text of EDGE_TEXTS) {
      expect(show(text, anchoredCasual)).toEqual(show(text, casual));
      // and from every start, as chrono parses what is left after each match
      for (let i = 1; i < text.length; i += 3) expect(show(text.slice(i), anchoredCasual)).toEqual(show(text.slice(i), casual));
    }
  });

  it("relaxes bounded white-space runs, keeping the smallest bound", () => {
    expect(relaxWhiteSpaceRuns(String.raw`(\d+)\s{0,3}(days?)\s{0,5}ago`)).toEqual({ source: String.raw`(\d+)\s*(days?)\s*ago`, smallestBound: 3 });
    expect(relaxWhiteSpaceRuns(String.raw`(\d+)\s*days|\\s{0,3}`)).toBeNull();
    // a run inside a look-around is not in the match: left bounded, and so the whole pattern
    expect(relaxWhiteSpaceRuns(String.raw`(\d+)\s{0,3}days(?!\s{0,2}ago)`)).toBeNull();
    expect(relaxWhiteSpaceRuns(String.raw`(?<=[(]\s{0,2})(\d+)\s{0,3}days`)).toBeNull();
    expect(relaxWhiteSpaceRuns(String.raw`[(](\d+)\s{0,3}days(?=\W|$)`)).toEqual({ source: String.raw`[(](\d+)\s*days(?=\W|$)`, smallestBound: 3 });
  });

  it("reads white space as patterns do", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});

describe("bounded patterns", () => {
  const B = String.raw`(?<![\p{L}\p{N}_])`;
  const E = String.raw`(?![\p{L}\p{N}_])`;
  const all = (found: Iterable<RegExpExecArray>) => [...found].map((m) => [m.index, ...m]);

  it("match as the whole pattern does, look-behind and look-ahead included", () => {
    const p = new BoundedPattern(B, String.raw`(?:the\s+)?(last|next)\s+(week|year)|the\s+day\s+before`, E, "giu");
    const text = "The last week, thelast year, the next  yearly, THE LAST YEAR, ſhe next week, the day before, the day beforehand";
    expect(all(p.matchAll(text))).toEqual(all(text.matchAll(p.whole)));
    expect(all(p.matchAll(text)).length).toBeGreaterThan(3);
  });

  it("found from their tail, as the whole pattern", () => {
    const p = new TailAnchoredPattern(B, String.raw`(?:about\s+)?(\d+|a\s+few|several)\s+`, String.raw`(days?|weeks?)\s+ago`, E, "giu", String.raw`[\p{L}\p{N}\s]`);
    const text = "About 3 days ago, 3days ago, a few  weeks ago and several week ago; x5 days ago, about about 2 days ago, ſeveral days ago";
    expect(all(p.matchAll(text))).toEqual(all(text.matchAll(p.whole)));
    expect(all(p.matchAll(text)).length).toBeGreaterThan(3);
  });

  it("found from their words, as the whole pattern, also in a text with the long s", () => {
    const p = new WordAnchoredPattern(B, String.raw`(?:the\s+)?(last|past)\s+(week|month)`, E, "giu", { words: ["last", "past"], boundaryBefore: true }, 3);
    for (const text of ["the past week, The  last month, blast month, the pastweek, last  Month.", "laſt week and the paſt month"]) {
      expect(all(p.matchAll(text))).toEqual(all(text.matchAll(p.whole)));
      expect(all(p.matchAll(text)).length).toBeGreaterThan(1);
    }
  });
});
