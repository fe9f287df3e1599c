// Sentence contexts that keep a trigger from reporting an incident: background and trend statements,
// advice, hypotheticals and denials. Source: written by hand for this project.

/** A sentence matching one of these speaks of cyber threats in general, not of an incident. */
export const BACKGROUND_CUES: readonly string[] = [
  "on the rise", "are rising", "is rising", "increasingly", "growing (?:number|threat|problem|risk)", "more and more",
  "every year", "each year", "year-on-year", "compared to \\d{4}", "(?:two|three|four|five|ten)-fold increase", "\\d+(?:\\.\\d+)?-fold", "tips? (?:for|on|to)",
  "how to (?:protect|avoid|spot|prevent)", "best practices?", "you should", "users should", "be (?:wary|careful|vigilant)",
  "never click", "don't click", "do not click", "to protect (?:yourself|themselves|your)", "report (?:found|finds|says) that",
  "survey", "according to a (?:new )?(?:report|study)", "per cent of", "percent of", "% of",
  // a rate: "one in 130 emails carried a malicious link"
  "one (?:in|out of) (?:every )?\\d[\\d,]*",
];

/** Hypotheticals: possible future measures, not measures taken. */
export const HYPOTHETICAL_CUES: readonly string[] = [
  "could (?:consider|impose|face|lead|be)", "may (?:consider|impose|face)", "might", "would consider", "ready to consider",
  "considering", "consider(?:s|ed)? (?:imposing|possible|taking|a response)", "threaten(?:s|ed)? (?:to|with)", "whether", "calls? for",
  "called for", "urged", "urges", "plans? to", "intends? to", "weighing", "mulling", "possible (?:sanctions|response|measures)",
];

/** Denials: the speaker rejects involvement; a statement, never an attribution. */
export const DENIAL_CUES: readonly string[] = [
  "denied", "denies", "deny", "denying", "rejected (?:the )?(?:accusations?|allegations?|claims?)", "rejects",
  "dismissed (?:the )?(?:accusations?|allegations?|claims?)", "baseless", "unfounded", "groundless", "had nothing to do",
  "has nothing to do", "no evidence",
];

/** In a denial, the words that start the denier's own account ("denied the claims, saying Volt Typhoon was a
 *  ransomware group"): incident words after them are the denier's, not the report's. */
export const DENIER_SPEECH_CUES: readonly string[] = [
  "saying", "calling", "describing", "labell?ing", "branding", "and said", "and called", "and described",
  "(?:accusations?|allegations?|claims?|reports?|them|it) as",
];

/** Modal and negated contexts just before a data-breach or ransomware trigger: what a flaw could let someone
 *  do, or what did not happen, not what was done. */
export const MODAL_BEFORE_CUES: readonly string[] = [
  "could", "can", "may", "might", "would", "allows?", "allowing", "allowed", "enables?", "enabling", "let", "lets", "letting",
  "attempts? to", "trying to", "tries to", "vulnerable to", "risk of", "prevent", "preventing", "avoid", "protect",
  "designed to", "capable of",
  // negations: "no client data was compromised"
  "no", "never", "without",
];

/** Words that make a sentence say how threats usually work, not what happened: a phishing, ransomware or malware
 *  trigger in such a sentence is said in passing ("ransomware is usually delivered by spam email"). */
export const GENERIC_CUES: readonly string[] = [
  "usually", "typically", "often", "commonly", "generally", "frequently", "tend to", "tends to", "most (?:\\w+ )?(?:attacks|infections|campaigns|cases|schemes)",
  "the majority of", "most (?:prevalent|common|popular|widespread)", "like (?:so )?many", "like most", "unlike most", "contrary to most", "in contrast",
];

/** Threat words: a trigger followed by ", or, and" and one of these is named in a list of threats ("ransomware or a
 *  trojan", "Malware, Ransomware, Vulnerability"). */
export const THREAT_WORDS: readonly string[] = [
  "trojans?", "malware", "spyware", "adware", "ransomware", "viruses", "virus", "worms?", "phishing", "keyloggers?", "botnets?",
  "vulnerabilit(?:y|ies)", "exploits?", "ddos", "spam", "scams?", "cryptojacking", "rootkits?", "backdoors?",
];

/** Alternatives set aside, just before a trigger of any type: "a compromised website rather than a phishing email". */
export const SET_ASIDE_CUES: readonly string[] = ["rather than", "instead of", "not from", "ruled? out", "ruling out"];

/** Demands that someone stop, just before a trigger of any type: the behaviour in general, not an incident reported
 *  ("said Beijing must end its systematic cyber sabotage", "urged Moscow to stop its hacking"). */
export const DEMAND_CUES: readonly string[] = [
  "(?:must|to|should|will) (?:end|stop|cease|halt|refrain from|put an end to)",
];
