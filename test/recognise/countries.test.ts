import { describe, expect, it } from "vitest";
import { recogniseCountries } from "../../src/recognise/countries.js";
import { COUNTRIES } from "../../src/data/countries.js";
import { doc, extractFixture } from "../helpers.js";

const codes = (text: string) => recogniseCountries(doc(text)).map((c) => c.code);
const mentions = (text: string, code: string) => recogniseCountries(doc(text)).find((c) => c.code === code)?.mentions.map((m) => m.text) ?? [];

describe("countries: names, alternatives and demonyms", () => {
  it("finds short, official and alternative names as ISO codes with a fixed name", () => {
    const found = recogniseCountries(doc("Officials in the Czech Republic and Czechia's neighbours met envoys of the Russian Federation and the Republic of Korea."));
    expect(found.map((c) => [c.code, c.name])).toEqual([["CZ", "Czechia"], ["RU", "Russia"], ["KR", "South Korea"]]);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(["Czech Republic", "Czechia"]);
  });

  it("finds the many names of the UK and the US", () => {
    const text = "The UK, the U.K., Britain, Great Britain and the United Kingdom joined the US, the U.S., the USA, America and the United States.";
    expect(mentions(text, "GB")).toEqual(["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"]);
    expect(mentions(text, "US")).toEqual(["US", "U.S.", "USA", "America", "United States"]);
  });

  it("finds demonyms and adjectives, including inside compounds and possessives", () => {
    expect(codes("Pro-Russian hackers and Russian-controlled channels hit Czech and Lithuanian sites.")).toEqual(["RU", "CZ", "LT"]);
    expect(codes("Chinese, North Korean, Iranian, British, American, Emirati and Dutch officials spoke.")).toEqual(
      ["CN", "KP", "IR", "GB", "US", "AE", "NL"],
    );
    expect(codes("Czechia's agency and Iranians and Israelis were named.")).toEqual(["CZ", "IR", "IL"]);
  });

  it("tells North from South Korea, the DPRK and Holland", () => {
    expect(codes("The DPRK and North Korea denied it; South Korean officials disagreed; in Holland the Dutch shrugged.")).toEqual(["KP", "KR", "NL"]);
  });

  it("sorts countries by first mention and keeps every mention with exact offsets", () => {
    const text = "Germany blamed Russia. Later, Russia denied it and German officials summoned the Russian envoy.";
    const found = recogniseCountries(doc(text));
    expect(found.map((c) => c.code)).toEqual(["DE", "RU"]);
    for (const c of found) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[1]!.mentions).toHaveLength(3);
  });

  it("finds country names in capitals in a dateline", () => {
    expect(codes("HONG KONG (REUTERS) - The airline said data was accessed.")).toEqual(["HK"]);
  });
});

describe("countries: false positives", () => {
  it("needs US in capitals, and not as a pronoun or a currency", () => {
    expect(codes("Tell us more about the breach.")).toEqual([]);
    expect(codes("CONTACT US for details.")).toEqual([]);
    expect(codes("The firm paid US$1.2 million.")).toEqual([]);
  });

  it("does not take a person's name for a country", () => {
    expect(codes("Michael Jordan and Chad Smith attended; Jordan Wright, a researcher, agreed.")).toEqual([]);
    expect(codes("The attack hit ministries in Jordan and Chad.")).toEqual(["JO", "TD"]);
  });

  it("does not take the US state of Georgia for the country", () => {
    expect(codes("Voter data in Georgia and Texas was exposed.")).toEqual([]);
    expect(codes("The breach hit a hospital in Atlanta, Georgia.")).toEqual([]);
    expect(codes("Georgia Tech researchers found the flaw.")).toEqual([]);
    expect(codes("Russian hackers attacked Georgia, and the government in Tbilisi responded.")).toEqual(["RU", "GE"]);
  });

  it("ignores brands, regions and idioms that contain a country word", () => {
    expect(codes("American Express cards from Latin America and the Indian Ocean region, a guinea pig and turkey.")).toEqual([]);
    expect(codes("New Mexico and New Jersey officials played Russian roulette.")).toEqual([]);
    expect(codes("Written in Java, the Korean-language malware spread.")).toEqual([]);
  });
});

describe("countries: data", () => {
  it("covers the ISO 3166-1 list with unique two-letter codes and names", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    const seen = new Set<string>();
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(seen.has(c.code)).toBe(false);
      seen.add(c.code);
    }
    expect(COUNTRIES.filter((c) => c.demonyms?.length).length).toBeGreaterThanOrEqual(120);
  });
});

describe("countries: fixtures", () => {
  it("finds the countries of a European report and skips the analyst named Jordan", () => {
    const r = extractFixture("meta-european-byline.txt");
    const cs = r.entities.countries.map((c) => c.code);
    expect(cs).toEqual(["LT", "RU", "LV", "EE", "PL", "GE", "CZ", "SK", "NL", "BY", "GB", "US"]);
    expect(cs).not.toContain("JO");
  });

  it("finds the countries of a wire story and leaves the US state and the spokesman out", () => {
    const r = extractFixture("meta-wire-dateline.txt");
    const cs = r.entities.countries.map((c) => c.code);
    expect(cs).toEqual(["US", "KP", "KR", "CN", "RU", "AE", "HK"]);
  });
});

describe("countries: surnames that are country names", () => {
  it("skips Monaco after a given name", () => {
    expect(codes("Deputy Attorney General Lisa Monaco announced the seizure.")).toEqual([]);
    expect(codes("The summit was held in Monaco.")).toEqual(["MC"]);
  });
});
