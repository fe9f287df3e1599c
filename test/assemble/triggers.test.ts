import { describe, expect, it } from "vitest";
import { findTriggers, isBackground, isDenial, isHypothetical } from "../../src/assemble/triggers.js";
import { doc } from "../helpers.js";

const types = (t: string) => [...new Set(findTriggers(doc(t)).map((h) => h.type))].sort();

describe("incident triggers", () => {
  it("types ransomware, phishing, breaches and denial of service", () => {
    expect(types("The ransomware encrypted the council's servers.")).toContain("ransomware");
    expect(types("Staff received spear-phishing emails posing as the IT desk.")).toContain("phishing");
    expect(types("Hackers stole the personal data of customers.")).toContain("data-breach");
    expect(types("A DDoS attack took the websites offline.")).toContain("ddos");
  });
  it("types espionage and exploitation of a previously unknown flaw", () => {
    expect(types("The group ran a cyber espionage campaign.")).toContain("espionage");
    expect(types("They were exploiting a previously unknown vulnerability in the mail server.")).toContain("vulnerability-exploitation");
  });
  it("does not take what a flaw could allow for a breach", () => {
    expect(types("The bug could allow attackers to steal data from the device.")).not.toContain("data-breach");
  });
  it("does not read 'pose a risk' as impersonation", () => {
    expect(types("The flaws pose a risk to all systems.")).not.toContain("phishing");
  });
  it("knows malware families from data", () => {
    expect(types("Computers were hit by WannaCry last week.")).toContain("ransomware");
  });
});

describe("sentence contexts", () => {
  it("recognises background, hypotheticals and denials", () => {
    expect(isBackground("Cyberattacks are on the rise across Europe.")).toBe(true);
    expect(isBackground("The attackers stole 2,000 records.")).toBe(false);
    expect(isHypothetical("The bloc could consider sanctions.")).toBe(true);
    expect(isDenial("Moscow denied any involvement.")).toBe(true);
  });
});
