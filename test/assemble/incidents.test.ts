import { describe, expect, it } from "vitest";
import { extractFixture, extractText } from "../helpers.js";

describe("incidents", () => {
  it("keeps a state espionage campaign and a hacktivist DDoS apart", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    expect(r.incidents.length).toBe(2);
    const spy = r.incidents.find((i) => i.types.includes("espionage"))!;
    const ddos = r.incidents.find((i) => i.types.includes("ddos"))!;
    expect(spy).toBeDefined();
    expect(ddos).toBeDefined();
    expect(spy.id).not.toBe(ddos.id);
    expect(spy.actors).toContain("Sandworm");
    expect(ddos.actors.some((a) => a.startsWith("NoName057"))).toBe(true);
    expect(ddos.victims.map((v) => v.name)).toEqual(expect.arrayContaining(["Oslo Airport"]));
    expect(spy.dates).toEqual({ start: "2024-04", end: "2024-09" });
  });

  it("records who attributed the campaign, and to whom", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    const spy = r.incidents.find((i) => i.types.includes("espionage"))!;
    const a = spy.attributions.find((x) => x.actor === "Sandworm");
    expect(a).toBeDefined();
    expect(a!.country).toBe("RU");
    expect(a!.by.length).toBeGreaterThan(0);
    expect(r.incidents.every((i) => i.victimCountries.every((c) => c !== "RU"))).toBe(true);
  });

  it("carries victims, impact figures and malware of a ransomware attack", () => {
    const r = extractFixture("incidents-hospital-ransomware.txt");
    expect(r.incidents.length).toBe(1);
    const inc = r.incidents[0]!;
    expect(inc.types).toEqual(expect.arrayContaining(["ransomware", "data-breach"]));
    expect(inc.victims.map((v) => v.name)).toContain("Riverside Health");
    expect(inc.victims.find((v) => v.name === "Riverside Health")!.sector).toBe("health");
    expect(inc.impact.counts.map((c) => c.text)).toContain("326,000 patients");
    expect(inc.impact.amounts).toEqual(expect.arrayContaining([
      { value: 40, currency: "BTC", text: "40 bitcoin" },
      { value: 1_200_000, currency: "USD", text: "$1.2 million" },
    ]));
    expect(inc.malware).toContain("LockBit");
  });

  it("carries CVEs, products and zero-days", () => {
    const r = extractFixture("incidents-patch-advisory.txt");
    const vulns = r.incidents.flatMap((i) => i.vulnerabilities);
    expect(vulns.find((v) => v.cve === "CVE-2023-23397")?.zeroDay).toBe(true);
    expect(vulns.map((v) => v.product)).toContain("Microsoft Outlook");
    expect(r.incidents.flatMap((i) => i.types)).toContain("vulnerability-disclosure");
  });

  it("reports nothing for background alone", () => {
    const r = extractText("Experts warn\n\nCyberattacks are on the rise, and ransomware is increasingly common, a survey found.");
    expect(r.incidents).toEqual([]);
  });

  it("points every piece of evidence into the text", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    for (const i of r.incidents) for (const e of [...i.evidence, ...i.attributions.map((a) => a.evidence)]) expect(e.text.length).toBe(e.end - e.start);
  });

  it("does not report a flaw as disclosed when it is only named as the one exploited", () => {
    const r = extractText("Break-in at port operator\n\nIntruders broke into the port operator's network after they exploited CVE-2022-11111, a flaw in Acme Gateway, last spring.");
    const types = r.incidents.flatMap((i) => i.types);
    expect(types).toContain("vulnerability-exploitation");
    expect(types).not.toContain("vulnerability-disclosure");
  });

  it("keeps a flaw disclosed elsewhere in the report", () => {
    const r = extractText("Break-in at port operator\n\nIntruders exploited CVE-2022-11111 to get into the network. Researchers discovered the flaw in March and reported it to the vendor.");
    expect(r.incidents.flatMap((i) => i.types)).toEqual(expect.arrayContaining(["vulnerability-exploitation", "vulnerability-disclosure"]));
  });

  it("does not report a disclosure when the flaw is named outside the exploited sentences only in passing", () => {
    const r = extractText("Scammers target phone users\n\nScammers exploited the vulnerability, a flaw in the dialog code, to lock the screen. Visitors landing on the pages set off the bug in the browser.");
    const types = r.incidents.flatMap((i) => i.types);
    expect(types).toContain("vulnerability-exploitation");
    expect(types).not.toContain("vulnerability-disclosure");
  });

  it("gives a CVE the product named with it, one vulnerability, not two", () => {
    const r = extractText("Flaw under attack\n\nAttackers exploited CVE-2022-22222, a zero-day flaw in Acme Mail Server, against two councils.");
    expect(r.incidents.flatMap((i) => i.vulnerabilities)).toEqual([{ cve: "CVE-2022-22222", product: "Acme Mail Server", zeroDay: true }]);
  });

  it("gives the only CVE the only product named in another sentence", () => {
    const r = extractText("Flaw under attack\n\nHackers are exploiting a critical vulnerability in Acme Gateway. The vulnerability, tracked as CVE-2022-33333, lets them run code.");
    expect(r.incidents.flatMap((i) => i.vulnerabilities)).toEqual([{ cve: "CVE-2022-33333", product: "Acme Gateway", zeroDay: false }]);
  });

  it("keeps two CVEs apart from a product they are not said with", () => {
    const r = extractText("Two flaws\n\nResearchers disclosed a critical vulnerability in Acme Gateway. Separately, CVE-2022-44444 and CVE-2022-55555 were reported in other products.");
    const vulns = r.incidents.flatMap((i) => i.vulnerabilities);
    expect(vulns.filter((v) => v.cve).every((v) => v.product === null)).toBe(true);
    expect(vulns.some((v) => v.product === "Acme Gateway" && v.cve === null)).toBe(true);
  });

  it("takes an email campaign in a headline for no phishing by itself", () => {
    const r = extractText("Ministry blames hackers for email campaign against ruling party\n\nThe ministry said hackers broke into the party's network last year.");
    expect(r.incidents.flatMap((i) => i.types)).not.toContain("phishing");
  });

  it("types an intrusion through an exploited flaw, its data theft, and none of the threats named in passing", () => {
    const r = extractFixture("incidents-exploited-flaw.txt");
    expect(r.incidents.length).toBe(1);
    const inc = r.incidents[0]!;
    expect(inc.types).toEqual(expect.arrayContaining(["vulnerability-exploitation", "data-breach"]));
    for (const t of ["phishing", "ransomware", "malware"]) expect(inc.types).not.toContain(t);
    expect(inc.vulnerabilities).toEqual([{ cve: "CVE-2024-51234", product: "Ferrovia EdgeRouter", zeroDay: true }]);
    expect(r.responses.some((x) => x.kind === "patch" && x.by === "Ferrovia")).toBe(true);
  });

  it("takes no stolen computing power alongside ransomware for a data breach", () => {
    const r = extractText("Depot hit by ransomware\n\nRansomware encrypted the depot's servers last week. Elsewhere, crooks mine coins with stolen processing power.");
    const types = r.incidents.flatMap((i) => i.types);
    expect(types).toContain("ransomware");
    expect(types).not.toContain("data-breach");
  });

  it("takes countries attacked for victim countries, not where a speaker stands", () => {
    const r = extractText("Attack\n\nHackers attacked government networks in Lithuania and Poland. The minister, who is now in Australia, has said the hacking attack was serious.");
    const vc = r.incidents.flatMap((i) => i.victimCountries);
    expect(vc).toEqual(expect.arrayContaining(["LT", "PL"]));
    expect(vc).not.toContain("AU");
  });

  it("types a wiper and a destructive cyber-attack as sabotage, and stolen documents leaked as hack-and-leak", () => {
    const types = (t: string) => extractText(t).incidents.flatMap((i) => i.types);
    expect(types("Modems bricked\n\nA wiper erased the memory of thousands of satellite modems across Europe.")).toContain("sabotage");
    expect(types("Government offline\n\nNATO condemned what it called a destructive cyber-attack on the government of Montenegro.")).toContain("sabotage");
    expect(types("Ministry hit\n\nThe group later leaked what it said were emails and documents stolen from the Ministry of Finance.")).toContain("hack-and-leak");
  });

  it("does not take a denier's account or a demand to stop for the incident's type", () => {
    const types = (t: string) => extractText(t).incidents.flatMap((i) => i.types);
    const d = types("Routers hacked\n\nVolt Typhoon hacked routers at US utilities. China's embassy denied the claims, saying Volt Typhoon was a ransomware group.");
    expect(d).not.toContain("ransomware");
    const m = types("Email servers hacked\n\nHackers broke into thousands of email servers. The foreign secretary said Beijing must end its systematic cyber sabotage.");
    expect(m).not.toContain("sabotage");
  });
});

describe("hypothetical cues (review mend)", () => {
  it("keeps attributions said with 'considered' or next to an 'if'", () => {
    const r = extractText("Bundestag hack\n\nHackers breached the Bundestag network in 2015. The NCSC considered it highly likely that APT28 was behind the attack on the Bundestag. The NCSC said APT28 was behind the attack, even if it did not say how.");
    expect(r.incidents.flatMap((i) => i.attributions).filter((a) => a.actor === "APT28")).toHaveLength(2);
  });
});
