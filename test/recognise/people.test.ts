// People: titles and roles, surname joining, the compromise fallback, and what must not be a person.
import { describe, expect, it } from "vitest";
import { recogniseOrganizations } from "../../src/recognise/organizations.js";
import { recognisePeople } from "../../src/recognise/people.js";
import type { Country, Person } from "../../src/record/schema.js";
import { doc, extractFixture } from "../helpers.js";

function countriesOf(text: string, words: Record<string, string>): Country[] {
  return Object.entries(words).map(([word, code]) => ({
    code,
    name: word,
    mentions: [...text.matchAll(new RegExp(`\\b${word}\\b`, "g"))].map((m) => ({ start: m.index!, end: m.index! + word.length, text: word })),
  }));
}

function people(text: string, countries: Record<string, string> = {}): Person[] {
  const d = doc(text);
  const c = countriesOf(text, countries);
  return recognisePeople(d, recogniseOrganizations(d, c, []), [], c);
}

const find = (list: Person[], name: string) => list.find((p) => p.name === name);

describe("recognisePeople", () => {
  it("reads a title before the name as the role", () => {
    const list = people("Interior Minister Karel Dvořák said the attack failed. Prime Minister Eva Nováková agreed.");
    expect(find(list, "Karel Dvořák")).toMatchObject({ role: "Interior Minister", organization: null });
    expect(find(list, "Eva Nováková")?.role).toBe("Prime Minister");
    expect(list.map((p) => p.id)).toEqual(["P1", "P2"]);
  });

  it("takes the organisation that stands before the title", () => {
    const text = "Slovakia's National Security Authority (NBÚ) Director Peter Horváth announced the finding. EU foreign policy chief Marta Kos agreed.";
    const list = people(text, { Slovakia: "SK" });
    expect(find(list, "Peter Horváth")).toMatchObject({ role: "Director", organization: "National Security Authority" });
    expect(find(list, "Marta Kos")).toMatchObject({ role: "foreign policy chief", organization: "European Union" });
  });

  it("reads a role and organisation after the name", () => {
    const text = "\"We will not pay,\" said Laura Chen, chief executive of Riverside Health Trust. Tom Reed, a senior analyst at ESET, disagreed.";
    const list = people(text);
    expect(find(list, "Laura Chen")).toMatchObject({ role: "chief executive", organization: "Riverside Health Trust" });
    expect(find(list, "Tom Reed")).toMatchObject({ role: "senior analyst", organization: "ESET" });
  });

  it("joins later surname mentions to the full name, diacritics intact", () => {
    const text = "Director Lukáš Novotný opened the briefing. Novotný said the hackers were known. Later, Mr Novotný left.";
    const list = people(text);
    expect(list).toHaveLength(1);
    expect(list[0]!.aliases).toEqual(["Novotný"]);
    expect(list[0]!.mentions.map((m) => m.text)).toEqual(["Lukáš Novotný", "Novotný", "Novotný"]);
    for (const m of list[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps a surname alone only with a title or honorific", () => {
    expect(find(people("President Macron condemned the attack."), "Macron")).toBeDefined();
    expect(people("Radisson says the breach is contained. Cathay revealed the loss.")).toEqual([]);
  });

  it("takes a name without a title when it starts with a given name", () => {
    const list = people("The report was written by John Smith and reviewed last week. André Stewart and Bill Evanina disagreed.");
    expect(list.map((p) => p.name)).toEqual(["John Smith", "André Stewart", "Bill Evanina"]);
  });

  it("takes no run of capitalised words that starts with no given name or names an organisation or place", () => {
    const text =
      "Officials in Licking County said the National Investigation Academy and Booz Allen were hit. " +
      "Malware posed as Super Mario Run. Guests of the Henry Jones Art Hotel and visitors to Jasper Forest were warned.";
    expect(people(text)).toEqual([]);
  });

  it("takes no country, organisation, month, weekday, page furniture or byline for a person", () => {
    const text = "By Marta Keller\n\nThe Czech Republic said on Friday that Prague Airport was hit. Did you like this article? Reading Time was short. In March Microsoft Outlook was patched.";
    expect(people(text, { "Czech Republic": "CZ" })).toEqual([]);
  });

  it("finds the people of the fixture article", () => {
    const list = extractFixture("entities-estonia-ddos.txt", { published: "2024-05-03" }).entities.people;
    expect(find(list, "Mart Kask")).toMatchObject({ role: "Director General", organization: "Information System Authority", aliases: ["Kask"] });
    expect(find(list, "Mart Kask")!.mentions).toHaveLength(2);
    expect(find(list, "Anna Virtanen")).toMatchObject({ organization: "Recorded Future" });
    expect(find(list, "Kristen Michal")?.role).toBe("Prime Minister");
    expect(list.map((p) => p.name)).not.toContain("Kertu Saar");
  });
});

describe("recognisePeople: names inside titles", () => {
  it("reads a name after a title that a run of capitals carries", () => {
    const list = people("Business Secretary Grant Shapps told Sky News the matter was serious.");
    expect(list.map((p) => [p.name, p.role])).toEqual([["Grant Shapps", "Business Secretary"]]);
  });

  it("reads the name after 'Mayor of <place>', but not a product after 'of'", () => {
    expect(people("Mayor of Hackney Philip Glanville called the gang callous.").map((p) => p.name)).toEqual(["Philip Glanville"]);
    expect(people("Attackers spread a fake version of Super Mario Run.").map((p) => p.name)).toEqual([]);
  });

  it("reads a role in apposition before the name", () => {
    const list = people("The ministry summoned the Chinese ambassador, Zheng Zeguang, on Monday. The company said, Ransom Wong was hurt.", { Chinese: "CN" });
    expect(list.map((p) => [p.name, p.role])).toEqual([["Zheng Zeguang", "ambassador"]]);
  });

  it("joins a double surname alone to the full name", () => {
    const list = people("Chief executive Kelly Bayer Rosmarin apologised. \"I am sorry,\" Bayer Rosmarin told reporters.");
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toBe("Kelly Bayer Rosmarin");
    expect(list[0]!.aliases).toContain("Bayer Rosmarin");
    expect(list[0]!.mentions.map((m) => m.text)).toEqual(["Kelly Bayer Rosmarin", "Bayer Rosmarin"]);
  });
});
