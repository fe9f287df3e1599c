// Reporting verbs: the verbs that introduce or follow a direct quotation ("X said", "said X", "X told Reuters").
// Source: common English news reporting style (AP and Reuters style guides, speech-verb lists of English
// grammars), written for this project. Each entry lists the inflected forms that appear in reporting;
// `lemma` is the dictionary form. The recogniser reports the form as written (lower-cased).
export interface ReportingVerb {
  lemma: string;
  forms: readonly string[];
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: "say", forms: ["said", "says", "say", "saying"] },
  { lemma: "state", forms: ["stated", "states", "stating"] },
  { lemma: "write", forms: ["wrote", "writes", "writing", "written"] },
  { lemma: "add", forms: ["added", "adds", "adding"] },
  { lemma: "warn", forms: ["warned", "warns", "warning"] },
  { lemma: "tell", forms: ["told", "tells", "telling"] },
  { lemma: "explain", forms: ["explained", "explains", "explaining"] },
  { lemma: "note", forms: ["noted", "notes", "noting"] },
  { lemma: "announce", forms: ["announced", "announces", "announcing"] },
  { lemma: "declare", forms: ["declared", "declares", "declaring"] },
  { lemma: "comment", forms: ["commented", "comments", "commenting"] },
  { lemma: "remark", forms: ["remarked", "remarks"] },
  { lemma: "insist", forms: ["insisted", "insists", "insisting"] },
  { lemma: "argue", forms: ["argued", "argues", "arguing"] },
  { lemma: "claim", forms: ["claimed", "claims", "claiming"] },
  { lemma: "assert", forms: ["asserted", "asserts", "asserting"] },
  { lemma: "confirm", forms: ["confirmed", "confirms", "confirming"] },
  { lemma: "continue", forms: ["continued", "continues"] },
  { lemma: "conclude", forms: ["concluded", "concludes"] },
  { lemma: "emphasise", forms: ["emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing"] },
  { lemma: "stress", forms: ["stressed", "stresses", "stressing"] },
  { lemma: "acknowledge", forms: ["acknowledged", "acknowledges", "acknowledging"] },
  { lemma: "admit", forms: ["admitted", "admits", "admitting"] },
  { lemma: "observe", forms: ["observed", "observes"] },
  { lemma: "post", forms: ["posted"] },
  { lemma: "tweet", forms: ["tweeted", "tweets", "tweeting"] },
  { lemma: "reply", forms: ["replied", "replies"] },
  { lemma: "respond", forms: ["responded", "responds"] },
  { lemma: "answer", forms: ["answered"] },
  { lemma: "ask", forms: ["asked", "asks"] },
  { lemma: "urge", forms: ["urged", "urges", "urging"] },
  { lemma: "caution", forms: ["cautioned", "cautions", "cautioning"] },
  { lemma: "report", forms: ["reported"] },
  { lemma: "recall", forms: ["recalled", "recalls"] },
  { lemma: "suggest", forms: ["suggested", "suggests"] },
  { lemma: "predict", forms: ["predicted", "predicts"] },
  { lemma: "concede", forms: ["conceded", "concedes"] },
  { lemma: "maintain", forms: ["maintained", "maintains"] },
  { lemma: "vow", forms: ["vowed", "vows"] },
  { lemma: "underline", forms: ["underlined", "underlines", "underlining"] },
  { lemma: "highlight", forms: ["highlighted", "highlights"] },
  { lemma: "reiterate", forms: ["reiterated", "reiterates", "reiterating"] },
  { lemma: "mention", forms: ["mentioned", "mentions"] },
  { lemma: "describe", forms: ["described", "describes"] },
  { lemma: "point out", forms: ["pointed out", "points out", "pointing out"] },
  { lemma: "go on", forms: ["went on"] },
  { lemma: "quote", forms: ["quoted as saying"] },
  { lemma: "according to", forms: ["according to"] },
];

/** The participle forms ("stating", "adding"): their subject is the subject of the clause they hang on. */
export const isParticiple = (form: string): boolean => /ing$/.test(form) && form !== "according to";
