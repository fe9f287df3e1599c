// Quotations and their speakers: marks, attributions, pronouns, entities, and robustness against stray marks.
import { describe, expect, it } from "vitest";
import type { Organization, Person } from "../../src/record/schema.js";
import { recogniseQuotes } from "../../src/recognise/quotes.js";
import { doc, extractFixture, extractText } from "../helpers.js";

const quotes = (text: string, people: Person[] = [], orgs: Organization[] = []) => recogniseQuotes(doc(text), people, orgs, []);
const person = (id: string, name: string, aliases: string[] = [], role: string | null = null): Person =>
  ({ id, name, aliases, role, organization: null, mentions: [] });
const org = (id: string, name: string, aliases: string[] = []): Organization =>
  ({ id, name, aliases, kind: "government", country: null, mentions: [] });

describe("quotation marks", () => {
  it("takes curly, straight, single curly and guillemet quotations, text without the marks", () => {
    const text = `Smith said: “The servers were taken offline at once.” Jones said: "We saw the intrusion early on." ` +
      `Lee said ‘the backups were never touched by anyone’. Dupont said: «Nous avons fermé tous les accès.»`;
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual([
      "The servers were taken offline at once.", "We saw the intrusion early on.", "the backups were never touched by anyone",
      "Nous avons fermé tous les accès.",
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(qs.map((q) => q.id)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
  });

  it("closes an opening curly mark with a straight one", () => {
    const qs = quotes(`The minister said the attacks aim to degrade “critical infrastructure and weaken public trust." Then she left.`);
    expect(qs.map((q) => q.text)).toEqual(["critical infrastructure and weaken public trust."]);
  });

  it("keeps a quotation that runs over several sentences in one piece", () => {
    const qs = quotes(`“We found the flaw. We fixed it. We told our customers,” the company said.`);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("We found the flaw. We fixed it. We told our customers");
  });

  it("continues a quotation into the next paragraph that opens with a mark", () => {
    const text = `Marchetti spoke to parliament. “The port will reopen next week.\n\n“We owe that to every worker,” she said.`;
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text.startsWith("The port will reopen")).toBe(true);
    expect(qs[0]!.text.endsWith("every worker")).toBe(true);
  });

  it("is not fooled by apostrophes, decades or feet and inches", () => {
    const qs = quotes(`Russia’s hackers don’t rest, as in the ’90s. A 6' 2" man said: “They’re back and they’re busy again.”`);
    expect(qs.map((q) => q.text)).toEqual(["They’re back and they’re busy again."]);
  });

  it("drops an opening mark that is never closed, and keeps later quotations", () => {
    const text = `The chief said: “We are sorry for what happened to our patients.\n\nOther news followed.\n\n“Hang up on anyone asking for bank details,” Lindqvist said.`;
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(["Hang up on anyone asking for bank details"]);
  });

  it("drops scare quotes of one or two words without a speaker, and never swallows the article", () => {
    const text = `The group calls itself "data liberators" and was called a "nuisance". ` + "More text. ".repeat(500) + `“Unclosed at the end`;
    const qs = quotes(text);
    expect(qs).toEqual([]);
  });

  it("keeps a quotation nested in another", () => {
    const qs = quotes(`“The strains do not exfiltrate (“remove”) data from the server,” the vendor said.`);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("The strains do not exfiltrate (“remove”) data from the server");
  });
});

describe("speakers", () => {
  it("reads 'X said', 'said X', 'X told', 'X wrote', 'according to X' and 'X added'", () => {
    const text = `“The network is secure again,” Jane Doe said. “We are still investigating the breach,” said Carl Berg. ` +
      `Anna Weiss told Reuters: “Nobody has claimed the attack yet.” Paul Ruiz wrote on his blog: “The malware is new to us.” ` +
      `According to Maria Lopez, “the attackers were inside for months.” “We will publish a full report,” Tom Hale added.`;
    const qs = quotes(text);
    expect(qs.map((q) => [q.speaker?.name, q.verb])).toEqual([
      ["Jane Doe", "said"], ["Carl Berg", "said"], ["Anna Weiss", "told"], ["Paul Ruiz", "wrote"], ["Maria Lopez", "according to"],
      ["Tom Hale", "added"],
    ]);
  });

  it("splits a role from a name, and takes the subject of a participle clause", () => {
    const qs = quotes(`Foreign Minister Jan Novak reaffirmed the country's stance, stating: "Deliberate attacks threaten our security and stability."`);
    expect(qs[0]!.speaker).toEqual({ name: "Jan Novak", entityId: null, role: "Foreign Minister" });
    expect(qs[0]!.verb).toBe("stating");
  });

  it("gives a partial quotation the speaker of 'with X stating that'", () => {
    const text = `The bloc condemned the attacks, with foreign policy chief Josep Borrell stating that it would not “tolerate such behaviour,” particularly attacks on “critical infrastructure and democratic processes."`;
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Josep Borrell", "Josep Borrell"]);
    expect(qs[0]!.speaker?.role).toBe("foreign policy chief");
  });

  it("reads 'X, who ..., has said the attack “...”'", () => {
    const qs = quotes(`Foreign Minister Anna Berg, who is now in Canberra, has said the attack “will not go without consequences”.`);
    expect(qs[0]!.speaker).toEqual({ name: "Anna Berg", entityId: null, role: "Foreign Minister" });
  });

  it("gives a quotation broken by an attribution to the same speaker, as two quotations", () => {
    const qs = quotes(`“The attackers came in through a maintenance account,” said Pieter Smit, “and reached the servers in two hours.”`);
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Pieter Smit", "Pieter Smit"]);
  });

  it("expands a surname to the full name written earlier, with its role", () => {
    const qs = quotes(`Agency Director Lukas Kolar announced the finding today.\n\nKolar said: "It is necessary to send a clear signal to every attacker."`);
    expect(qs[0]!.speaker).toEqual({ name: "Lukas Kolar", entityId: null, role: "Agency Director" });
  });

  it("resolves a surname to the person entity whose aliases include it", () => {
    const qs = quotes(`Kolar said: "It is necessary to send a clear signal to every attacker."`, [person("P1", "Lukas Kolar", ["Kolar"], "Director")]);
    expect(qs[0]!.speaker).toEqual({ name: "Lukas Kolar", entityId: "P1", role: "Director" });
  });

  it("resolves an organisation name to its entity", () => {
    const qs = quotes(`“We stand in solidarity with our allies today,” NATO said.`, [], [org("O1", "North Atlantic Treaty Organization", ["NATO"])]);
    expect(qs[0]!.speaker).toEqual({ name: "North Atlantic Treaty Organization", entityId: "O1", role: null });
  });

  it("sends he/she to the last person subject and it to the last organisation subject", () => {
    const text = `NATO expressed deep concern about the attacks. Defence Minister Karl Bauer visited the command centre.\n\n` +
      `“We will respond together with our allies,” he said. In a statement, it wrote: "We strongly condemn these malicious cyber activities."`;
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Karl Bauer", "NATO"]);
  });

  it("sends 'the statement said' to the body that made the statement", () => {
    const text = `The North Atlantic Council said in a statement released on Friday that allies were united. ` +
      `“We stand in solidarity with Germany after the malicious campaign,” the statement said. ` +
      `“Cyber threat actors persistently seek to destabilise us,” NATO said. “We promote a free and open cyberspace for all,” the statement added.`;
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["North Atlantic Council", "NATO", "North Atlantic Council"]);
    expect(qs[2]!.verb).toBe("added");
  });

  it("continues the speaker into the next sentence-quotation of the paragraph", () => {
    const qs = quotes(`“We will not reward criminals,” Helena Marchetti said. “Every hour of delay costs exporters money.”`);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Helena Marchetti", "Helena Marchetti"]);
    expect(qs[1]!.verb).toBeNull();
  });

  it("leaves the speaker null when none is stated", () => {
    const qs = quotes(`The ransom note read: "Your network has been penetrated and all files are encrypted." Officials said the breach was "regrettable but contained".`);
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });

  it("does not take the subject of the next sentence after a quotation that ends its own", () => {
    const qs = quotes(`In a statement, the agency wrote: "We condemn these attacks on our institutions." It noted that the group attacked other states.`);
    expect(qs[0]!.verb).toBe("wrote");
  });
});

describe("quote fixtures", () => {
  it("quotes-forms.txt: every form with its speaker", () => {
    const r = extractFixture("quotes-forms.txt");
    const by = (start: string) => r.quotes.find((q) => q.text.startsWith(start));
    expect(by("Our engineers are restoring")?.speaker?.name).toMatch(/Harbour Authority/);
    expect(by("We will not reward")?.speaker?.name).toBe("Helena Marchetti");
    expect(by("We will not reward")?.speaker?.role).toBe("Transport Minister");
    expect(by("The attackers entered")?.speaker?.name).toBe("Pieter van Loon");
    expect(by("and moved to the scheduling")?.speaker?.name).toBe("Pieter van Loon");
    expect(by("We have seen this ransomware")?.speaker?.name).toBe("Tomas Reinholt");
    expect(by("usually steals data")?.speaker?.name).toBe("Tomas Reinholt");
    expect(by("will be investigated fully")?.speaker?.name).toMatch(/Harbour Authority/);
    expect(by("Delays of up to five days")?.speaker?.name).toBe("Nordlink Shipping");
    expect(by("a warning that the whole")?.speaker?.name).toBe("Sara Okafor");
    const long = by("The port will reopen");
    expect(long?.speaker?.name).toBe("Helena Marchetti");
    expect(long?.text).toContain("We also owe it to the families");
  });

  it("quotes-unbalanced.txt: the unclosed quotation is dropped, scare quotes too, nothing runs away", () => {
    const r = extractFixture("quotes-unbalanced.txt");
    expect(r.quotes.some((q) => q.text.startsWith("We are deeply sorry"))).toBe(false);
    expect(r.quotes.some((q) => /data liberators|^nuisance$/.test(q.text))).toBe(false);
    expect(r.quotes.find((q) => q.text.startsWith("Anyone who receives"))?.speaker?.name).toBe("Amara Lindqvist");
    for (const q of r.quotes) expect(q.text.length).toBeLessThan(300);
  });

  it("takes a role and name after the quotation for its speaker", () => {
    const r = extractText('Minister speaks\n\n"We know who did this," Justice Minister Emilie Mehl told reporters in Oslo.');
    expect(r.quotes[0]?.speaker?.name).toBe("Emilie Mehl");
    expect(r.quotes[0]?.speaker?.role).toBe("Justice Minister");
    expect(r.quotes[0]?.verb).toBe("told");
  });
});

describe("a body speaking through an unnamed spokesperson", () => {
  it("gives the body named after 'a spokesperson for' (a name or a noun for an organisation named before)", () => {
    const lib = org("O1", "Northfield Public Library");
    const centre = org("O2", "Regional Cyber Response Centre");
    const text = `The Northfield Public Library closed its branches. The Regional Cyber Response Centre was called in.\n\n` +
      `"We are restoring the catalogue one system at a time," a spokesperson for the library said.\n\n` +
      `"There is no sign that card details were taken," a spokeswoman for the centre told reporters.\n\n` +
      `"We are helping the library's engineers," a spokesman for Regional Cyber Response Centre said.`;
    const qs = quotes(text, [], [lib, centre]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Northfield Public Library", "Regional Cyber Response Centre", "Regional Cyber Response Centre"]);
  });

  it("gives the organisation for 'a council spokesperson said', nobody for 'a spokesperson said'", () => {
    const council = org("O1", "Eastbury Borough Council");
    const text = `Eastbury Borough Council said its payment systems were down.\n\n` +
      `"Residents should not pay any invoice they receive by email this week," a council spokesperson said.\n\n` +
      `"Nothing has been confirmed about the source of the attack yet," a spokesperson said.`;
    const qs = quotes(text, [], [council]);
    expect(qs[0]?.speaker?.name).toBe("Eastbury Borough Council");
    expect(qs[1]?.speaker).toBeNull();
  });
});

describe("a role with its body's name before it, after the quotation", () => {
  it("takes the person of “...,” ACME Chief Executive Jane Roe said in a statement", () => {
    const qs = quotes(`"We have restored every system that the attackers touched," NRA Deputy Director Olga Tamm said in a statement.`);
    expect(qs[0]?.speaker?.name).toBe("Olga Tamm");
    expect(qs[0]?.speaker?.role).toBe("Deputy Director");
  });

  it("resolves 'he' to the person who holds a role named after an organisation ('Acme chief executive Jane Roe said')", () => {
    const r = extractText('Exchange drained\n\nHackers stole $40 million from the exchange on Sunday. Coinvault chief executive Marta Lindqvist moved to calm customers. "Every deposit is backed one to one," she wrote on social media.');
    expect(r.quotes[0]?.speaker?.name).toBe("Marta Lindqvist");
  });
});
