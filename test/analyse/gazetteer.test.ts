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
