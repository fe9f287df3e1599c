// Incident triggers: the words that say an incident of a given type happened.
// Source: written by hand for this project from the vocabulary of cyber-incident reporting
// (CASIE event types, MITRE ATT&CK tactic names, government attribution statements).
// Patterns are regular-expression sources matched case-insensitively on word boundaries.
import type { IncidentType } from "../record/schema.js";

export interface IncidentTrigger {
  type: IncidentType;
  /** regular-expression source, matched case-insensitively */
  pattern: string;
  /** strong triggers decide a type alone; weak ones need a second mention or a strong one */
  strong: boolean;
}

const t = (type: IncidentType, strong: boolean, ...patterns: string[]): IncidentTrigger[] =>
  patterns.map((pattern) => ({ type, pattern, strong }));

export const INCIDENT_TRIGGERS: readonly IncidentTrigger[] = [
  ...t("ransomware", true, "ransomware", "ransom(?:s|ed)?", "crypto-?lock(?:er|ed|ing)", "file-?encrypting (?:malware|virus|trojan)",
    "encrypt(?:s|ing)? (?:the |their |its |all |victims'? |users'? )?(?:files|data|systems|computers|servers|hard drives?|documents)",
    "encrypted (?:the |their |its |all |victims'? |users'? )(?:[\\w'’]+ ){0,2}(?:files|data|systems|computers|servers|hard drives?|documents)",
    "(?:files|data|systems|computers|servers|documents) (?:\\w+ )?(?:were|was|had been|have been|has been|got|get) (?:\\w+ )?encrypted",
    "decrypt(?:ion|or)? keys?", "pay(?:ing)? (?:the )?hackers"),
  ...t("extortion", true, "extort(?:ed|ing|ion|s)?", "blackmail(?:ed|ing)?", "sextortion"),
  ...t("phishing", true, "phish(?:ing|ed|er|ers|es)?(?! (?:e-?mail )?(?:awareness|training|simulations?|tests?|education|exercises?|protection|filters?|defen[cs]es?)(?![\\p{L}]))", "spear-?phish(?:ing)?", "smishing", "vishing", "whaling attacks?",
    "business e-?mail compromise", "BEC (?:scams?|attacks?|fraud)", "scareware", "malspam",
    "(?:e-?mail|spam|tech support|phone|sms|text message) scams?", "(?:posing|posed|pose|poses|masquerad(?:e|es|ed|ing)) as(?! a risk| a threat| a danger| a challenge)",
    "(?:pretend(?:ing|ed)?|purport(?:ing|ed)?|claim(?:ing|ed)?) to (?:be|come) from", "(?:pretend|purport)(?:s|ing|ed)? to be",
    "spam (?:e-?mails?|mails?|messages?|waves?)", "(?:malware|malicious|infected|booby-?trapped|weaponi[sz]ed) (?:e-?mail )?attachments?",
    "attachments? (?:that |which )?(?:contain(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|drop(?:s|ped|ping)?) (?:the |a )?(?:malware|trojan|ransomware|payload|macros?)",
    "click(?:ed|ing|s)? (?:on )?(?:a |the )?(?:\\w+ )?links? in (?:an |the |their |these |those )?(?:\\w+ )?(?:e-?mails?|messages?)",
    "fake (?:e-?mails?|websites?|sites?|log-?in pages?|pages?|invoices?|messages?|notifications?|domains?)",
    // the same with other words for fake: "bogus emails", "a lookalike site", "spoofed emails"
    "(?:bogus|phony|phoney|counterfeit|look-?alike|spoofed) (?:e-?mails?|web ?sites?|sites?|log-?in pages?|web ?pages?|invoices?|messages?|notifications?|domains?|links?)",
    "fraudulent (?:e-?mails?|websites?|sites?|messages?|links?)", "credential harvesting",
    // social engineering: tricking or luring someone into an act, a malicious site or link
    "(?:trick|convinc|persuad|entic|lur|dup|fool)(?:e|es|ed|s|ing)? (?:a |an |the |their |its )?(?:\\w+ )?(?:users?|victims?|targets?|someone|people|them|him|her|recipients?|employees?|staff|customers?|individuals|visitors?) (?:to|into)",
    "malicious (?:web ?sites?|web ?pages?|links?|URLs?|hyperlinks?)",
    // malware or a message passed off as something harmless: "a trojan disguised as a game", "spam disguised as an invoice"
    // (the noun in a look-behind: "ransomware" is a trigger of its own, and a match would take it from this one; the
    // look-behind after the words, so that it is tried only where they are, not at every position of the text)
    "disguised as(?<=(?:malware|malspam|ransomware|trojans?|spyware|viruses|virus|apps?|e-?mails?|spam|messages?|attachments?|links?|(?:web ?)?pages?|documents?) (?:(?:is|are|was|were|comes|came|being) )?disguised as)",
    // a false claim of identity: "apps that falsely claim to be the popular game"
    "falsely (?:claim(?:s|ed|ing)?|pos(?:e|es|ed|ing)|present(?:s|ed|ing)?) (?:to be|as)"),
  ...t("phishing", false, "social engineering", "scam(?:s|mers?|ming)?", "disguis(?:e|es|ed|ing) as", "impersonat(?:e|es|ed|ing|ion)", "spoof(?:ed|ing)",
    "fake (?:apps?|updates?|alerts?|accounts?|versions?|flash)", "malicious (?:e-?mails?|attachments?|links?|documents?|macros?|word documents?)",
    "(?:e-?mail|spam) campaigns?", "lures?", "spamm(?:ers?|ed)", "imitat(?:e|es|ed|ing)",
    "(?:portray(?:s|ed|ing)?|present(?:s|ed|ing)?|pass(?:es|ed|ing)?) (?:itself|themselves|himself|herself) (?:off )?as",
    "(?:mislead(?:s|ing)?|misled|dup(?:e|es|ed|ing)|fool(?:s|ed|ing)?) (?:users|victims|people|employees|staff|them|customers|recipients)",
    // (fake software handed out as the real thing: "a fake cracking tool", "a fake Flash Player")
    "fake (?:\\w+ ){1,3}(?:apps?|applications?|websites?|e-?mails?|tools?|software|programs?|installers?|players?|cracks?|keygens?|games?|antivirus)",
    "open(?:ed|ing|s)? (?:a |an |the )?(?:spam|phishing|malicious|rogue|booby-?trapped) (?:\\w+ )?(?:e-?mails?|messages?|attachments?|documents?)", "tricked|trick(?:ing|s)? (?:users|victims|people|employees|staff|them|customers|recipients)", "typosquat(?:ting|ted)?"),
  // tried before data-breach, whose "stolen" and "theft" would take the same words first (the first pattern that
  // matches at a position wins): what was stolen, then leaked ("documents stolen in the operation ... were leaked")
  // or stolen material leaked
  ...t("hack-and-leak", true, "(?:stolen|hacked) (?:[\\w,'’-]+ ){0,12}?(?:were|was|had been|have been|has been) (?:later |then |subsequently |also |publicly )?(?:leaked|dumped online|published online)",
    // "leaked the hacked emails"
    "leak(?:ed|ing|s)? (?:the |its |their )?(?:stolen|hacked) (?:e-?mails|documents|files|data|papers|correspondence)",
    // "leaked what it said were emails and documents stolen from the ministry"
    "leak(?:ed|ing|s)? (?:[\\w'’]+ ){0,6}?(?:e-?mails|documents|files|papers|correspondence) (?:\\w+ )?(?:stolen|hacked|taken) (?:from|in|during)"),
  // a sum stolen: "the theft of $81 million from Bangladesh Bank", "stole about $600,000"
  ...t("financial-theft", true, "(?:stole|theft of|siphoned|drained|steal|stealing) (?:about |some |nearly |almost |more than |over |roughly |around )?(?:US ?)?[$€£] ?\\d[\\d,.]*(?: ?(?:million|billion|m|bn))?"),
  ...t("data-breach", true, "data breach(?:es)?", "(?:security|privacy|cyber|massive|major) breach", "breach(?:ed)?",
    "(?:stole|stolen|steal(?:ing|s)?|theft of|exfiltrat(?:e|es|ed|ing|ion of)|accessed|exposed|leaked|compromised|obtain(?:s|ed|ing)?|dumped|harvested|taken) (?:the )?(?:[\\w'’]+ ){0,3}(?:data|information|details|records|credentials|passwords|e-?mails|files|documents|databases?|credit cards?|card numbers|accounts?|social security numbers|addresses)",
    "(?:data|information|info|details|records|credentials|passwords|database) (?:\\w+ ){0,2}(?:was|were|had been|have been|has been|may have been|might have been|could have been) (?:\\w+ )?(?:stolen|accessed|exposed|leaked|compromised|taken|breached|obtained|viewed)",
    // ("files from other compromised domains", "details of the leaked content" say what was compromised is something else)
    "(?:data|information|details|records|credentials|passwords|e-?mails|e-?mail addresses|files|accounts|numbers|databases?) (?:(?!from |of )\\w+ ){0,3}(?:stolen|exposed|leaked|compromised|breached|handed|dumped|hijacked)(?! (?:content|domains?|sites?|websites?|servers?|hosts?|machines?|computers?|devices?|systems?|networks?)(?![\\p{L}]))",
    "(?:access(?:ed|ing)?(?! to)|viewed|grab(?:bed)?|harvest(?:s|ed|ing)?|collect(?:ed|ing)?|siphon(?:ed)?|copied|export(?:s|ed|ing)?|scrap(?:ed|ing)) (?:[\\w'’]+ ){0,3}(?:personal |private |sensitive |customer |user )?(?:data|databases?|information|messages|e-?mails|accounts|files|records|credentials|passwords|details|contacts|contact lists?|address books?)",
    // data that goes to the criminals: "the details you enter are sent to the attackers", "data uploaded to the C&C server"
    "(?:data|information|details|credentials|passwords|records|contacts|files) (?:[\\w'’]+ ){0,4}(?:collected|harvested|sent|passed|forwarded|sold|uploaded|transmitted|relayed) (?:back )?(?:by|to) (?:the |a |an |their |its )?(?:remote )?(?:scammers?|hackers?|attackers?|criminals|cyber-?criminals|fraudsters|crooks|thieves|C&C|C2|command-and-control|command and control)",
    // the data as the object of a relative clause: "the data they stole", "what the attackers took"
    // ("what they took" alone may be anything: only the verbs of data theft there)
    "(?:(?:data|information|files|records|documents|details|credentials|passwords|e-?mails) (?:that |which )?|what )(?:the )?(?:they|he|she|hackers?|attackers?|intruders?|thieves|criminals|cyber-?criminals|crooks|group|gang) (?:had |have |has |may have |allegedly )?(?:stole|stolen|exfiltrated|obtained|accessed|leaked|dumped|copied)",
    "(?:data|information|files|records|documents|details|credentials|passwords|e-?mails) (?:that |which )?(?:the )?(?:they|he|she|hackers?|attackers?|intruders?|thieves|criminals|cyber-?criminals|crooks|group|gang) (?:had |have |has |may have |allegedly )?(?:took|taken)",
    "(?:get|got|gets|getting) (?:his|her|their) hands on", "compromis(?:e|es|ed|ing) (?:\\w+ ){0,2}(?:user |customer |e-?mail )?accounts",
    "(?:took|take|takes|taking) over (?:\\w+ ){0,2}accounts",
    "gain(?:ed|ing|s)? (?:unauthori[sz]ed )?access to (?:\\w+ ){0,3}(?:accounts|data|information|details|e-?mails|credentials|records|databases?|inbox(?:es)?)",
    "(?:expos(?:e|es|ing)|obtain(?:s|ing)?|collect(?:s|ed|ing)?|captur(?:e|es|ed|ing)|extract(?:s|ed|ing)?|post(?:ed|ing)|releas(?:ed|ing)|leak(?:s|ing)?|steal) (?:the )?(?:[\\w'’]+ ){0,3}(?:personal |private |sensitive |customer |user |medical )(?:data|information|details|records|credentials)",
    "data (?:leak|theft|exposure)", "leak(?:ed)? (?:of )?(?:\\w+ )?(?:data|records|database)", "unauthori[sz]ed (?:access|party|third party|individual)",
    "exposed (?:online|publicly|on the internet)", "unsecured (?:server|database|bucket)",
    "(?:photos|pictures|images|videos|selfies|source code|private messages|conversations|contacts) (?:\\w+ ){0,3}(?:were |was |had been |have been |has been |got |get )?(?:stolen|leaked|exposed|dumped|posted online)",
    "(?:stole|stolen|steal(?:s|ing)?|leaked|leaking|dumped|posted) (?:the |their |his |her )?(?:\\w+ ){0,2}(?:photos|pictures|images|videos|selfies|source code|private messages|conversations)",
    "compromis(?:e|es|ed|ing) (?:an? |the |their |his |her )?(?:[\\w'’]+ ){0,2}(?:e-?mail |user |customer |bank )?account"),
  ...t("data-breach", false, "breaches", "publicly accessible"),
  ...t("vulnerability-disclosure", true, "CVE-\\d{4}-\\d+",
    "(?:discover(?:ed|s|ing|y of)?|f(?:ou|i)nd(?:s|ing)?|disclos(?:ed|es|ing|ure of)|report(?:ed|s|ing)?|uncover(?:ed|s)?|identif(?:ied|ies|y)|spott(?:ed)?|fix(?:ed|es|ing)?|patch(?:ed|es|ing)?|address(?:ed|es|ing)?|plug(?:ged|s|ging)?) (?:\\w+ ){0,4}(?:vulnerabilit(?:y|ies)|flaws?|bugs?|security holes?|zero[- ]?days?|weakness(?:es)?)",
    "(?:hidden|secret|undocumented|hard-?coded) backdoors?", "backdoors? in (?:the |its |their |some |many )?(?:\\w+ ){0,3}(?:devices?|software|firmware|apps?|applications?|products?|routers?|cameras?|phones?|chips?|servers?)",
    // (also set off by a comma: "The flaw, found by researchers at ...", "The bug, patched in March, ...")
    "(?:vulnerabilit(?:y|ies)|flaws?|bugs?|security holes?),? (?:was |were |has been |have been |had been )?(?:discovered|found|disclosed|reported|uncovered|identified|spotted|fixed|patched)",
    "(?:critical|serious|severe|major|new|newly discovered|unpatched|high-risk|high-severity|remote|zero[- ]?day) (?:\\w+ )?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|security holes?)",
    "security (?:flaws?|holes?|bugs?)", "remote code execution", "buffer overflow",
    // the vendor or the public told of a flaw: "warned the company about the vulnerability", "alerted Acme to the bug"
    "(?:warn(?:ed|s|ing)?|alert(?:ed|s|ing)?|notif(?:ied|ies|y|ying)|inform(?:ed|s|ing)?|told|tell(?:s|ing)?) (?:[\\w'’-]+ ){0,4}(?:about|of|to) (?:the |a |an |this |that |these |those |two |several |multiple )?(?:[\\w-]+ ){0,2}(?:vulnerabilit(?:y|ies)|flaws?|bugs?|security holes?|loopholes?)"),
  // a flaw said to have been exploited, abused or leveraged: exploitation, listed before the weak disclosure words so
  // that "a bug in the mail client has been abused" is not taken for the weak "bug in" (of two triggers at one
  // place the first listed wins)
  ...t("vulnerability-exploitation", true,
    "(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero[- ]?days?) (?:[\\w-]+ ){0,8}(?:was|were|is|are|has been|have been|had been|is being|are being|being) (?:\\w+ )?(?:exploited|abused|leveraged|weaponi[sz]ed)"),
  // ("zero day" is also written with a space; a "zero-day exploit", "attack" or "threat" names how an attack got in,
  // not a flaw made known; "known" or "well-known vulnerabilities" are old ones, not news; a look-behind goes after the
  // words it checks, where it is tried only once they match)
  ...t("vulnerability-disclosure", false, "vulnerabilit(?:y|ies)(?<!(?:(?:^|[^\\p{L}-])known|well-known) vulnerabilit(?:y|ies))(?! scans?| assessments?| management)",
    "zero[- ]?days?(?! (?:exploits?|attacks?|threats?|malware))", "0-?day",
    "security (?:weakness(?:es)?|issues?)", "flaws? (?:in|that|which|could|allows?|affects?|lets?|enables?)",
    // a fault put right: "has fixed the issue", "worked to correct the problem"
    "(?:fix(?:ed|es|ing)?|correct(?:ed|s|ing)?|resolv(?:e|ed|es|ing)|remedi(?:ed|es|ate|ated|ating)) (?:the|this|that|these|those|both) (?:\\w+ )?(?:issues?|problems?|glitch(?:es)?)", "bugs? (?:in|that|which|could|allows?|lets?|enables?)", "privilege escalation",
    // the versions a flaw affects, as advisories list them: "affects Acme Server versions 4.1 before 4.1.7"
    "(?:affects?|affected|affecting) (?:all |every )?(?:[\\w.-]+ ){0,4}versions? (?:[\\w.-]+ )?(?:before|prior to|up to|through|and (?:earlier|older|below|prior))", "proof-of-concept(?! (?:ransomware|malware|trojan|worm|attack))"),
  ...t("vulnerability-exploitation", true, "exploit(?:ed|ing|s)? (?:a |an |the |this |these |several |multiple )?(?:\\w+ ){0,3}(?:vulnerabilit(?:y|ies)|flaws?|zero[- ]?days?|bugs?|weakness)",
    "zero[- ]?day (?:attacks?|exploits?)",
    "exploit(?:ed|ing|s)? CVE-\\d{4}-\\d+", "exploited (?:in the wild|as a zero[- ]?day)",
    // other verbs of using a flaw in an attack: "took advantage of a flaw", "abused a bug", "leveraged an unpatched bug"
    "(?:take|takes|took|taken|taking) advantage of (?:a |an |the |this |these |several |multiple )?(?:[\\w-]+ ){0,3}(?:vulnerabilit(?:y|ies)|flaws?|zero[- ]?days?|bugs?|weakness(?:es)?)",
    "(?:abus|leverag|weaponi[sz])(?:e|es|ed|ing) (?:a |an |the |this |these |several |multiple )?(?:[\\w-]+ ){0,3}(?:vulnerabilit(?:y|ies)|flaws?|zero[- ]?days?|bugs?)"),
  ...t("ddos", true, "DDoS", "DoS attacks?", "denial[- ]of[- ]service", "distributed denial"),
  ...t("defacement", true, "defac(?:e|ed|ement|ements|ing)"),
  ...t("espionage", true, "(?:cyber-?)?espionage", "spying", "spied on", "spy (?:campaign|operation)", "intelligence[- ]gathering", "steal(?:ing)? (?:state |military |trade )?secrets"),
  ...t("hack-and-leak", true, "hack-and-leak", "hack and leak", "leaked (?:e-?mails|documents) (?:stolen|obtained)"),
  ...t("sabotage", true, "sabotage", "wipers?", "destructive (?:cyber[- ]?)?(?:malware|attacks?|operations?)", "wiped (?:data|hard drives|computers)"),
  ...t("supply-chain", true, "supply[- ]chain (?:attack|compromise|hack)", "trojani[sz]ed (?:update|software|version)"),
  ...t("malware", true, "malware", "trojans?", "backdoors?", "spyware", "botnets?", "keyloggers?", "remote access trojan", "infostealer", "info-stealer", "cryptojack(?:ing|ers?)", "cryptominers?", "worms?"),
  ...t("financial-theft", true, "heist", "(?:stole|stolen|steal|theft of|siphoned|drained) (?:\\w+ ){0,2}(?:funds|money|cryptocurrency|bitcoins?|ether)",
    "fraudulent (?:transfers?|transactions?|wire)"),
  ...t("influence-operation", true, "disinformation", "influence (?:operation|campaign)s?", "propaganda", "election interference", "troll farms?",
    // meddling in a country's politics: "meddling in British democracy", "attempts to interfere in UK politics"
    "(?:meddl|interfer)(?:e|es|ed|ing|ence) in (?:the |its |their )?(?:[\\w'’-]+ ){0,2}(?:elections?|politics|political (?:process|system)|democra(?:cy|tic processes)|votes?|voting|referend(?:um|a))"),
  ...t("intrusion", true, "cyber-?attack(?:s|ed|ers)?", "cyber attacks?", "hack(?:ed|ing|s)?", "hacking attacks?", "intrusions?",
    "malicious cyber (?:activity|activities|campaign|operations?)", "cyber (?:activity|activities|campaign|operations?|incident)",
    "compromised (?:the )?(?:\\w+ )?(?:networks?|systems?|servers?|accounts?|computers?)", "attacks? (?:on|against)", "attacked|targeted",
    "(?:break|broke|broken|breaking) into (?:its |their |the |a |an )?(?:[\\w-]+ ){0,2}(?:networks?|systems?|servers?|accounts?|computers?|portals?|databases?|mailboxes|e-?mail)", "break-ins? (?:at|into|of)", "(?:was|were|been) broken into"),
];

/** Types that state an aim: an incident with one of these is not a bare `intrusion`. */
export const AIM_TYPES: readonly IncidentType[] = [
  "espionage", "data-breach", "ransomware", "extortion", "phishing", "ddos", "defacement", "hack-and-leak", "sabotage",
  "financial-theft", "influence-operation", "supply-chain", "malware",
];

/** What is stolen when no data is: computing power hijacked to mine cryptocurrency ("stolen processing power"). */
const NOT_DATA = "(?! (?:the |their |its |victims'? |users'? )?(?:processing|computing|CPU|GPU|electricity|bandwidth)(?![\\p{L}]))";
/** With ransomware, these words anywhere in the report say data was taken too (double extortion): a data breach. */
export const RANSOMWARE_THEFT_CUES: readonly string[] = ["steal(?:s|ing)?", "stole", "stolen", "theft", "exfiltrat(?:e|ed|es|ing|ion)"]
  .map((cue) => cue + NOT_DATA);
