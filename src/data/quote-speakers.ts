// Words that shape who said a quotation: pronouns, auxiliaries between a speaker and its verb, role titles,
// words that mark an organisation, and the nouns that stand for a body's statement or for the body itself.
// Source: common English news reporting style (AP and Reuters style guides), written for this project.

/** Pronoun subjects and the kind of speaker they refer back to. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, "person" | "organization">> = {
  he: "person", she: "person", it: "organization", they: "organization",
};

/** Words allowed between a subject and its reporting verb: "X has also said", "X later told". */
export const SPEAKER_AUXILIARIES: ReadonlySet<string> = new Set([
  "has", "have", "had", "also", "later", "further", "then", "previously", "earlier", "again", "once", "would", "will",
  "had", "was", "is", "were", "been", "recently", "separately", "subsequently", "publicly", "reportedly", "simply",
  "then", "since", "first", "not", "yet",
]);

/** Lower-case words that may stand inside a multi-word name: "Council on Foreign Relations", "Bank of England". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "of", "for", "and", "on", "de", "du", "des", "der", "den", "von", "van", "la", "le", "al", "bin", "da", "di", "&",
]);

/** Title-case role heads: "Foreign Minister Jan Lipavský", "Director Lukáš Kintr". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  "minister", "director", "secretary", "president", "chancellor", "spokesperson", "spokesman", "spokeswoman", "ceo",
  "cto", "ciso", "cio", "coo", "cfo", "chief", "officer", "commissioner", "ambassador", "senator", "sen.", "rep.",
  "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.", "inspector",
  "chair", "chairman", "chairwoman", "chairperson", "head", "professor", "prof.", "dr.",
  "premier", "leader", "founder", "co-founder", "cofounder", "manager", "analyst", "researcher", "adviser",
  "advisor", "attorney", "prosecutor", "judge", "admiral", "adm.", "colonel", "col.", "lieutenant", "captain",
  "commander", "deputy", "vice", "executive", "counsel", "lead", "partner", "principal", "engineer", "scientist",
  "consultant", "expert", "official", "economist", "editor", "correspondent", "superintendent", "sheriff",
  "detective", "agent", "king", "queen", "prince", "princess", "pope", "mp", "mep", "envoy", "coordinator",
  "architect", "strategist", "evangelist", "fellow", "vp", "svp", "evp", "boss", "owner", "investigator",
  "specialist", "author", "administrator",
]);

/** Words that, inside a capitalised name, mark an organisation rather than a person. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "ministry", "council", "office", "agency", "department", "company", "inc", "inc.", "corp", "corp.", "corporation",
  "ltd", "ltd.", "llc", "plc", "group", "bank", "university", "police", "government", "commission", "service",
  "services", "institute", "centre", "center", "bureau", "union", "alliance", "party", "association", "authority",
  "foundation", "committee", "parliament", "congress", "senate", "court", "army", "navy", "force", "forces",
  "command", "administration", "directorate", "board", "organisation", "organization", "network", "labs", "lab",
  "security", "systems", "technologies", "technology", "software", "communications", "media", "news", "times",
  "post", "journal", "press", "republic", "kingdom", "states", "nations", "embassy", "team", "cert", "hospital",
  "health", "trust", "school", "college", "airlines", "airport", "energy", "holdings", "partners", "unit",
  "shipping", "logistics", "motors", "airways", "pharmaceuticals", "insurance", "capital", "solutions", "networks",
  "electric", "industries", "entertainment", "telecom", "bancorp", "financial", "securities", "investments",
  "consulting", "research", "analytics", "digital", "interactive", "games", "studios", "records", "foods", "stores",
  "brands", "resources", "ventures", "associates", "clinic", "medical", "pharmacy", "railways", "rail", "port",
]);

/** Nouns that stand for a body's statement: "the statement said" speaks for whoever made the statement. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "release", "announcement", "advisory", "communique", "communiqué", "notice", "letter", "declaration",
  "post", "blog", "report", "memo", "email", "e-mail", "filing", "notification", "bulletin", "tweet", "message",
]);

/** Nouns that stand for the organisation last named: "the company said", "the ministry added". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "ministry", "agency", "council", "alliance", "organisation", "organization", "government",
  "department", "office", "bureau", "group", "vendor", "bank", "hospital", "university", "authority", "commission",
  "service", "police", "regulator", "operator", "retailer", "provider", "insurer", "institute", "union", "party",
  "embassy", "administration", "bloc", "startup", "business", "developer", "manufacturer", "airline", "utility", "school",
  "district", "city", "county", "state", "team", "lab", "outlet", "publication", "newspaper", "broadcaster",
  // bodies named by what they are: "a spokesperson for the library", "the centre said", "the watchdog added"
  "library", "museum", "centre", "center", "fund", "watchdog", "exchange", "charity", "foundation", "trust", "college",
  "institution", "carrier", "lender", "court", "parliament", "army", "navy", "ministry", "board", "committee",
]);

/** Nouns for an unnamed person: "a spokesperson said" names nobody, but "a Microsoft spokesperson" names Microsoft. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "spokesperson", "spokesman", "spokeswoman", "official", "officials", "representative", "researcher", "researchers",
  "analyst", "analysts", "expert", "experts", "source", "sources", "executive", "executives", "officer", "employee",
  "staff", "investigators", "investigator", "lawyer", "lawyers", "attorney", "engineer", "engineers", "chief",
  "director", "minister", "head", "manager", "founder", "ceo", "ciso", "cto", "leader", "user", "users", "customer",
  "customers", "victim", "victims", "author", "authors", "writer", "person", "people", "member", "members", "adviser",
  "advisor", "diplomat", "diplomats", "commissioner", "secretary", "president", "prosecutors", "prosecutor", "judge",
]);

/** Determiners that may open a descriptive subject ("the company", "a spokesperson", "its statement"). */
export const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "one", "another", "two", "three", "several",
]);

/** Title-case words that may stand before a role head as part of the role: "Foreign Minister", "Chief Executive Officer". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign", "prime", "deputy", "vice", "chief", "executive", "senior", "assistant", "acting", "former", "interior",
  "defence", "defense", "home", "justice", "finance", "general", "attorney", "digital", "cyber", "security",
  "technology", "information", "operating", "financial", "technical", "managing", "press", "communications",
  "principal", "lead", "special", "state", "national", "associate", "regional", "global", "federal", "economy",
  "economic", "health", "research", "threat", "intelligence", "product", "marketing", "privacy", "legal",
]);

/** Honorifics that stand before a name but are neither name nor role. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame"]);

/** Lower-case words that end a subject phrase when walking away from the verb. */
export const SUBJECT_STOPWORDS: ReadonlySet<string> = new Set([
  "with", "by", "from", "to", "as", "and", "or", "but", "that", "which", "who", "while", "when", "after", "before",
  "in", "at", "on", "into", "than", "because", "since", "if", "where", "whom", "whose", "about", "over", "under",
  "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "also", "this", "these", "those", "it", "he",
  "she", "they", "we", "i", "you", "there", "here", "said", "says", "says", "told",
]);

/** Capitalised words that open sentences but never names: "But Gregory said", "Upon inspection, ...". */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "but", "and", "or", "so", "yet", "upon", "in", "on", "at", "after", "before", "earlier", "later", "meanwhile",
  "however", "separately", "speaking", "last", "this", "that", "these", "those", "yesterday", "today", "tomorrow",
  "according", "while", "when", "since", "as", "also", "for", "with", "without", "although", "though", "because",
  "if", "once", "then", "now", "still", "instead", "indeed", "moreover", "furthermore", "additionally", "finally",
  "first", "second", "third", "overall", "ultimately", "thus", "therefore", "here", "there", "what", "why", "how",
  "where", "who", "which", "during", "following", "from", "by", "under", "over", "despite", "among", "amid", "within",
  "until", "unlike", "like", "not", "only", "even", "just", "both", "each", "every", "some", "many", "most", "all",
  "other", "another", "such", "his", "her", "their", "its", "our", "my", "your", "we", "i", "you", "one", "no",
  "to", "of", "about", "into", "through", "across", "against", "around", "via", "per", "a", "an", "the",
]);
