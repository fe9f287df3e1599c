// Response triggers: the words that say a government, alliance, police force or vendor responded to an incident.
// Source: written by hand for this project from government statements, indictments and vendor advisories.
// Patterns are regular-expression sources matched case-insensitively.
import type { ResponseKind } from "../record/schema.js";

export interface ResponseTrigger {
  kind: ResponseKind;
  pattern: string;
}

/** Words that judge an attack, said of it by a responder ("called the attack 'outrageous'"): a condemnation. */
const JUDGEMENTS = "(?:reckless|outrageous|irresponsible|unacceptable|malicious|deliberate|cowardly|despicable|egregious|brazen|disgraceful|shameful|dangerous|destabili[sz]ing|provocative|hostile|appalling|abhorrent|unjustifiable|indiscriminate|illegal|unlawful)(?![\\p{L}])";
/** What a responder judges: the attack or the attackers' conduct. */
const ATTACK_NOUNS = "(?:cyber-?attacks?|attacks?|hack(?:s|ing)?|operations?|intrusions?|campaigns?|activit(?:y|ies)|behaviou?r|actions?|conduct|breach(?:es)?|incidents?)";

const r = (kind: ResponseKind, ...patterns: string[]): ResponseTrigger[] => patterns.map((pattern) => ({ kind, pattern }));

export const RESPONSE_TRIGGERS: readonly ResponseTrigger[] = [
  ...r("solidarity", "(?:in|expressed|expresses|express|pledg(?:ed|es|ing)|show(?:ed|s)?) (?:its |their |our |full )?solidarity", "st(?:and|ands|ood|anding) (?:firmly |fully |shoulder to shoulder |in solidarity )?with", "pledg(?:ed|es|ing) (?:its |their )?support"),
  ...r("condemnation", "condemn(?:s|ed|ing|ation)?", "denounc(?:e|es|ed|ing)", "deplor(?:e|es|ed)", "(?:completely |totally )?unacceptable",
    // a judgement of the attack in the responder's words: "called the attack 'outrageous'", "described the hack as
    // reckless", "branded it 'a reckless but familiar pattern'" (listed before the statement's "called the")
    `(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|denounc(?:ed|es|ing)) (?:(?:the|this|these|those|its|their) (?:[\\w'’-]+ ){0,2}?${ATTACK_NOUNS}|it|them) (?:as )?["“‘']?(?:an? |the )?(?:[\\w-]+ (?:and|but|,) )?${JUDGEMENTS}`,
    // disregard shown: "showed a flagrant disregard for international law"
    `(?:show(?:s|ed|n|ing)?|demonstrat(?:es|ed|ing)) ["“‘']?(?:a |an |the |its |their )?(?:[\\w-]+ ){0,2}(?:disregard|contempt) for`),
  ...r("diplomatic-summons", "summon(?:s|ed|ing)?", "called in the (?:\\w+ )?(?:ambassador|envoy|charg[eé])"),
  ...r("expulsion", "expel(?:s|led|ling)?", "expulsion", "declared (?:\\w+ )?persona non grata",
    // diplomats sent home, relations broken off: "ordered its diplomats to leave the country", "severed diplomatic ties"
    "order(?:ed|s|ing)? (?:\\w+ ){0,3}(?:diplomats|envoys?|ambassadors?|embassy staff|attach[eé]s?)(?: and (?:\\w+ ){0,2}staff)? to leave",
    "(?:sever(?:ed|s|ing)?|cut(?:s|ting)?|broke(?:n)? off|break(?:s|ing)? off) (?:its |their |all )?(?:diplomatic )?(?:ties|relations)"),
  ...r("sanctions", "sanction(?:s|ed|ing)?", "asset freezes?", "travel bans?", "froze (?:the )?assets"),
  ...r("indictment", "indict(?:ed|ment|ments|s)?", "charged", "charges against", "criminal complaint", "pleaded guilty", "sentenced", "convicted"),
  // (an arrest warrant is no arrest: "prosecutors issued an arrest warrant for him")
  ...r("arrest", "arrest(?:ed|s|ing)?(?! warrants?)", "detained", "taken into custody", "extradit(?:ed|ion)"),
  ...r("investigation", "investigat(?:ing|ion|ions|e|es|ed)", "probe", "launched an inquiry", "looking into"),
  ...r("takedown", "took down", "taken down", "take ?down", "seiz(?:ed|ure of) (?:the )?(?:\\w+ )?(?:servers?|domains?|infrastructure|websites?)", "dismantl(?:ed|ing)", "disrupted (?:the )?(?:\\w+ )?(?:botnet|network|infrastructure|operation)", "sinkhol(?:ed|ing)"),
  ...r("reward", "rewards? of", "offer(?:ed|s|ing)? (?:a )?(?:\\w+ )?reward", "bounty of",
    // a sum offered for information ("is offering up to $10 million for information on"), a sum's reward
    "offer(?:ed|s|ing)? (?:up to |as much as )?(?:US ?)?\\$ ?\\d[\\d,.]*(?: ?(?:million|billion|m|bn))? (?:for|in exchange for) (?:any )?(?:information|tips|details)",
    "\\$ ?\\d[\\d,.]*(?: ?(?:million|m))? (?:reward|bounty)"),
  ...r("advisory", "advisory", "advisories", "issued (?:a |an )?(?:\\w+ )?(?:warning|alert)", "warned", "warns", "alert(?:ed)? (?:users|customers|organi[sz]ations)", "urg(?:ed|es|ing) (?:users|customers|people|organi[sz]ations|everyone|administrators|admins) to"),
  // ("patching is the best defence" is advice, not a fix)
  ...r("patch", "patch(?:ed|es)?", "patching(?! (?:is|remains|was) (?:\\w+ ){0,3}(?:best|key|important|crucial|critical|vital|essential|necessary|urgent|recommended|advised|priority|defen[cs]e|message|answer|solution))", "(?:security |software |firmware |emergency |critical )update(?:s)? (?:to|that|for|which|fix|address)", "released (?:a |an )?(?:\\w+ )?(?:update|fix|version)", "(?:fixed|fixes|fixing|addressed|addresses|resolved|plugged) (?:the |a |an |this |these |both |two |several |multiple )?(?:\\w+ ){0,3}(?:flaws?|bugs?|vulnerabilit(?:y|ies)|issues?|holes?)", "update (?:to|their|your) (?:the )?(?:latest|new|newest)", "upgrade to (?:the )?(?:latest|version)", "rolled out (?:a |an )?(?:fix|update)", "hotfix", "workaround",
    "(?:has|have|had|was|were|been|is|are|be) (?:since |now |already |quickly |properly |not |not yet |yet to be )?(?:been )?(?:fixed|resolved|addressed|remediated|mitigated)",
    "fixed (?:by|in|with)", "(?:quickly|immediately|promptly|swiftly|subsequently|since|already|also|later) (?:been )?(?:fixed|patched|resolved)",
    "(?:fixes|fixed) (?:it|them)(?! (?:to|up))", "push(?:ed|es|ing)? (?:out )?(?:an? |the )?(?:\\w+ )?(?:updates?|fix(?:es)?|patch(?:es)?)", "(?:security )?fix(?:es)? (?:to|for|available)", "security fixes", "(?:firmware|software|security|emergency|critical|out-of-band) updates?",
    "(?:in|with|via|through) (?:an|the|a) update", "upgrad(?:e|ed|ing) (?:to|the)", "install(?:ed|ing)? (?:the )?(?:latest|update|updates|new version)", "updated versions?",
    // (a "new version of" something names it, often a malware variant; a fix is "released", "installed", "upgraded to")
    "new version(?! of)",
    // a hole closed: "developers closed the loophole", "sealed the security hole"
    "(?:clos(?:e|es|ed|ing)|seal(?:s|ed|ing)?) (?:the |a |an |this |that |these |those |both |two |several )?(?:\\w+ ){0,2}(?:loopholes?|security holes?|holes?|security gaps?)",
    // a fault corrected: "has corrected the issue", "worked to correct the bug"
    "correct(?:s|ed|ing)? (?:the |this |that |these |those |both |a |an )?(?:\\w+ ){0,2}(?:issues?|bugs?|flaws?|vulnerabilit(?:y|ies)|problems?|errors?|glitch(?:es)?)"),
  ...r("notification", "notif(?:y|ied|ying|ies|ication|ications)", "(?:sent|sending|mailed) (?:\\w+ )?letters", "informed (?:affected |all )?(?:customers|patients|users|members|employees|clients)", "alerting (?:affected )?(?:customers|patients|users)"),
  ...r("attribution", "blam(?:ed|es|e|ing)", "attribut(?:ed|es|e|ing|ion)", "(?:is|was|are|were) (?:\\w+ )?responsible for", "(?:is|was|are|were) (?:\\w+ )?behind", "(?:is|was|are|were) involved", "carried out by", "conducted by", "perpetrated by", "accus(?:ed|es|ing)", "pointed the finger", "links? (?:to|with)", "linked (?:to|with)", "same conclusions?"),
  ...r("statement", "said", "says", "stated", "stating", "statement", "announced", "told", "declared", "wrote", "denied", "denies", "rejected", "rejects", "dismissed", "called (?:the|it|them)"),
];

/** Nouns for people acted on (charged, expelled, arrested), not acting: a country adjective before one of these
 *  ("a North Korean hacker", "four Russian intelligence officers") is no responder. Regular-expression sources. */
export const PATIENT_NOUNS: readonly string[] = [
  "hackers?", "nationals",
  // (a national as a person: "a Ukrainian national accused of", "the Russian national Yevgeniy Polyanin"; not the
  // adjective: "the Lithuanian national cyber centre")
  "national(?=\\s*(?:[,.;)]|$)|\\s+(?:\\p{Lu}|who |accused |charged |arrested |named |identified |was |is |has |had ))", "citizens?", "m[ae]n", "wom[ae]n", "suspects?", "operatives?", "spy", "spies", "agents?", "diplomats?",
  "intelligence officers?", "cybercriminals?", "criminals?", "teenagers?", "teens?", "students?", "defendants?", "fugitives?",
];

/** Participles that, right after a demonym, make it a person acted on: "Ukrainian charged over ransomware attack",
 *  "Briton arrested". Regular-expression sources. */
export const PATIENT_PARTICIPLES: readonly string[] = [
  "charged", "arrested", "indicted", "sentenced", "jailed", "convicted", "detained", "extradited", "held", "accused", "sanctioned", "expelled",
];

/** Who responds: a responder must be a government, intergovernmental body, military, intelligence, police or a vendor;
 *  these words in a responder name mark it as such when the organisations recogniser left its kind open. */
export const RESPONDER_HEADS: readonly string[] = [
  "ministry", "minister", "government", "president", "prime minister", "department", "office", "agency", "police",
  "council", "commission", "embassy", "parliament", "senate", "congress", "fbi", "nato", "eu", "un",
];
