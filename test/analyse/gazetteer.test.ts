import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../src/analyse/gazetteer.js";

describe("Gazetteer", () => {
  const g = new Gazetteer(
    [
      { names: ["Fancy Bear", "APT28"], value: "apt28" },
      { names: ["Fancy"], value: "short" },
      { names: ["Russia's GRU"], value: "gru" },
    ],
    { ignoreCase: (n) => n.length > 5 },
  );

  it("finds the longest match on word boundaries", () => {
    const text = "Fancy  Bear, also APT28, not APT280 or XAPT28.";
    const hits = g.find(text);
    expect(hits.map((h) => [h.text, h.value])).toEqual([["Fancy  Bear", "apt28"], ["APT28", "apt28"]]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("ignores case only where asked, and matches either apostrophe", () => {
    expect(g.find("fancy bear").map((h) => h.value)).toEqual(["apt28"]);
    expect(g.find("apt28")).toEqual([]);
    expect(g.find("Russia\u2019s GRU").map((h) => h.value)).toEqual(["gru"]);
  });
});

/** What a case-sensitive gazetteer pass is defined as: one alternation of the names, longest first, run globally. */
function reference(names: string[], text: string): [number, number][] {
  const pattern = (n: string) =>
    n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+").replace(/['\u2019]/g, "['\u2019]").replace(/-/g, "[-\u2010\u2011\u2013]");
  const sorted = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.map(pattern).join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  const all = [...text.matchAll(re)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  all.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const kept: [number, number][] = [];
  for (const m of all) if (!kept.some((k) => k[0] < m[1] && m[0] < k[1])) kept.push(m);
  return kept.sort((a, b) => a[0] - b[0]);
}

describe("Gazetteer matching by hand", () => {
  const names = [
    "Sandworm", "Sandworm Team", "O'Brien Group", "Lazarus", "Co-operative Bank", "U.S.", "St. Kitts", "Kimsuky", "APT 41", "41",
    "Lazarus Group", "Lazarus Gr", "x\u2010y", "Ab-Cd", "end  ", " lead", "\u2019s",
  ];
  const texts = [
    "Sandworm Team and Sandworm\n\tTeam, not Sandworms or xSandworm; O\u2019Brien Group, the Co\u2013operative Bank.",
    "The U.S. and U.S.A. and St.  Kitts; Lazarus_ and _Lazarus, ÉLazarus, Lazarusé, \u{1D400}Kimsuky and Kimsuky\u{1D400}.",
    "APT 41 and APT\u00a041 and 41APT, 2041, 41.",
    "Lazarus Groups, Lazarus Gr, Lazarus  Group; x\u2010y x-y x\u2011y; Ab\u2010Cd Ab\u2013Cd; end   x end  x end\ty;  lead, it\u2019s, it's.",
    "",
  ];
  it("finds what the alternation of names finds", () => {
    const g = new Gazetteer(names.map((n, i) => ({ names: [n], value: i })));
    for (const t of texts) {
      const hits = g.find(t);
      expect(hits.map((h) => [h.start, h.end])).toEqual(reference(names, t));
      for (const h of hits) expect(h.text).toBe(t.slice(h.start, h.end));
    }
  });
  it("searches from an offset up to an end, seeing the text around them", () => {
    const g = new Gazetteer([{ names: ["Lazarus"], value: 1 }]);
    const t = "xLazarus Lazarus Lazarus";
    expect(g.find(t, 1, 16).map((h) => h.start)).toEqual([9]);
    expect(g.find(t, 9, 15)).toEqual([]);
  });
});
