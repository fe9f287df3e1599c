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
  it("reads the adjective 'encrypted' as no ransomware, the verb as ransomware", () => {
    expect(types("The archive holds encrypted data from the backup system.")).not.toContain("ransomware");
    expect(types("The intruders encrypted the clinic's patient files overnight.")).toContain("ransomware");
    expect(types("By Monday all the office computers had been encrypted.")).toContain("ransomware");
  });
  it("does not take a negated theft or ransom for one", () => {
    expect(types("The mayor said no customer data was stolen.")).not.toContain("data-breach");
    expect(types("Police confirmed that no ransom was demanded from the shop.")).not.toContain("ransomware");
  });
  it("takes leaked photos and source code, and a hijacked mailbox, for a breach", () => {
    expect(types("Private photos of the singer were leaked on a forum.")).toContain("data-breach");
    expect(types("The crew stole the source code of the game engine.")).toContain("data-breach");
    expect(types("The fraudsters compromised a manager's email account.")).toContain("data-breach");
    expect(types("The sender knew their address, info that was probably stolen last year.")).toContain("data-breach");
  });
  it("takes possessive owners and harvested contacts for a breach", () => {
    expect(types("The rogue plugin stole shoppers' card numbers at checkout.")).toContain("data-breach");
    expect(types("The app quietly kept collecting its owners' information for months.")).toContain("data-breach");
    expect(types("Once opened, the worm harvests the contacts in the mailbox.")).toContain("data-breach");
  });
  it("takes obtaining someone's credentials or personal details for a breach", () => {
    expect(types("The crew obtains victims' login credentials through a fake portal.")).toContain("data-breach");
    expect(types("Nobody knows how the fraudsters obtain buyers' personal details.")).toContain("data-breach");
  });
  it("takes data sent to the criminals or their server for a breach", () => {
    expect(types("Whatever card details shoppers typed were sent to the fraudsters.")).toContain("data-breach");
    expect(types("The stealer zips the browser files and uploads them, and the contacts are uploaded to the C2 as well.")).toContain("data-breach");
  });
  it("takes exporting a database for a breach", () => {
    expect(types("The intruders exported the clinic's patient database before wiping it.")).toContain("data-breach");
  });
  it("takes data as the object of a relative clause for a breach", () => {
    expect(types("Investigators are still counting the records the intruders copied.")).toContain("data-breach");
    expect(types("The bank has yet to learn what the thieves copied from its file server.")).toContain("data-breach");
  });
  it("does not take a class of flaw or breaches in general for a breach", () => {
    const hits = findTriggers(doc("Most of the bugs were information disclosure flaws, and breaches grow every month."));
    expect(hits.filter((h) => h.type === "data-breach" && h.strong)).toEqual([]);
  });
  it("types phishing delivered by spam and attachments", () => {
    expect(types("Staff opened a spam message that looked like an invoice.")).toContain("phishing");
    expect(types("The email carried a malicious attachment with a macro.")).toContain("phishing");
    expect(types("Victims clicked on links in emails from a fake courier.")).toContain("phishing");
    expect(types("The mail purported to be a parking fine.")).toContain("phishing");
  });
  it("weakens a threat named in how threats usually spread", () => {
    const hits = findTriggers(doc("Ransomware is usually delivered by spam emails with a booby-trapped attachment."));
    expect(hits.filter((h) => h.type === "phishing" && h.strong)).toEqual([]);
  });
  it("keeps a ransom demand after 'and' strong", () => {
    const hits = findTriggers(doc("The site went offline after a break-in and ransom demand."));
    expect(hits.find((h) => h.type === "ransomware")?.strong).toBe(true);
  });
  it("keeps a step after 'and then' strong: a sequence is no list", () => {
    const hits = findTriggers(doc("The gang registers a lookalike domain and then persuades employees to type their passwords there."));
    expect(hits.find((h) => h.type === "phishing")?.strong).toBe(true);
  });
  it("lets a weak trigger give way to a strong one of its type inside it", () => {
    const hits = findTriggers(doc("A clerk opened a spam message from a parcel firm."));
    expect(hits.filter((h) => h.type === "phishing").map((h) => [h.span.text, h.strong])).toEqual([["spam message", true]]);
  });
  it("types exploitation of a named CVE and of a flaw said to be exploited", () => {
    expect(types("The crew exploited CVE-2021-44228 to get in.")).toContain("vulnerability-exploitation");
    expect(types("The router flaws are being actively exploited.")).toContain("vulnerability-exploitation");
  });
  it("weakens a threat followed by more threats in a list", () => {
    const hits = findTriggers(doc("The loader can drop ransomware or a banking trojan on the machine."));
    expect(hits.filter((h) => h.type === "ransomware" && h.strong)).toEqual([]);
    const tags = findTriggers(doc("Filed under Cloud, Ransomware, Vulnerability and Policy."));
    expect(tags.filter((h) => h.type === "ransomware" && h.strong)).toEqual([]);
  });
  it("types a found weakness, a flaw being fixed and a hidden backdoor as disclosures", () => {
    expect(types("Two students identified a weakness in the ticketing app.")).toContain("vulnerability-disclosure");
    expect(types("The maker is fixing the vulnerabilities in its cameras.")).toContain("vulnerability-disclosure");
    expect(types("Analysts warned of a hidden backdoor in the office printers.")).toContain("vulnerability-disclosure");
  });
  it("types tricking or luring someone into an act, and malicious links, as phishing", () => {
    expect(types("The crooks tricked the bookkeeper into wiring the money.")).toContain("phishing");
    expect(types("The gang lured victims to a page that copied their bank login.")).toContain("phishing");
    expect(types("Texts carried malicious links to a parcel site.")).toContain("phishing");
  });
  it("types malware or mail disguised as something harmless, and a false claim of identity, as phishing", () => {
    const hits = findTriggers(doc("Investigators found spyware disguised as a flashlight app in the store."));
    expect(hits.find((h) => h.type === "phishing")?.strong).toBe(true);
    expect(hits.some((h) => h.type === "malware")).toBe(true);
    expect(types("Shoppers installed apps that falsely claim to be a well-known retailer.")).toContain("phishing");
  });
  it("types bogus, spoofed or lookalike mail and sites as phishing", () => {
    expect(types("Customers were sent bogus invoices last month.")).toContain("phishing");
    expect(types("The link led to a lookalike domain registered on Friday.")).toContain("phishing");
  });
  it("takes fake software handed out as the real thing for a sign of phishing", () => {
    expect(types("Users downloaded a fake video player from a forum.")).toContain("phishing");
  });
  it("does not take what a compromised site served for stolen data", () => {
    expect(types("The page loaded script files from other compromised domains.")).not.toContain("data-breach");
    expect(types("The tool is built to exfiltrate all kinds of information from a network.")).toContain("data-breach");
  });
  it("does not take an alternative set aside for a trigger", () => {
    expect(types("The virus came from a poisoned website rather than a phishing email.")).not.toContain("phishing");
    expect(types("Investigators have ruled out ransomware as the cause.")).not.toContain("ransomware");
  });
  it("does not take phishing training or filters for phishing", () => {
    expect(types("The firm now runs phishing awareness courses for all staff.")).not.toContain("phishing");
    expect(types("Mail passes through phishing filters first.")).not.toContain("phishing");
  });
  it("knows malware families from data", () => {
    expect(types("Computers were hit by WannaCry last week.")).toContain("ransomware");
  });
  it("takes a flaw set off by a comma before 'found by' or 'patched in' for a disclosure", () => {
    const strongVd = (t: string) => findTriggers(doc(t)).some((h) => h.type === "vulnerability-disclosure" && h.strong);
    expect(strongVd("The bug, spotted by a student in Lyon, lets anyone read the booking logs.")).toBe(true);
    expect(strongVd("The weakness in the kiosk software, patched last week, let visitors print for free.")).toBe(false);
  });
  it("does not take a zero-day exploit or well-known vulnerabilities for a flaw made known", () => {
    expect(types("The intruders got in with a zero-day exploit, the university said.")).not.toContain("vulnerability-disclosure");
    expect(types("The cameras run old firmware with well-known vulnerabilities.")).not.toContain("vulnerability-disclosure");
    expect(types("The cameras run old firmware with known vulnerabilities.")).not.toContain("vulnerability-disclosure");
    expect(types("The team reported a previously unknown vulnerability in the firmware.")).toContain("vulnerability-disclosure");
  });
  it("takes a flaw taken advantage of, abused or leveraged for exploitation", () => {
    expect(types("The gang took advantage of a flaw in the ticket system to print free passes.")).toContain("vulnerability-exploitation");
    expect(types("A bug in the way the browser draws pop-up windows has been abused by scammers.")).toContain("vulnerability-exploitation");
    expect(types("The crew leveraged an unpatched bug in the VPN appliance.")).toContain("vulnerability-exploitation");
  });
  it("takes a fault put right for a mention of a flaw", () => {
    expect(types("The vendor said it had corrected the problem in the login page.")).toContain("vulnerability-disclosure");
    expect(types("The bank has since resolved the issue.")).toContain("vulnerability-disclosure");
  });
  it("takes a vendor warned of a flaw, a bug that lets something happen and the versions affected for disclosure words", () => {
    const strongVd = (t: string) => findTriggers(doc(t)).some((h) => h.type === "vulnerability-disclosure" && h.strong);
    expect(strongVd("A student warned the ferry company about the bug in March.")).toBe(true);
    expect(strongVd("She alerted the vendor to two flaws in its door locks.")).toBe(true);
    expect(types("The bug lets any guest open the admin page.")).toContain("vulnerability-disclosure");
    expect(types("The problem affects Acme Server versions 4.1 before 4.1.7.")).toContain("vulnerability-disclosure");
  });
  it("reads 'zero day' written with a space as 'zero-day'", () => {
    expect(types("The agency kept a stock of zero day vulnerabilities for years.")).toContain("vulnerability-disclosure");
    expect(types("The gang broke in with a zero day exploit.")).toContain("vulnerability-exploitation");
  });
});

describe("sentence contexts", () => {
  it("recognises background, hypotheticals and denials", () => {
    expect(isBackground("Cyberattacks are on the rise across Europe.")).toBe(true);
    expect(isBackground("The attackers stole 2,000 records.")).toBe(false);
    expect(isBackground("The number of new spyware apps grew 12-fold last quarter.")).toBe(true);
    expect(isBackground("Last quarter one in 250 messages carried a malicious attachment.")).toBe(true);
    expect(isBackground("One of the 250 messages carried a malicious attachment.")).toBe(false);
    expect(isHypothetical("The bloc could consider sanctions.")).toBe(true);
    expect(isDenial("Moscow denied any involvement.")).toBe(true);
  });
  it("types a leak of stolen documents, a stolen sum and meddling in politics", () => {
    expect(types("Papers stolen in the operation, including notes from trade talks, were later leaked before the vote.")).toContain("hack-and-leak");
    expect(types("The group leaked the stolen emails to journalists.")).toContain("hack-and-leak");
    expect(types("Papers stolen from the office were returned.")).not.toContain("hack-and-leak");
    expect(types("The same hackers carried out the theft of $81 million from a central bank.")).toContain("financial-theft");
    expect(types("The spies tried to interfere in British politics.")).toContain("influence-operation");
    expect(types("A campaign of meddling in the country's democracy.")).toContain("influence-operation");
    expect(types("The outage did not interfere with voting machines.")).not.toContain("influence-operation");
  });
});

