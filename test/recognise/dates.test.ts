import { describe, expect, it } from "vitest";
import { recogniseDates } from "../../src/recognise/dates.js";
import { doc, extractFixture } from "../helpers.js";

const REF = "2024-05-03"; // a Friday

function dates(text: string, ref: string | null = REF) {
  return recogniseDates(doc(text), ref);
}
function valueOf(text: string, phrase: string, ref: string | null = REF) {
  const d = dates(text, ref).find((x) => x.text.includes(phrase));
  return d ? d.value : "NOT FOUND";
}

describe("recogniseDates: grain as stated", () => {
  it("leaves out a page's update stamp, not a date the story gives for an update", () => {
    const text = "Published on 02.05.2024 09:00 (updated on 03.05.2024)\nLast updated: 3 May 2024\n\nThe firmware was updated on 29 April.";
    expect(dates(text).map((d) => d.text)).toEqual(["02.05.2024 09:00", "29 April"]);
  });
  it("keeps day, month and year grain, inventing no precision", () => {
    const ds = dates("It began on 3 May 2022, spread in June 2021 and was first seen in 2019.");
    expect(ds.map((d) => [d.text, d.value, d.grain])).toEqual([
      ["3 May 2022", "2022-05-03", "day"],
      ["June 2021", "2021-06", "month"],
      ["2019", "2019", "year"],
    ]);
  });

  it("reads 'between April and September' as one range", () => {
    const ds = dates("The campaign ran between April and September 2023.");
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ text: "between April and September 2023", value: "2023-04/2023-09", grain: "range" });
  });

  it("resolves quarters, halves and mid-year", () => {
    expect(valueOf("Losses grew in Q3 2018.", "Q3")).toBe("2018-07/2018-09");
    expect(valueOf("Attacks rose in the first half of 2019.", "half")).toBe("2019-01/2019-06");
    expect(valueOf("The group went quiet in mid-2017.", "2017")).toBe("2017");
    expect(dates("The group went quiet in mid-2017.")[0]!.text).toBe("mid-2017");
  });
});

describe("recogniseDates: modifiers and periods", () => {
  it("keeps the grain of what a modifier narrows", () => {
    expect(dates("It started at the end of last year.").map((d) => [d.text, d.value, d.grain])).toEqual([["the end of last year", "2023", "year"]]);
    expect(dates("It started in early March.").map((d) => [d.text, d.value])).toEqual([["early March", "2024-03"]]);
    expect(dates("It started on the night of 3 May.").map((d) => [d.text, d.value])).toEqual([["the night of 3 May", "2024-05-03"]]);
  });

  it("reads decades and the past decade as ranges", () => {
    expect(valueOf("Such worms were common in the 1990s.", "1990s")).toBe("1990/1999");
    expect(valueOf("Over the past decade, losses grew.", "decade")).toBe("2014-05/2024-05");
  });

  it("reports durations of hours and more with value null, not minutes", () => {
    expect(dates("Systems were down for 72 hours. Reading time: 3 minutes.").map((d) => [d.text, d.value])).toEqual([["for 72 hours", null]]);
  });

  it("does not read abbreviations as time units", () => {
    expect(dates("An email reached the HR department in the D.C. office.")).toEqual([]);
  });
});

describe("recogniseDates: news looks back", () => {
  it("puts a month without a year in the most recent past", () => {
    expect(valueOf("In October, another group struck.", "October")).toBe("2023-10");
    expect(valueOf("In April, another group struck.", "April")).toBe("2024-04");
    expect(valueOf("In May, another group struck.", "May")).toBe("2024-05");
  });

  it("puts a day just ahead across the turn of the year in the next year, and chains 'the next day'", () => {
    expect(valueOf("Agencies must patch by January 5.", "January 5", "2024-12-20")).toBe("2025-01-05");
    const text = "It began on May 7. The next day hackers stole data. The next day they leaked it.";
    expect(dates(text).filter((d) => /next day/i.test(d.text)).map((d) => d.value)).toEqual(["2024-05-08", "2024-05-09"]);
  });

  it("puts a day of the coming month in the reference's year, a day further ahead in the year before", () => {
    expect(valueOf("Agencies must patch by May 20.", "May 20")).toBe("2024-05-20");
    expect(valueOf("Victims had until 2 June to pay.", "2 June")).toBe("2024-06-02");
    expect(valueOf("The breach began on July 9.", "July 9")).toBe("2023-07-09");
  });

  it("puts a weekday on or before the reference", () => {
    expect(valueOf("The ministry said on Friday that it was hit.", "Friday")).toBe("2024-05-03");
    expect(valueOf("The ministry said on Tuesday that it was hit.", "Tuesday")).toBe("2024-04-30");
    expect(valueOf("The ministry said last Friday that it was hit.", "Friday")).toBe("2024-04-26");
  });

  it("resolves relative expressions against the publication date", () => {
    const text = "Last year saw more attacks than this year. The agency spoke today and yesterday. Sales fell last month.";
    expect(dates(text).map((d) => [d.text, d.value])).toEqual([
      ["Last year", "2023"],
      ["this year", "2024"],
      ["today", "2024-05-03"],
      ["yesterday", "2024-05-02"],
      ["last month", "2024-04"],
    ]);
  });

  it("gives periods back from the reference as ranges and vague ones no value", () => {
    expect(valueOf("In the past 18 months, banks were hit.", "the past 18 months")).toBe("2022-11/2024-05");
    expect(valueOf("Some attacks came in the past week.", "the past week")).toBe("2024-04-26/2024-05-03");
    expect(valueOf("Attacks have grown in recent weeks.", "recent weeks")).toBeNull();
    expect(valueOf("It happened two weeks ago.", "two weeks ago")).toBe("2024-04-15/2024-04-21");
  });

  it("reports relative expressions without a reference date, with value null", () => {
    const ds = dates("Last year saw more attacks. In October, the group struck on Friday.", null);
    expect(ds.map((d) => d.text)).toEqual(["Last year", "October", "Friday"]);
    expect(ds.every((d) => d.value === null)).toBe(true);
    expect(valueOf("It was seen in June 2021.", "June", null)).toBe("2021-06");
  });
});

describe("recogniseDates: numeric dates", () => {
  it("reads dotted dates day first, header dates included", () => {
    const ds = dates("Published on 03.05.2024 15:39:00 Reading time: 2 minutes, first seen 04.05.2024");
    expect(ds.map((d) => [d.text, d.value])).toEqual([
      ["03.05.2024 15:39:00", "2024-05-03"],
      ["04.05.2024", "2024-05-04"],
    ]);
    expect(ds[0]!.grain).toBe("datetime");
  });

  it("reads slashed dates month first unless the text shows day first", () => {
    expect(valueOf("It was patched on 05/03/2024.", "05/03")).toBe("2024-05-03");
    expect(valueOf("It was patched on 05/03/2024 and again on 25/03/2024.", "05/03")).toBe("2024-03-05");
  });
});

describe("recogniseDates: what is not a date", () => {
  it("skips versions, CVE ids, bare numbers, minutes, and May the verb", () => {
    const text = "Records may have been accessed. Version 2.5.17 fixes CVE-2019-0708 for 4000 users. Reading time: 2 minutes. They joined a march.";
    expect(dates(text)).toEqual([]);
  });

  it("keeps a lone May only in a date-like context", () => {
    expect(dates("Theresa May said the attack was serious.")).toEqual([]);
    expect(dates("The attack came in May.").map((d) => d.text)).toEqual(["May"]);
  });

  it("returns sorted, non-overlapping spans that are slices of the text", () => {
    const text = "On Monday, October 1, 2018 and between Sept. 29 and Dec. 29 last year, over the past few weeks.";
    const ds = dates(text);
    for (let i = 0; i < ds.length; i++) {
      expect(ds[i]!.text).toBe(text.slice(ds[i]!.start, ds[i]!.end));
      if (i > 0) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.end);
    }
  });

  it("is deterministic", () => {
    const text = "Last year, on Friday, in Q3 2018 and in October.";
    expect(JSON.stringify(dates(text))).toBe(JSON.stringify(dates(text)));
  });
});

describe("fixture: a breach timeline", () => {
  const rec = extractFixture("dates-water-utility-breach.txt", { published: "2024-06-14" });
  const by = (t: string) => rec.dates.find((d) => d.text === t);

  it("finds the header and body dates with their values", () => {
    expect(by("14.06.2024 09:12")?.value).toBe("2024-06-14");
    expect(by("Wednesday")?.value).toBe("2024-06-12");
    expect(by("2 June")?.value).toBe("2024-06-02");
    expect(by("September")?.value).toBe("2023-09");
    expect(by("between March and May")?.value).toBe("2024-03/2024-05");
    expect(by("the first quarter of 2024")?.value).toBe("2024-01/2024-03");
    expect(by("the second half of 2023")?.value).toBe("2023-07/2023-12");
    expect(by("January 31, 2024")?.value).toBe("2024-01-31");
    expect(by("last year")?.value).toBe("2023");
    expect(by("05/06/2024")?.value).toBe("2024-06-05");
    expect(by("Q4 2023")?.value).toBe("2023-10/2023-12");
    expect(by("72 hours")?.value).toBeNull();
  });

  it("reports none of the non-dates", () => {
    const texts = rec.dates.map((d) => d.text).join(" | ");
    expect(texts).not.toMatch(/minutes|CVE|22\.7|may never|may have/i);
  });
});

describe("recogniseDates: a day named by the date before it, and bare durations", () => {
  it("gives 'the same day' and 'the next day' the day stated just before, and nothing when none is near", () => {
    const text = "The board approved the payment on April 22, the same day the servers went dark. Backups were restored the next day.";
    expect(valueOf(text, "same day")).toBe("2024-04-22");
    expect(valueOf(text, "next day")).toBe("2024-04-23");
    const far = "The breach began in March. " + "Investigators spent a long time reviewing logs from every office. ".repeat(8) + "Police were told the same day.";
    expect(valueOf(far, "same day")).toBeNull();
  });
  it("takes 'for days', 'within weeks' and 'could take months' as durations, not 'years-long'", () => {
    const ds = dates("The site was down for days. Service should return within weeks, but a full rebuild could take months. It was a years-long campaign.");
    expect(ds.map((d) => [d.text, d.value])).toEqual([["for days", null], ["within weeks", null], ["months", null]]);
  });
});
