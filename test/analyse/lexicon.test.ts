import { describe, expect, it } from "vitest";
import { firstChars, Lexicon } from "../../src/analyse/lexicon.js";

const chars = (p: string) => {
  const f = firstChars(p);
  return f === null ? null : [...f].map((c) => String.fromCharCode(c)).sort().join("");
};

/** What the lexicon is defined as: one global expression, each pattern a group, run over the text. */
function reference(patterns: string[], text: string) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${patterns.map((p) => `(${p.replace(/\((?!\?)/g, "(?:")})(?![\\p{L}\\p{N}_])`).join("|")})`, "giu");
  const out: { index: number; text: string; pattern: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, text: m[0], pattern: m.slice(1).findIndex((g) => g !== undefined) });
  return out;
}

describe("firstChars", () => {
  it("reads literals, groups, optional prefixes and alternatives", () => {
    expect(chars("ransom(?:s|ed)?")).toBe("Rr");
    expect(chars("(?:cyber-?)?espionage")).toBe("CEce");
    expect(chars("tricked|trick(?:ing|s)? users")).toBe("Tt");
    expect(chars("CVE-\\d{4}-\\d+")).toBe("Cc");
    expect(chars("\\d+ records")).toBe("0123456789");
    expect(chars("(?:a|an)?\\s*flaw")).toBeNull(); // \s may start it
    expect(chars("[eé]mail")).toBeNull();
    expect(chars("élan")).toBeNull(); // non-ASCII letters may fold onto ASCII ones
  });
});

describe("Lexicon", () => {
  const patterns = ["ransom(?:s|ed)?", "ransomware", "(?:cyber-?)?espionage", "pay(?:ing)? (?:the )?hackers", "CVE-\\d{4}-\\d+", "e-?mail scams?", "spied on"];
  const texts = [
    "The gang demanded a ransom after the ransomware attack; officials refused to pay the hackers.",
    "Cyber-espionage, not espionage-lite: they spied on ministers via CVE-2024-12345 and an email scam.",
    "Non-ransom, ransomed-ish, e-mail scams and RANSOMWARE in capitals; Ransoms. ſpied on nobody.",
    "",
  ];
  it("finds what the global expression finds, with the same pattern", () => {
    const lexicon = new Lexicon(patterns);
    for (const t of texts) expect(lexicon.findAll(t)).toEqual(reference(patterns, t));
  });
  it("takes the first pattern in data order where two match at the same place", () => {
    const lexicon = new Lexicon(["data (?:breach|leak)", "data breach(?:es)?"]);
    expect(lexicon.findAll("a data breach")).toEqual([{ index: 2, text: "data breach", pattern: 0 }]);
    expect(lexicon.findAll("two data breaches")).toEqual([{ index: 4, text: "data breaches", pattern: 1 }]);
  });
});
