import { describe, expect, it } from "vitest";
import { recogniseAmounts, recogniseCounts } from "../../src/recognise/impact.js";
import { doc } from "../helpers.js";

const amounts = (t: string) => recogniseAmounts(doc(t)).map((a) => [a.text, a.value, a.currency]);
const counts = (t: string) => recogniseCounts(doc(t)).map((c) => [c.text, c.value, c.unit]);

describe("amounts", () => {
  it("reads symbols, prefixed symbols and multipliers", () => {
    expect(amounts("They demanded $4.4 million, then US$2.5m, and fined £1,000.")).toEqual([
      ["$4.4 million", 4_400_000, "USD"],
      ["US$2.5m", 2_500_000, "USD"],
      ["£1,000", 1000, "GBP"],
    ]);
  });
  it("reads crypto-currencies and names after the number", () => {
    expect(amounts("a ransom of 40 bitcoin, or 0.05 BTC, four bitcoins and 1,000 rubles")).toEqual([
      ["40 bitcoin", 40, "BTC"],
      ["0.05 BTC", 0.05, "BTC"],
      ["four bitcoins", 4, "BTC"],
      ["1,000 rubles", 1000, "RUB"],
    ]);
  });
  it("reads other dollars and vague sums", () => {
    expect(amounts("HK$1.9 million and NZ$7352 cost millions of dollars")).toEqual([
      ["HK$1.9 million", 1_900_000, "HKD"],
      ["NZ$7352", 7352, "NZD"],
      ["millions of dollars", 1_000_000, "USD"],
    ]);
  });
  it("keeps offsets that point into the text", () => {
    const t = "The gang wanted €1m ($1.07m) in total.";
    for (const a of recogniseAmounts(doc(t))) expect(t.slice(a.span.start, a.span.end)).toBe(a.text);
  });
});

describe("counts", () => {
  it("reads people and records affected", () => {
    expect(counts("It exposed 326,000 patients, 9.4 million passengers and 500 million user records.")).toEqual([
      ["326,000 patients", 326_000, "patients"],
      ["9.4 million passengers", 9_400_000, "passengers"],
      ["500 million user records", 500_000_000, "records"],
    ]);
  });
  it("reads data sizes", () => {
    expect(counts("The gang leaked 43 TB of files and 900GB more.")).toEqual([
      ["43 TB", 43, "TB"],
      ["900GB", 900, "GB"],
    ]);
  });
  it("does not take years, money or percentages for counts", () => {
    expect(counts("In 2017 users lost $5 million; 10 million per cent is absurd.")).toEqual([]);
  });
  it("counts the people of a country and exposed names and recordings", () => {
    expect(counts("The leak exposed 52,000 Australians, about 3,400 names and 900 call recordings.")).toEqual([
      ["52,000 Australians", 52000, "australians"],
      ["3,400 names", 3400, "names"],
      ["900 call recordings", 900, "recordings"],
    ]);
  });
  it("does not run a count across the end of a sentence", () => {
    expect(counts("The thieves took 4.6 million passwords. Police users were warned.")).toEqual([["4.6 million passwords", 4_600_000, "passwords"]]);
  });
  it("does not take the number of a name for a count", () => {
    expect(counts("Staff W-2 forms and COVID-19 patients were named.")).toEqual([]);
  });
});

