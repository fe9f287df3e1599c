// Organisations: gazetteer hits, patterns, acronym linking, short forms, and what must not be an organisation.
import { describe, expect, it } from "vitest";
import { recogniseOrganizations } from "../../src/recognise/organizations.js";
import type { Country, Organization, ThreatActor } from "../../src/record/schema.js";
import { doc, extractFixture } from "../helpers.js";

/** country mentions for a text: every occurrence of each given word, with its code */
function countriesOf(text: string, words: Record<string, string>): Country[] {
  return Object.entries(words).map(([word, code]) => ({
    code,
    name: word,
    mentions: [...text.matchAll(new RegExp(`\\b${word}\\b`, "g"))].map((m) => ({ start: m.index!, end: m.index! + word.length, text: word })),
  }));
}

function orgs(text: string, countries: Record<string, string> = {}, actors: ThreatActor[] = []): Organization[] {
  return recogniseOrganizations(doc(text), countriesOf(text, countries), actors);
}

const names = (list: Organization[]) => list.map((o) => o.name);
const find = (list: Organization[], name: string) => list.find((o) => o.name === name || o.aliases.includes(name));

describe("recogniseOrganizations", () => {
  it("finds gazetteer bodies with their kind and country, acronym or long form", () => {
    const text = "NATO and the European Union condemned the attack. Microsoft and the Cybersecurity and Infrastructure Security Agency issued advisories; CISA said more would follow.";
    const list = orgs(text);
    expect(find(list, "NATO")?.kind).toBe("intergovernmental");
    expect(find(list, "European Union")?.aliases).not.toContain("NATO");
    expect(find(list, "Microsoft")).toMatchObject({ kind: "company", country: "US" });
    const cisa = find(list, "CISA")!;
    expect(cisa.mentions.map((m) => m.text)).toEqual(["Cybersecurity and Infrastructure Security Agency", "CISA"]);
    expect(list.map((o) => o.id)).toEqual(list.map((_, i) => `O${i + 1}`));
  });

  it("reads organisations the gazetteer lacks from their heads", () => {
    const text =
      "Hackers hit the websites of the Ministry of Interior and Slovak Post, the servers of Bratislava Airport and Vltava Radio, and systems at Northfield Memorial Hospital. Acme Widgets Inc. was also affected.";
    const list = orgs(text, { Slovak: "SK" });
    expect(names(list)).toEqual(expect.arrayContaining(["Ministry of Interior", "Slovak Post", "Bratislava Airport", "Vltava Radio", "Northfield Memorial Hospital", "Acme Widgets Inc."]));
    expect(find(list, "Slovak Post")!.country).toBe("SK");
    expect(find(list, "Vltava Radio")!.kind).toBe("media");
    expect(find(list, "Ministry of Interior")!.kind).toBe("government");
  });

  it("links a long form to the acronym that follows it and finds the acronym later", () => {
    const text = "Slovakia's National Security Authority (NBÚ) issued a warning. Later the NBÚ said the attack was contained.";
    const list = orgs(text, { Slovakia: "SK" });
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toBe("National Security Authority");
    expect(list[0]!.aliases).toContain("NBÚ");
    expect(list[0]!.mentions.map((m) => m.text)).toEqual(["National Security Authority", "NBÚ", "NBÚ"]);
  });

  it("joins a short form to the one full name it shortens", () => {
    const text =
      "The Austrian Foreign Ministry summoned the Russian ambassador. The Foreign Ministry said it expected an answer. Hackers had attacked the Green Party of Austria, and the Green Party said its email was read.";
    const list = orgs(text, { Austrian: "AT", Austria: "AT", Russian: "RU" });
    const ministry = find(list, "Austrian Foreign Ministry")!;
    expect(ministry).toMatchObject({ kind: "government", country: "AT" });
    expect(ministry.aliases).toContain("Foreign Ministry");
    expect(ministry.mentions).toHaveLength(2);
    const party = find(list, "Green Party of Austria")!;
    expect(party.kind).toBe("political-party");
    expect(party.aliases).toContain("Green Party");
    expect(list.filter((o) => /Ministry|Party/.test(o.name))).toHaveLength(2);
  });

  it("reads an embassy, a publisher's web address and a name introduced by what it is", () => {
    const text = "Newsroom.sk reported that the Russian embassy denied it. Customers of regional lender Tatra Pank and broadcaster Markiza could not log in.";
    const list = orgs(text, { Russian: "RU" });
    expect(find(list, "Russian embassy")).toMatchObject({ kind: "government", country: "RU" });
    expect(find(list, "Newsroom.sk")?.kind).toBe("media");
    expect(find(list, "Tatra Pank")?.kind).toBe("company");
    expect(find(list, "Markiza")?.kind).toBe("media");
  });

  it("never lists a threat actor, or an agency acting as one, as an organisation", () => {
    const text = "APT28, run by Russia's Main Intelligence Directorate, attacked the Bundestag. The GRU denied it.";
    const actor: ThreatActor = {
      id: "A1", name: "APT28", aliases: ["Fancy Bear"], kind: "state", sponsorCountry: "RU", sponsorOrganization: "GRU",
      mentions: [{ start: 0, end: 5, text: "APT28" }],
    };
    const list = orgs(text, { Russia: "RU" }, [actor]);
    expect(names(list)).toEqual(["Bundestag"]);
  });

  it("takes no common word, country, title, headline or page furniture for an organisation", () => {
    const text =
      "Russian Hackers Target Alliance Members With New Campaign\n\nAlliance members noted the Czech Republic was hit. Did you like this article? Reading time: 2 minutes. The Ministry said nothing. Microsoft Office users were warned.";
    const list = orgs(text, { "Czech Republic": "CZ", Russian: "RU" });
    expect(names(list)).toEqual(["Microsoft"]);
  });

  it("does not read a known name inside a hyphenated adjective", () => {
    expect(orgs("Pro-Kremlin and anti-NATO groups claimed the attack.")).toEqual([]);
  });

  it("gives every mention as the exact slice of the text", () => {
    const text = "The  Czech   Television newsroom and ČTK reported it; Czech Television later confirmed.";
    for (const o of orgs(text, { Czech: "CZ" })) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds the organisations of the fixture article", () => {
    const record = extractFixture("entities-estonia-ddos.txt", { published: "2024-05-03" });
    const list = record.entities.organizations;
    for (const n of ["Information System Authority", "LHV Bank", "Tallinn Airport", "Coop Pank", "Estonian Foreign Ministry", "Russian embassy", "NATO", "European Commission", "Recorded Future", "Baltic News Service", "Ministry of Economic Affairs and Communications", "Telia Eesti"]) {
      expect(find(list, n), n).toBeDefined();
    }
    expect(find(list, "Information System Authority")!.aliases).toContain("RIA");
    expect(find(list, "Ministry of Economic Affairs and Communications")!.kind).toBe("government");
    expect(names(list)).not.toContain("Kremlin");
  });
});

describe("names without a cue around them", () => {
  it("takes a Library, Museum, Resorts, Entertainment or Mail head, and 'Office of the' + a name", () => {
    const text = "The Welsh Library and Harbour Museum were hit. Sunrise Resorts and Lakeside Entertainment paid. " +
      "Coastal Mail said deliveries stopped. According to the Office of the Victorian Information Commissioner, the breach was reported.";
    const list = names(orgs(text, { Welsh: "GB", Victorian: "AU" }));
    for (const n of ["Welsh Library", "Harbour Museum", "Sunrise Resorts", "Lakeside Entertainment", "Coastal Mail", "Office of the Victorian Information Commissioner"]) {
      expect(list).toContain(n);
    }
  });

  it("knows the House of Commons, the UK's and Germany's Foreign Office, and Russia's Security Council apart from the UN's", () => {
    const list = orgs("MPs in the House of Commons heard from the UK Foreign Office. The German Foreign Office summoned the envoy. " +
      "The Russian Security Council met; the UN Security Council did not.");
    expect(find(list, "House of Commons")?.country).toBe("GB");
    expect(find(list, "UK Foreign Office")?.country).toBe("GB");
    expect(find(list, "German Foreign Office")?.country).toBe("DE");
    expect(find(list, "Russian Security Council")?.country).toBe("RU");
    expect(find(list, "UN Security Council")?.aliases).not.toContain("Russian Security Council");
  });

  it("takes a country's possessive embassy", () => {
    expect(names(orgs("China's embassy in London rejected the claims.", { China: "CN" }))).toContain("China's embassy");
  });
  it("keeps a possessive that stands inside a name, not one that names an owner", () => {
    const text = "Staff at Boston Children's Hospital and King's College Hospital were told to use paper records. The Veterans' Health Office was also hit, and Britain's National Crime Agency and Microsoft's Digital Crimes Unit were called in.";
    const list = names(orgs(text, { Britain: "GB" }));
    expect(list).toContain("Boston Children's Hospital");
    expect(list).toContain("King's College Hospital");
    expect(list).toContain("Veterans' Health Office");
    expect(list).toContain("National Crime Agency");
    expect(list.some((n) => n.startsWith("Britain"))).toBe(false);
  });
});
