// Organisations named by someone's post ("chief executive of X", "a researcher at X", "X chief executive Jane Roe"),
// and generic names a country owns or an acronym confirms ("Spain's National Police", "Federal Police (AFP)").
import { describe, expect, it } from "vitest";
import { recogniseOrganizations } from "../../src/recognise/organizations.js";
import type { Country, Organization } from "../../src/record/schema.js";
import { doc } from "../helpers.js";

function countriesOf(text: string, words: Record<string, string>): Country[] {
  return Object.entries(words).map(([word, code]) => ({
    code,
    name: word,
    mentions: [...text.matchAll(new RegExp(`\\b${word}\\b`, "g"))].map((m) => ({ start: m.index!, end: m.index! + word.length, text: word })),
  }));
}
const orgs = (text: string, countries: Record<string, string> = {}): Organization[] => recogniseOrganizations(doc(text), countriesOf(text, countries), []);
const names = (list: Organization[]) => list.map((o) => o.name);

describe("organisations named by a post", () => {
  it("reads the body after a post and its preposition", () => {
    const text = "The chief executive of Brightwater Pipeline testified on Monday. Ana Ruiz, a senior researcher at Kestrel Labsworks, said the flaw was old.";
    expect(names(orgs(text))).toEqual(["Brightwater Pipeline", "Kestrel Labsworks"]);
    expect(orgs(text)[0]!.kind).toBe("company");
  });

  it("reads the body before a post that is followed by its holder's name", () => {
    const text = "Telvora chief executive Maria Okonkwo apologised. Northgate Mail spokesperson Dan Ellis declined to comment.";
    expect(names(orgs(text))).toEqual(["Telvora", "Northgate Mail"]);
  });

  it("takes no person, title, region, description or surname for a body", () => {
    const text = [
      "A spokesman for Prime Minister Jane Roe declined.",
      "She is the founder of Europe's largest bank.",
      "Ana Diaz, chief executive of the Georgia-based firm, declined.",
      "Sara Lind, the company's spokeswoman for Latin America, agreed.",
      "Tom Berg, founder of the Suits and Spooks conference, disagreed.",
      "Paul Kerr said so. A spokesman for Kerr told reporters nothing.",
      "Committee chairman Iain Wright spoke. The committee met.",
      "Let's Encrypt founder Josh Aas agreed.",
    ].join(" ");
    expect(names(orgs(text))).toEqual([]);
  });
});

describe("generic names made proper by their context", () => {
  it("accepts generic words and a head that a country owns or an acronym follows", () => {
    const text = "Spain's National Police said the man was held. The Australian Federal Police (AFP) opened an inquiry. National Police officers in other countries said nothing.";
    const list = orgs(text, { Spain: "ES", Australian: "AU" });
    expect(names(list)).toEqual(["National Police", "Australian Federal Police"]);
    expect(list[0]!.country).toBe("ES");
    expect(list[1]!.aliases).toContain("AFP");
  });

  it("keeps generic words and a head alone out", () => {
    expect(names(orgs("National Police said the man was held. The Federal Court will rule."))).toEqual([]);
  });

  it("reads a title-like head with a name after it as a title", () => {
    const text = "The Australian Federal Police (AFP) opened an inquiry. AFP Assistant Commissioner Justine Gough said it was serious.";
    expect(names(orgs(text, { Australian: "AU" }))).toEqual(["Australian Federal Police"]);
  });

  it("splits names joined by 'and the'", () => {
    const text = "The hackers hit Sony and the Democratic National Committee.";
    expect(names(orgs(text))).toContain("Democratic National Committee");
    expect(names(orgs(text)).some((n) => n.includes("Sony"))).toBe(false);
  });
});
