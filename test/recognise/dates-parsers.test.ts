// The date sub-parsers and refiners one by one, with a fixed reference date.
import { describe, expect, it } from "vitest";
import { lookBackWeekday, parseIsoDay, weekRange } from "../../src/recognise/dates/calendar.js";
import { parseChrono, parseMonthNames } from "../../src/recognise/dates/chrono.js";
import { parseDurations } from "../../src/recognise/dates/durations.js";
import { parseNumericDates, textIsDayFirst } from "../../src/recognise/dates/numeric.js";
import { parsePeriods } from "../../src/recognise/dates/periods.js";
import { chooseAmongOverlaps, dropAmbiguous, mergeMonthYear, mergeRanges } from "../../src/recognise/dates/refine.js";
import { parseRelative } from "../../src/recognise/dates/relative.js";
import { resolveCandidate, resolveStated } from "../../src/recognise/dates/resolve.js";
import type { Candidate, DateParser, ParseContext } from "../../src/recognise/dates/types.js";

const REF = parseIsoDay("2024-05-03")!; // a Friday
const ctx = (text: string, ref = REF as typeof REF | null, dayFirst = false): ParseContext => ({ text, ref, dayFirst });
/** text and resolved value of each candidate a parser finds */
function run(parser: DateParser, text: string, ref = REF as typeof REF | null, dayFirst = false) {
  return parser(ctx(text, ref, dayFirst)).map((c) => [text.slice(c.start, c.end), resolveCandidate(c, ref).value]);
}

describe("calendar and resolve", () => {
  it("looks back to the most recent weekday, on or strictly before", () => {
    expect(lookBackWeekday(REF, 5)).toEqual(REF);
    expect(lookBackWeekday(REF, 5, true)).toEqual({ y: 2024, m: 4, d: 26 });
    expect(weekRange(REF)).toBe("2024-04-29/2024-05-05");
  });

  it("resolves at the stated grain with look-back", () => {
    expect(resolveStated({ month: 10 }, REF)).toMatchObject({ value: "2023-10", grain: "month" });
    expect(resolveStated({ month: 5, day: 3 }, REF)).toMatchObject({ value: "2024-05-03", grain: "day" });
    // (a day in the month ahead is announced, this year's; one further ahead went by last year)
    expect(resolveStated({ month: 5, day: 4 }, REF)).toMatchObject({ value: "2024-05-04", grain: "day" });
    expect(resolveStated({ month: 7, day: 4 }, REF)).toMatchObject({ value: "2023-07-04", grain: "day" });
    expect(resolveStated({ year: 2022 }, REF)).toMatchObject({ value: "2022", grain: "year" });
    expect(resolveStated({ year: 2024, month: 5, day: 3, time: true }, REF)).toMatchObject({ value: "2024-05-03", grain: "datetime" });
    expect(resolveStated({ month: 10 }, null)).toMatchObject({ value: null, grain: "month" });
  });

  it("lets a stated weekday choose the year", () => {
    // Thursday, March 22 was a Thursday in 2018
    expect(resolveStated({ month: 3, day: 22, weekday: 4 }, REF).value).toBe("2018-03-22");
  });

  it("borrows the year of a range's end for its start", () => {
    const c: Candidate = { start: 0, end: 1, source: "t", priority: 0, stated: { month: 8 }, until: { month: 12, year: 2016 } };
    expect(resolveCandidate(c, REF)).toMatchObject({ value: "2016-08/2016-12", grain: "range" });
  });
});

describe("numeric dates", () => {
  it("reads ISO, compact and dotted forms", () => {
    expect(run(parseNumericDates, "on 2018-09-18, build 20170313 and 03.05.2024")).toEqual([
      ["2018-09-18", "2018-09-18"], ["20170313", "2017-03-13"], ["03.05.2024", "2024-05-03"],
    ]);
  });

  it("finds the text's own day-first evidence", () => {
    expect(textIsDayFirst("on 05/03/2024 and 25/03/2024")).toBe(true);
    expect(textIsDayFirst("on 05/03/2024 and 05/23/2024")).toBe(false);
    expect(textIsDayFirst("on 05/03/2024")).toBe(false);
    expect(run(parseNumericDates, "on 05/03/2024", REF, true)).toEqual([["05/03/2024", "2024-03-05"]]);
    expect(run(parseNumericDates, "on 05/03/2024", REF, false)).toEqual([["05/03/2024", "2024-05-03"]]);
  });

  it("leaves versions, CVE ids and impossible dates alone", () => {
    expect(run(parseNumericDates, "version 1.2.2024, CVE-2019-0708, 2.5.17, 2018.1.2, 31/31/2024, 2019-13-45")).toEqual([]);
    expect(run(parseNumericDates, "on 2018/09/18")).toEqual([["2018/09/18", "2018-09-18"]]);
  });
});

describe("relative expressions", () => {
  it("resolves days, units and weekdays", () => {
    expect(run(parseRelative, "today, yesterday, last week, this month, last year, last Friday, this morning")).toEqual([
      ["today", "2024-05-03"], ["yesterday", "2024-05-02"], ["this morning", "2024-05-03"],
      ["last week", "2024-04-22/2024-04-28"], ["this month", "2024-05"], ["last year", "2023"], ["last Friday", "2024-04-26"],
    ]);
  });

  it("resolves counted periods back from the reference and 'ago'", () => {
    expect(run(parseRelative, "the past 18 months")).toEqual([["the past 18 months", "2022-11/2024-05"]]);
    expect(run(parseRelative, "three years ago")).toEqual([["three years ago", "2021"]]);
    expect(run(parseRelative, "two days ago")).toEqual([["two days ago", "2024-05-01"]]);
    expect(run(parseRelative, "a few days ago")).toEqual([["a few days ago", null]]);
  });

  it("resolves 'last' months and seasons to the most recent past one", () => {
    expect(run(parseRelative, "last July")).toEqual([["last July", "2023-07"]]);
    expect(run(parseRelative, "last May")).toEqual([["last May", "2023-05"]]);
    expect(run(parseRelative, "last summer")).toEqual([["last summer", "2023-06/2023-08"]]);
  });

  it("gives no value where the text states none, or without a reference", () => {
    expect(run(parseRelative, "in recent weeks, three months later, the same day")).toEqual([
      ["in recent weeks", null], ["three months later", null], ["the same day", null],
    ]);
    expect(run(parseRelative, "last year and today", null)).toEqual([["today", null], ["last year", null]]);
  });
});

describe("periods", () => {
  it("finds years, year ranges, quarters, halves and seasons (the longest of overlapping ones kept)", () => {
    const longest: DateParser = (c) => chooseAmongOverlaps(parsePeriods(c));
    expect(run(longest, "In 2022 and from 2017-2018; Q3 2018, the first quarter of 2016, the second half of 2019, summer 2018.")).toEqual([
      ["2022", "2022"], ["2017-2018", "2017/2018"],
      ["Q3 2018", "2018-07/2018-09"], ["the first quarter of 2016", "2016-01/2016-03"],
      ["the second half of 2019", "2019-07/2019-12"], ["summer 2018", "2018-06/2018-08"],
    ]);
  });

  it("does not take quantities, products or future-far numbers for years", () => {
    expect(run(parsePeriods, "more than 2000 customers, Windows 2000, 2048 records, CVE-2019-0708, the year 2099")).toEqual([]);
  });

  it("reads mid-2017 as the year", () => {
    expect(run(parsePeriods, "mid-2017")).toEqual([["2017", "2017"]]);
  });
});

describe("durations", () => {
  it("reports durations of an hour or more, not minutes", () => {
    expect(run(parseDurations, "within 72 hours; for six months; over a two-week period; Reading time: 2 minutes; a 0-day flaw")).toEqual([
      ["within 72 hours", null], ["for six months", null], ["over a two-week period", null],
    ]);
  });
});

describe("chrono adapter", () => {
  it("keeps only what the text states and trims prepositions", () => {
    const found = parseChrono(ctx("The statement was released on 3 May. In October, it struck."));
    expect(found.map((c) => [ctx("").text + "The statement was released on 3 May. In October, it struck.".slice(c.start, c.end), c.stated])).toEqual([
      ["3 May", { month: 5, day: 3 }],
      ["October", { month: 10 }],
    ]);
  });

  it("splits a leading weekday from its date, and drops lower-case months", () => {
    const text = "fixes are due around Monday, October 1. They joined a march.";
    expect(parseChrono(ctx(text)).map((c) => text.slice(c.start, c.end))).toEqual(["Monday", "October 1"]);
  });

  it("finds lone capitalised month names for the refiners to judge", () => {
    expect(parseMonthNames(ctx("between March and May")).map((c) => c.stated)).toEqual([{ month: 3 }, { month: 5 }]);
  });
});

describe("refiners", () => {
  const cand = (text: string, word: string, c: Partial<Candidate>): Candidate => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, source: "t", priority: 0, ...c };
  };

  it("drops May the name and the modal, keeps May the month", () => {
    for (const [text, keep] of [["Theresa May said so.", false], ["May be true.", false], ["It came in May.", true], ["By May 2024 it grew.", true]] as const) {
      const c = cand(text, "May", { stated: { month: 5 } });
      expect(dropAmbiguous(ctx(text), [c]).length, text).toBe(keep ? 1 : 0);
    }
  });

  it("merges a month with the year that follows it", () => {
    const text = "October last year";
    const merged = mergeMonthYear(ctx(text), [
      cand(text, "October", { stated: { month: 10 } }),
      cand(text, "last year", { value: "2023", grain: "year" }),
    ]);
    expect(merged).toHaveLength(1);
    expect(resolveCandidate(merged[0]!, REF).value).toBe("2023-10");
  });

  it("merges 'between X and Y' into a range, and leaves 'X and Y' alone", () => {
    const t1 = "between April and September";
    const r1 = mergeRanges(ctx(t1), [cand(t1, "April", { stated: { month: 4 } }), cand(t1, "September", { stated: { month: 9 } })]);
    expect(r1.map((c) => [t1.slice(c.start, c.end), resolveCandidate(c, REF).value])).toEqual([[t1, "2023-04/2023-09"]]);
    const t2 = "in April and September";
    expect(mergeRanges(ctx(t2), [cand(t2, "April", { stated: { month: 4 } }), cand(t2, "September", { stated: { month: 9 } })])).toHaveLength(2);
  });
});
