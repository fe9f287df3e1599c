import { describe, expect, it } from "vitest";
import { extractFixture, extractText } from "../helpers.js";

const kinds = (r: ReturnType<typeof extractText>) => r.responses.map((x) => `${x.kind}:${x.by}`);

describe("responses", () => {
  it("finds attribution, summons, solidarity and condemnation with their responders", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    const k = kinds(r);
    expect(k).toContain("diplomatic-summons:Norwegian Foreign Ministry");
    expect(k).toContain("solidarity:NATO");
    expect(k).toContain("condemnation:NATO");
    expect(r.responses.some((x) => x.kind === "attribution" && x.byCountry === "NO")).toBe(true);
    expect(r.responses.find((x) => x.kind === "diplomatic-summons")!.byCountry).toBe("NO");
  });

  it("takes a denial for a statement, not an attribution", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    const moscow = r.responses.filter((x) => x.byCountry === "RU");
    expect(moscow.map((x) => x.kind)).toEqual(["statement"]);
  });

  it("takes a hypothetical for a statement, not sanctions", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    expect(r.responses.some((x) => x.kind === "sanctions")).toBe(false);
    expect(kinds(r)).toContain("statement:European Union");
  });

  it("gives the speaker of a quote the condemnation it carries", () => {
    const r = extractFixture("incidents-two-campaigns.txt");
    const c = r.responses.find((x) => x.kind === "condemnation" && x.by === "Ingrid Dahl");
    expect(c).toBeDefined();
    expect(c!.quoteIds.length).toBe(1);
  });

  it("finds indictments, rewards, sanctions, arrests and takedowns", () => {
    const r = extractFixture("incidents-indictment.txt");
    const k = new Set(r.responses.map((x) => x.kind));
    for (const kind of ["indictment", "reward", "sanctions", "arrest", "takedown"]) expect(k).toContain(kind);
    expect(kinds(r)).toContain("takedown:Europol");
    expect(kinds(r)).not.toContain("arrest:State Department"); // "information leading to their arrest"
  });

  it("finds patches, advisories and notifications", () => {
    const p = extractFixture("incidents-patch-advisory.txt");
    expect(kinds(p)).toContain("patch:Microsoft");
    expect(p.responses.some((x) => x.kind === "advisory")).toBe(true);
    const h = extractFixture("incidents-hospital-ransomware.txt");
    expect(kinds(h)).toContain("notification:Riverside Health");
    expect(h.responses.some((x) => x.kind === "investigation")).toBe(true);
  });

  it("does not read a missing fix as a patch", () => {
    const r = extractText("Flaw found\n\nResearchers found a critical vulnerability in the router firmware. There is no patch available yet.");
    expect(r.responses.some((x) => x.kind === "patch")).toBe(false);
  });

  it("resolves 'today' to the reference date and links incidents", () => {
    const r = extractText("Agency blames APT28\n\nThe Czech Foreign Ministry announced today that APT28 is responsible for the cyberattacks against state institutions.", { published: "2024-05-03" });
    const a = r.responses.find((x) => x.kind === "attribution");
    expect(a?.date).toBe("2024-05-03");
    expect(a?.incidentIds.length).toBe(1);
  });

  it("takes the subject of a new clause for the responder, not the object of the last one", () => {
    const r = extractText("Envoy summoned\n\nThe Foreign Office summoned the Chinese ambassador, and the Treasury imposed sanctions on two men after the cyberattack.");
    const s = r.responses.find((x) => x.kind === "sanctions");
    expect(s?.by).toBe("Treasury");
    expect(r.responses.some((x) => x.kind === "diplomatic-summons" && x.by === "Foreign Office")).toBe(true);
    expect(r.responses.some((x) => x.byCountry === "CN")).toBe(false);
  });

  it("gives a capital's denial to its state", () => {
    const r = extractText("Denial\n\nBeijing rejected the accusations of hacking as fabricated.");
    expect(r.responses.map((x) => [x.kind, x.byCountry])).toContainEqual(["statement", "CN"]);
    expect(r.responses.some((x) => x.kind === "attribution")).toBe(false);
  });

  it("gives the article's own state to its unnamed ministries and officials", () => {
    const text = "Norway blames hackers for parliament breach\n\nOSLO — The Norwegian government on Tuesday blamed a Russian hacking group for a breach of the parliament's email system. The Foreign Ministry summoned the Russian ambassador, and Justice Minister Emilie Mehl said the attack was unacceptable.";
    const r = extractText(text, { published: "2024-03-05" });
    expect(r.responses.find((x) => x.kind === "diplomatic-summons")?.byCountry).toBe("NO");
    expect(r.responses.filter((x) => x.by === "Emilie Mehl").every((x) => x.byCountry === "NO")).toBe(true);
  });

  it("does not take a capital named as a place for a responder", () => {
    const r = extractText("Embassy denies\n\nThe Russian embassy in Oslo denied any involvement in the hacking and called the claims baseless.");
    expect(r.responses.some((x) => x.by === "Oslo")).toBe(false);
    expect(r.responses.some((x) => x.byCountry === "RU")).toBe(true);
  });

  it("takes a response's date from where it is said again with one", () => {
    const text = "Canada blames China for hack\n\nCanada on Monday blamed China for a hack of the National Research Council.";
    const r = extractText(text, { published: "2014-07-30" });
    const a = r.responses.find((x) => x.kind === "attribution" && x.byCountry === "CA");
    expect(a?.date).toBe("2014-07-28");
  });

  it("reads the subject after a wire dateline, and no responder from 'according to the indictment'", () => {
    const text = "Hackers charged\n\nOSLO, March 4 (Reuters) - Norwegian prosecutors have charged two men over the breach of the parliament's email system. According to the indictment, the men used stolen passwords.";
    const r = extractText(text, { published: "2025-03-05" });
    const ind = r.responses.filter((x) => x.kind === "indictment");
    expect(ind.map((x) => x.byCountry)).toEqual(["NO"]);
    expect(r.responses.some((x) => x.by === "Reuters" || x.by === "According")).toBe(false);
  });

  it("does not give a company spokesman the article's state", () => {
    const text = "Norway blames hackers\n\nThe Norwegian government on Tuesday condemned the attack. Kari Holm, a spokesman for a shipping firm in Bergen, said the firm had been hit as well.";
    const r = extractText(text, { published: "2024-03-05" });
    expect(r.responses.filter((x) => x.by === "Kari Holm").every((x) => x.byCountry === null)).toBe(true);
  });

  it("takes a flaw said to be fixed, without an auxiliary, for a patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Router flaw\n\nThe vulnerability in the router was reported in March and promptly fixed by the vendor.")).toBe(1);
    expect(pats("Router flaw\n\nA vulnerability affects every router sold since 2019. Firmware 4.2 fixes it.")).toBe(1);
    expect(pats("Router flaw\n\nA vulnerability affects every router sold since 2019. The vendor pushed out an emergency update on Friday.")).toBe(1);
  });
  it("takes a patched state kept or lacked for no patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Worm spreads\n\nA worm exploits a vulnerability in file sharing. It spreads to machines that don't have the patch installed.")).toBe(0);
    expect(pats("Worm spreads\n\nA worm exploits a vulnerability in file sharing. Keeping every server fully patched stops it.")).toBe(0);
  });

  it("takes a fault corrected, a security fix or an update pushed out for a patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Ticket glitch\n\nA flaw in the booking script sent every order twice. The operator said it had corrected the problem overnight.")).toBe(1);
    expect(pats("Fake login pages\n\nScammers sent fake login pages to staff. The mail provider said it had blocked the senders and pushed updates to its spam filters.")).toBe(1);
    expect(pats("Portal change\n\nThe council published security fixes for its parking portal on Monday.")).toBe(1);
    // a lure's "security update" in an article with no flaw is no patch
    expect(pats("Fake alerts\n\nThe scam shows a fake notice about a security update that must be installed at once.")).toBe(0);
  });
  it("keeps a patch in a sentence that denies something else, and drops a conditional or negated one", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Router flaw\n\nA vulnerability affects every router sold since 2019. There is no evidence it was used before the patch was shipped.")).toBe(1);
    expect(pats("Router flaw\n\nA vulnerability affects every router sold since 2019. If the router is fully patched, the attack fails.")).toBe(0);
    expect(pats("Router flaw\n\nA vulnerability affects every router sold since 2019. Macros are a feature, so they can be neither blocked nor 'patched' away.")).toBe(0);
  });
  it("takes a loophole closed for a patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Shop flaw\n\nA vulnerability let buyers see other orders. Within hours the shop's developers closed the loophole.")).toBe(1);
  });
  it("does not take advice that patching matters for a patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Worm spreads\n\nA worm exploits a vulnerability in file sharing. Patching is still the best defence, the agency said.")).toBe(0);
    expect(pats("Worm spreads\n\nA worm exploits a vulnerability in file sharing. The vendor finished patching every server on Friday.")).toBe(1);
  });
  it("does not take a new version of malware for a patch", () => {
    const pats = (t: string) => extractText(t).responses.filter((x) => x.kind === "patch").length;
    expect(pats("Worm returns\n\nA worm exploits a vulnerability in file sharing. A new version of the worm appeared in Ohio on Friday.")).toBe(0);
  });

  it("reads the month May as a month, not a modal verb", () => {
    const r = extractText("Router flaw\n\nThe vulnerability in the router was reported in May and promptly fixed by the vendor.", { published: "2024-08-01" });
    expect(r.responses.filter((x) => x.kind === "patch").length).toBe(1);
  });

  it("reads an expulsion, a summons, joint condemnations and a denial in one article", () => {
    const r = extractFixture("responses-expulsion.txt");
    const kinds = r.responses.map((x) => [x.kind, x.byCountry]);
    expect(kinds).toContainEqual(["expulsion", "NL"]);
    expect(kinds).toContainEqual(["diplomatic-summons", "NL"]);
    expect(kinds).toContainEqual(["condemnation", "GB"]);
    expect(kinds).toContainEqual(["statement", "RU"]);
    expect(r.responses.some((x) => x.kind === "attribution" && x.byCountry === "RU")).toBe(false);
    // the denier's word "propaganda" is no influence operation; the plot was an intrusion into the OPCW
    expect(r.incidents.map((i) => i.types)).toEqual([["intrusion"]]);
    expect(r.incidents[0]!.victims.map((v) => v.entityId)).toEqual([r.entities.organizations.find((o) => o.name === "OPCW")!.id]);
  });
  it("takes the responder from the main clause, not from an opening phrase set off by a comma", () => {
    const r = extractText("Printer patch\n\nResearchers disclosed a critical vulnerability in the print spooler last week. As first noticed by Jane Miller, Microsoft on Tuesday released a patch for the flaw.");
    expect(kinds(r)).toContain("patch:Microsoft");
    expect(kinds(r)).not.toContain("patch:Jane Miller");
    // an opening phrase followed by no name keeps its own: "According to Microsoft, the flaw is patched"
    const own = extractText("Printer patch\n\nResearchers disclosed a critical vulnerability in the print spooler. According to Microsoft, the flaw has since been patched.");
    expect(kinds(own)).toContain("patch:Microsoft");
  });

  it("takes the agent after 'by' for a passive trigger, not the subject of the sentence", () => {
    const r = extractText("Spies charged\n\nIn Washington, the Justice Department indicted six officers, including the two expelled by the Netherlands in April.");
    expect(kinds(r)).toContain("indictment:Justice Department");
    expect(kinds(r)).toContain("expulsion:Netherlands");
    expect(kinds(r)).not.toContain("expulsion:Justice Department");
    const t = extractText("Gang claims hack\n\nResearchers tied the gang to Evil Corp, a cybercrime group sanctioned by the US Treasury in 2019.");
    expect(t.responses.find((x) => x.kind === "sanctions")).toMatchObject({ by: expect.stringMatching(/Treasury/), byCountry: "US" });
  });

  it("takes no threat actor for a responder", () => {
    const r = extractText("Gang claims hack\n\nThe LockBit ransomware gang listed the firm on its leak site. In the post, LockBit said it had nothing to do with Evil Corp.");
    expect(r.responses.some((x) => x.by === "LockBit")).toBe(false);
  });

  it("takes a generic plural such as 'Prosecutors' for no responder", () => {
    const r = extractText("Hackers charged\n\nThe Justice Department charged three men with hacking. Prosecutors said the men belonged to APT40.");
    expect(r.responses.some((x) => x.by === "Prosecutors")).toBe(false);
  });

  it("takes the subject of a reporting clause after the last comma", () => {
    const r = extractText("Gang disrupted\n\nPolice seized the servers of the ransomware gang and arrested two members in Poland and Ukraine, Britain's National Crime Agency said on Tuesday.");
    const said = r.responses.filter((x) => x.kind === "statement").map((x) => x.by);
    expect(said).toContain("National Crime Agency");
    expect(said).not.toContain("Poland");
    expect(said).not.toContain("Ukraine");
    // a list before the verb stays one coordination
    const list = extractText("Joint statement\n\nAfter the attack on the ministry, Germany, France and Italy condemned Russia.");
    expect(list.responses.filter((x) => x.kind === "condemnation").map((x) => x.byCountry)).toEqual(["DE", "FR", "IT"]);
  });

  it("takes a country adjective on a person noun for who was acted on, not a responder", () => {
    const r = extractText("North Korean hacker charged over ransomware attacks\n\nA grand jury has indicted a North Korean military intelligence operative for ransomware attacks on hospitals, the US Justice Department said.");
    expect(r.responses.some((x) => x.byCountry === "KP")).toBe(false);
    expect(kinds(r)).toContain("statement:Justice Department");
  });

  it("gives an official the country named before the role", () => {
    const r = extractText("Spies expelled\n\nBritain blamed the GRU for the attack. Dutch Defence Minister Ank Bijleveld told reporters that the four men belonged to the GRU.");
    expect(r.responses.find((x) => x.by === "Ank Bijleveld")?.byCountry).toBe("NL");
  });

  it("takes a sum offered for information for a reward, and neither an arrest warrant nor pushing for sanctions for the deed", () => {
    const r = extractText("Reward offered\n\nThe ransomware gang hit hospitals. The State Department is offering up to $10 million for information on the gang's leaders.");
    expect(kinds(r)).toContain("reward:State Department");
    const w = extractText("Bundestag hack\n\nThe GRU hacked the Bundestag in 2015. Germany had pushed for the sanctions after federal prosecutors issued an arrest warrant for the officer.");
    expect(w.responses.some((x) => x.kind === "arrest" || x.kind === "sanctions")).toBe(false);
  });

  it("takes the subject of a reporting verb for the attributors, not countries named after it", () => {
    const r = extractText("Zero-day exploited\n\nResearchers at Black Lotus Labs said on Tuesday that they had found a web shell on servers of four American victims and one in India, and attributed the activity to Volt Typhoon.");
    const by = r.responses.filter((x) => x.kind === "attribution").map((x) => x.by);
    expect(by).toContain("Black Lotus Labs");
    expect(by).not.toContain("United States");
    expect(by).not.toContain("India");
  });

  it("takes a judgement of the attack in a responder's words for a condemnation", () => {
    const r = extractText("Ministry hacked\n\nHackers broke into the networks of the Danish Finance Ministry last month. Prime Minister Lars Holm called the attack \"reckless and irresponsible\".");
    expect(kinds(r)).toContain("condemnation:Lars Holm");
    const j = extractText("Port hit\n\nA cyberattack shut down the port of Gdansk. In a joint statement, Poland and Lithuania said the operation showed \"a blatant disregard for international norms\".");
    expect(j.responses.some((x) => x.kind === "condemnation" && x.byCountry === "PL")).toBe(true);
    // a denial calling the accusations something is no condemnation
    const d = extractText("Ministry hacked\n\nHackers broke into the Danish Finance Ministry. The Russian embassy called the accusations \"absurd\".");
    expect(d.responses.some((x) => x.kind === "condemnation")).toBe(false);
  });

  it("takes diplomats ordered out and ties severed for an expulsion, and 'stood with' for solidarity", () => {
    const r = extractText("Ties cut\n\nA cyberattack paralysed the government portal of Montenegro. Montenegro on Friday severed diplomatic relations with Iran and ordered its diplomats to leave within 24 hours. NATO said it stood with Montenegro.");
    expect(kinds(r)).toContain("expulsion:Montenegro");
    expect(kinds(r)).toContain("solidarity:NATO");
  });

  it("finds the subject of a trigger three lower-case words away ('the Treasury imposed its own sanctions')", () => {
    const r = extractText("Hackers charged\n\nThe FSB unit hacked British politicians. In Washington, the Justice Department charged two officers, and the Treasury imposed its own sanctions on them.");
    expect(kinds(r)).toContain("sanctions:Treasury");
  });

  it("takes a national or a headline demonym for who was acted on, not a responder or an attributor", () => {
    const r = extractText("Latvian charged over ransomware attacks\n\nProsecutors in Ohio unsealed charges against a Latvian national accused of deploying REvil ransomware against dozens of companies.");
    expect(r.responses.some((x) => x.byCountry === "LV")).toBe(false);
    // the adjective is no person: "the Lithuanian national cyber centre said" is Lithuania's statement
    const n = extractText("Websites down\n\nA DDoS attack knocked Lithuanian ministry websites offline. The Lithuanian national cyber centre said no data was taken.");
    expect(n.responses.some((x) => x.kind === "statement" && x.byCountry === "LT")).toBe(true);
  });

  it("reads an attribution with a hedge between the verb and 'behind'", () => {
    const r = extractText("Satellite hack\n\nA wiper hit thousands of modems in Ukraine. Britain's National Cyber Security Centre said the GRU was \"almost certainly\" behind the attack.");
    expect(r.responses.some((x) => x.kind === "attribution" && x.byCountry === "GB")).toBe(true);
  });

  it("reads 'the agency' in the next sentence as the main clause's subject, not a responder in a clause it reported", () => {
    const r = extractText("Affiliates held\n\nREvil ransomware hit hundreds of firms. Europol said Romanian police had arrested two affiliates on Thursday. The agency said the pair had infected thousands of computers.");
    expect(kinds(r)).toContain("arrest:Romania");
    expect(r.responses.filter((x) => x.kind === "statement").map((x) => x.by)).toEqual(["Europol"]);
  });
  it("takes a place made a modifier ('the Texas-based company') for no responder: the company is", () => {
    const r = extractText("Retailer breached\n\nHackers stole card data from Lone Star Outfitters, a clothing chain. The Austin, Texas-based company said it had informed federal law enforcement and was notifying affected customers. The Houston-headquartered firm also said it had hired investigators.");
    expect(r.responses.some((x) => /Texas|Austin|Houston/.test(x.by ?? "") || x.byCountry === "US")).toBe(false);
  });
});
