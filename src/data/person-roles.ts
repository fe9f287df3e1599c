// Titles and roles that stand before or after a person's name: "Foreign Minister Annalena Baerbock",
// "Laura Chen, chief executive of ...", "NÚKIB Director Lukáš Kintr". Matched without regard to case.
// Source: AP style guide on titles, common job titles in English-language news; written for this project.

/** Role nouns that end a title phrase ("diplomatic service chief", "Foreign Minister"). */
export const ROLE_NOUNS: readonly string[] = [
  "minister", "prime minister", "deputy prime minister", "president", "vice president", "vice-president", "chancellor",
  "vice chancellor", "secretary", "secretary of state", "secretary-general", "secretary general", "under secretary",
  "attorney general", "deputy attorney general", "assistant attorney general", "special agent", "agent",
  "director", "deputy director", "director general", "director-general", "executive director", "managing director",
  "technical director", "spokesperson", "spokesman", "spokeswoman", "press secretary", "chief", "head", "leader",
  "chief executive", "chief executive officer", "ceo", "cto", "cio", "ciso", "cso", "coo", "cfo", "chief technology officer",
  "chief information security officer", "chief security officer", "chief information officer", "chief operating officer",
  "chief financial officer", "chief research officer", "founder", "co-founder", "cofounder", "owner", "chairman",
  "chairwoman", "chair", "chairperson", "board member", "general manager", "manager",
  "researcher", "security researcher", "analyst", "threat analyst", "expert", "engineer", "consultant", "professor",
  "lecturer", "scientist", "investigator", "officer", "official", "commissioner", "ambassador", "envoy", "diplomat",
  "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "lawmaker", "legislator", "governor",
  "mayor", "premier", "king", "queen", "prince", "general", "gen.", "admiral", "adm.", "colonel", "col.", "major",
  "lieutenant", "commander", "sergeant", "judge", "justice", "prosecutor", "attorney", "lawyer", "counsel",
  "detective", "inspector", "superintendent", "constable", "sheriff", "editor", "reporter", "journalist",
  "correspondent", "columnist", "member", "mp", "mep", "deputy", "adviser", "advisor", "aide", "coordinator", "czar",
  "tsar", "partner", "principal", "president and ceo", "vp", "svp", "evp", "architect", "evangelist", "strategist",
  "fellow", "specialist", "rapporteur", "ombudsman",
];

/** Words that may stand before a role noun within its title: "Foreign Minister", "senior threat analyst". */
export const ROLE_MODIFIERS: readonly string[] = [
  "foreign", "interior", "home", "defence", "defense", "justice", "finance", "economy", "economic", "trade", "health",
  "education", "digital", "transport", "energy", "culture", "environment", "industry", "labour", "labor", "communications",
  "information", "technology", "security", "cyber", "cybersecurity", "national", "federal", "state", "deputy", "vice",
  "assistant", "associate", "acting", "interim", "former", "senior", "junior", "lead", "principal", "executive", "chief",
  "general", "special", "top", "diplomatic", "service", "policy", "intelligence", "police", "military", "army",
  "research", "threat", "intelligence", "malware", "vulnerability", "product", "marketing", "operations", "managing",
  "technical", "press", "public", "affairs", "data", "protection", "privacy", "it", "risk", "global", "regional", "group",
  "company", "agency", "ministry", "party", "opposition", "ruling", "shadow", "european", "eu", "un", "nato",
  // UK cabinet portfolios ("Business Secretary", "Culture Secretary"), US ones ("Commerce Secretary")
  "business", "commerce", "treasury", "housing", "science", "innovation",
];

/** Honorifics before a name: "Mr Wong", "Dr. Jane Doe". */
export const HONORIFICS: readonly string[] = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Mx"];

/** Verbs of saying after or before a name: "Kintr said", "said Jane Doe". */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes", "wrote", "writes", "stated",
  "states", "warned", "warns", "announced", "announces", "confirmed", "confirms", "argued", "argues", "claimed", "claims",
  "commented", "comments", "observed", "reported", "stressed", "emphasised", "emphasized", "insisted", "acknowledged",
  "admitted", "continued", "believes", "thinks", "recalled", "reaffirmed", "tweeted", "posted", "asked", "replied",
];
