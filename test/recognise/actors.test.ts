import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analyse/analyse.js";
import { recogniseThreatActors } from "../../src/recognise/actors.js";
import { THREAT_ACTORS } from "../../src/data/threat-actors.js";
import type { ThreatActor } from "../../src/record/schema.js";
import { extractFixture } from "../helpers.js";

const actors = (text: string) => recogniseThreatActors(analyse(text), []);
const byName = (list: ThreatActor[], name: string) => list.find((a) => a.name === name);
const names = (text: string) => actors(text).map((a) => a.name);

describe("threat actor gazetteer", () => {
  it("holds at least 150 actors, none sharing a name with another", () => {
    expect(THREAT_ACTORS.length).toBeGreaterThanOrEqual(150);
    const seen = new Map<string, string>();
    for (const e of THREAT_ACTORS) {
      for (const n of new Set([e.name, ...e.aliases])) {
        expect(seen.get(n), `${n} in ${e.name} and ${seen.get(n)}`).toBeUndefined();
        seen.set(n, e.name);
      }
    }
  });

  it("gathers every vendor name of one actor into one entity with the canonical name", () => {
    const text = "Fancy Bear, also tracked as Sofacy and Forest Blizzard, is GRU Unit 26165. APT28 struck again.";
    const list = actors(text);
    expect(list.map((a) => a.name)).toEqual(["APT28"]);
    const apt28 = list[0]!;
    expect(apt28.id).toBe("A1");
    expect(apt28.mentions.map((m) => m.text)).toEqual(["Fancy Bear", "Sofacy", "Forest Blizzard", "GRU Unit 26165", "APT28"]);
    // names seen in the text come first among the aliases, then the gazetteer's others
    expect(apt28.aliases.slice(0, 4)).toEqual(["Fancy Bear", "Sofacy", "Forest Blizzard", "GRU Unit 26165"]);
    expect(apt28.aliases).toContain("Pawn Storm");
    expect(apt28).toMatchObject({ kind: "state", sponsorCountry: "RU", sponsorOrganization: "GRU" });
    for (const m of apt28.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("numbers entities in order of first mention", () => {
    const list = actors("Lazarus Group stole the coins. Later, Cozy Bear and the Lazarus Group were named again.");
    expect(list.map((a) => [a.id, a.name])).toEqual([["A1", "Lazarus Group"], ["A2", "APT29"]]);
    expect(list[0]!.mentions).toHaveLength(2);
  });

  it("recognises agencies that run cyber operations", () => {
    const list = actors("APT28, a cyber group supported by the Russian General Staff's Main Intelligence Directorate, struck.");
    expect(list.map((a) => a.name)).toEqual(["APT28", "GRU"]);
    expect(byName(list, "GRU")).toMatchObject({ kind: "state", sponsorCountry: "RU" });
  });

  it("keeps western agencies to sentences about their own operations", () => {
    expect(names("The NSA and CISA published an advisory on the flaw.")).toEqual([]);
    expect(names("The leaked files describe NSA hacking tools used against foreign banks.")).toEqual(["NSA"]);
  });
});

describe("false-positive guards", () => {
  it("does not take ordinary words for groups", () => {
    expect(names("Anonymous sources said the strontium levels were normal.")).toEqual([]);
    expect(names("Anonymous officials confirmed the breach of the network.")).toEqual([]);
    expect(names("The Turla river floods every spring.")).toEqual([]);
    expect(names("Royal Mail suffered a ransomware attack.")).toEqual([]);
    expect(names("Super Typhoon Haikui hit Taiwan, cutting power to thousands.")).toEqual([]);
    expect(names("A giant Red Panda was seen at the zoo.")).toEqual([]);
    expect(names("Russian hackers attacked the ministry.")).toEqual([]);
  });

  it("accepts risky names where the sentence is about hacking", () => {
    expect(names("Turla hackers used a satellite hijacking technique.")).toEqual(["Turla"]);
    expect(names("Anonymous claimed it hacked the broadcaster.")).toEqual(["Anonymous"]);
    expect(names("The Royal ransomware gang hit the city.")).toEqual(["Royal"]);
  });

  it("does not take a country or a demonym for a group", () => {
    const list = actors("The Russian hacking group Sandworm attacked Ukraine's grid, the hacking group Ukraine said nothing.");
    expect(list.map((a) => a.name)).toEqual(["Sandworm"]);
  });
});

describe("actors the gazetteer lacks", () => {
  it("finds tracking codes and vendor schemes", () => {
    const list = actors("Mandiant tracks the hackers as UNC9999 and FIN99; Microsoft calls the group Jade Typhoon. APT 28 was not involved.");
    expect(list.map((a) => [a.name, a.kind, a.sponsorCountry])).toEqual([
      ["UNC9999", "unknown", null],
      ["FIN99", "criminal", null],
      ["Jade Typhoon", "state-affiliated", "CN"],
      ["APT28", "state", "RU"],
    ]);
  });

  it("finds names introduced by a phrase", () => {
    expect(names("A group of hackers calling themselves \u201cSilent Orchard\u201d demanded $50,000.")).toEqual(["Silent Orchard"]);
    expect(names("The hacker, known only as Zer0Kool, leaked the database.")).toEqual(["Zer0Kool"]);
    expect(names("The vendor who goes by the handle of \u201cDataKing77\u201d is selling the accounts.")).toEqual(["DataKing77"]);
    expect(names("The hacktivist group Anonymous Portugal defaced the site.")).toEqual(["Anonymous Portugal"]);
    expect(names("The Lunar Moth hacking group struck again.")).toEqual(["Lunar Moth"]);
    expect(names("The company, dubbed Acme Widgets, makes parts.")).toEqual([]);
  });

  it("names crews after their malware, only when the article calls it malware", () => {
    const list = actors("The Krakatoa ransomware spread fast. Krakatoa operators asked for one bitcoin; the Krakatoa crew later relented.");
    expect(list.map((a) => a.name)).toEqual(["Krakatoa operators"]);
    expect(list[0]!.aliases).toContain("Krakatoa crew");
    expect(names("Mobile operators said the outage was over.")).toEqual([]);
  });

  it("gathers later bare mentions of a pattern name", () => {
    const list = actors("A hacker known as GlassWren breached the forum. GlassWren then posted the data.");
    expect(list[0]!.mentions.map((m) => m.text)).toEqual(["GlassWren", "GlassWren"]);
  });
});

describe("individuals and described actors", () => {
  it("takes a person for an actor only beside words of crime", () => {
    const list = actors("Canadian hacker Jon Tarrow breached the retailer. Tarrow later sold the records.");
    expect(list.map((a) => a.name)).toEqual(["Jon Tarrow"]);
    expect(list[0]!.mentions.map((m) => m.text)).toEqual(["Jon Tarrow", "Tarrow"]);
    expect(names("Photos of Mara Quinlan were leaked after her account was hacked.")).toEqual([]);
  });

  it("keeps an unnamed actor only where no named one shares the sentence", () => {
    expect(actors("The leak was blamed on Kremlin-backed hackers.")[0]).toMatchObject({ name: "Kremlin-backed hackers", sponsorCountry: "RU" });
    expect(names("Kremlin-backed hackers known as Fancy Bear struck.")).toEqual(["APT28"]);
  });
});

describe("sponsorship from the text", () => {
  it("reads backing phrases after the name", () => {
    const a = actors("Police blamed a hacking group called Grey Ferret, which is backed by the Iranian government, for the attack.")[0];
    expect(a).toMatchObject({ name: "Grey Ferret", sponsorCountry: "IR" });
  });

  it("reads the sponsoring agency", () => {
    const list = actors("Investigators say UNC7777 is linked to China's Ministry of State Security and targets telecoms.");
    expect(byName(list, "UNC7777")).toMatchObject({ sponsorCountry: "CN", sponsorOrganization: "MSS", kind: "state-affiliated" });
    expect(byName(list, "MSS")).toBeDefined();
  });

  it("reads qualifiers before the name", () => {
    expect(actors("The Russian-controlled UNC8888 group attacked the grid.")[0]).toMatchObject({ sponsorCountry: "RU" });
    expect(actors("Chinese state-sponsored hackers known as Ember Lotus breached the firm.")[0]).toMatchObject({
      name: "Ember Lotus", sponsorCountry: "CN", kind: "state-affiliated",
    });
  });

  it("does not take a hacktivist's alignment for a sponsor", () => {
    const a = actors("The pro-Russian hacking group Cyber Wolves 77 hit Czech banks.")[0];
    expect(a).toMatchObject({ name: "Cyber Wolves 77", sponsorCountry: null });
  });
});

describe("fixture: espionage round-up", () => {
  const rec = extractFixture("actors-espionage-roundup.txt");
  const list = rec.entities.threatActors;

  it("finds every actor once, and no word that is not one", () => {
    expect(list.map((a) => a.name).sort()).toEqual(
      ["APT29", "Crimson Sandstorm", "IRGC", "NoName057(16)", "Obsidian Lynx", "SVR", "UNC5921", "Volt Typhoon"].sort(),
    );
  });

  it("gathers aliases and sponsors", () => {
    const apt29 = byName(list, "APT29")!;
    expect(apt29.mentions.map((m) => m.text)).toEqual(["Cozy Bear", "Midnight Blizzard", "Nobelium"]);
    expect(apt29).toMatchObject({ sponsorCountry: "RU", sponsorOrganization: "SVR" });
    expect(byName(list, "Crimson Sandstorm")).toMatchObject({ sponsorCountry: "IR", sponsorOrganization: "IRGC" });
    expect(byName(list, "NoName057(16)")).toMatchObject({ kind: "hacktivist", sponsorCountry: null });
    expect(byName(list, "Obsidian Lynx")!.mentions).toHaveLength(2);
  });
});

describe("official names of intelligence units", () => {
  it("knows the official names of GRU and FSB hacking units", () => {
    const list = actors("The Council said the GRU's 85th Main Centre for Special Services was responsible for the hack of the Bundestag.");
    expect(list.map((a) => a.name)).toContain("APT28");
    expect(byName(list, "APT28")!.mentions.map((m) => m.text)).toContain("85th Main Centre for Special Services");
    expect(names("The minister said a unit of the FSB known as Centre 18 was behind the hacking campaign against MPs.")).toContain("FSB Centre 18");
    // a risky name, outside a sentence about hacking: a place
    expect(names("The clinic moved to Centre 18 on the high street.")).not.toContain("FSB Centre 18");
  });
});

