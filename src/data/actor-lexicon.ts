// Words the threat-actor recogniser reads around a name: cues that a sentence is about hacking, the vendor
// naming schemes, the nouns that make "X operators" or "the X gang" a group, and the countries behind sponsors.
//
// Source: written by hand. Vendor schemes: Microsoft's threat actor naming taxonomy (2023: Typhoon = China,
// Blizzard = Russia, Sleet = North Korea, Sandstorm = Iran, Hail = South Korea, Dust = Turkey, Cyclone = Vietnam,
// Rain = Lebanon, Tempest = financially motivated, Flood = influence operations) and CrowdStrike's adversary
// naming (Bear = Russia, Panda = China, Kitten = Iran, Chollima = North Korea, Tiger = India, Leopard = Pakistan,
// Buffalo = Vietnam, Crane = South Korea, Wolf = Turkey, Spider = eCrime, Jackal = hacktivist).
import type { ActorKind } from "../record/schema.js";

/** A sentence about hacking: risky names (Turla, Lazarus, Anonymous) need one of these words nearby. */
export const CYBER_CUES: readonly string[] = [
  "hack", "hacks", "hacked", "hacker", "hackers", "hacking", "hacktivist", "hacktivists", "cyber", "cyberattack", "cyberattacks",
  "cyber-attack", "cyber-attacks", "cybersecurity", "cyberespionage", "cyber-espionage", "cybercriminal", "cybercriminals", "APT",
  "threat actor", "threat actors", "threat group", "malware", "ransomware", "espionage", "phishing", "spear-phishing", "breach",
  "breached", "intrusion", "intrusions", "exploit", "exploits", "exploited", "backdoor", "DDoS", "botnet", "leak", "leaked", "leaks",
  "stolen", "compromised", "attack", "attacks", "attacked", "campaign", "spy", "spying", "spies", "spyware", "trojan", "implant",
  "group", "gang", "collective", "actor", "actors", "adversary", "operators", "targeted", "targeting", "defaced", "defacement",
];

/** Offensive work of bodies news mostly names as defenders (NSA, CIA, GCHQ). */
export const OFFENSIVE_CUES: readonly string[] = [
  "hacking tools", "hacking tool", "cyberweapon", "cyberweapons", "cyber weapons", "exploit", "exploits", "implant", "implants",
  "backdoor", "backdoors", "malware", "spied", "spying", "surveillance", "Vault 7", "hacked", "hacking", "leaked", "stolen",
  "tools", "Equation Group", "Shadow Brokers", "hackers", "hacking unit", "operation", "operations", "espionage",
];

/** Country words as they qualify a sponsor: "Russian", "Russia's", "the Kremlin", "Beijing". */
export const SPONSOR_COUNTRY_WORDS: readonly { names: readonly string[]; code: string }[] = [
  { code: "RU", names: ["Russia", "Russian", "Russian Federation", "Kremlin", "Moscow"] },
  { code: "CN", names: ["China", "Chinese", "Beijing", "PRC", "People's Republic of China"] },
  { code: "KP", names: ["North Korea", "North Korean", "Pyongyang", "DPRK", "Democratic People's Republic of Korea"] },
  { code: "IR", names: ["Iran", "Iranian", "Tehran", "Islamic Republic"] },
  { code: "BY", names: ["Belarus", "Belarusian", "Minsk"] },
  { code: "VN", names: ["Vietnam", "Vietnamese", "Hanoi"] },
  { code: "IN", names: ["India", "Indian", "New Delhi"] },
  { code: "PK", names: ["Pakistan", "Pakistani", "Islamabad"] },
  { code: "TR", names: ["Turkey", "Turkish", "Türkiye", "Ankara"] },
  { code: "IL", names: ["Israel", "Israeli", "Tel Aviv"] },
  { code: "US", names: ["United States", "U.S.", "US", "American", "Washington"] },
  { code: "GB", names: ["United Kingdom", "UK", "British", "Britain", "London"] },
  { code: "KR", names: ["South Korea", "South Korean", "Seoul"] },
  { code: "SY", names: ["Syria", "Syrian", "Damascus"] },
  { code: "LB", names: ["Lebanon", "Lebanese", "Hezbollah"] },
  { code: "AE", names: ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"] },
  { code: "SA", names: ["Saudi Arabia", "Saudi"] },
  { code: "UA", names: ["Ukraine", "Ukrainian", "Kyiv"] },
];

/** The vendor naming schemes: "<Word> Typhoon" is a Chinese group, "<Word> Spider" a criminal one. */
export const VENDOR_SCHEMES: readonly { suffix: string; country: string | null; kind: ActorKind }[] = [
  { suffix: "Typhoon", country: "CN", kind: "state-affiliated" },
  { suffix: "Blizzard", country: "RU", kind: "state-affiliated" },
  { suffix: "Sleet", country: "KP", kind: "state-affiliated" },
  { suffix: "Sandstorm", country: "IR", kind: "state-affiliated" },
  { suffix: "Tempest", country: null, kind: "criminal" },
  { suffix: "Bear", country: "RU", kind: "state-affiliated" },
  { suffix: "Panda", country: "CN", kind: "state-affiliated" },
  { suffix: "Kitten", country: "IR", kind: "state-affiliated" },
  { suffix: "Chollima", country: "KP", kind: "state-affiliated" },
  { suffix: "Spider", country: null, kind: "criminal" },
  { suffix: "Jackal", country: null, kind: "hacktivist" },
];

/** First words that make "<Word> Bear/Panda/Typhoon/..." an animal, a storm or a toy rather than a group. */
export const NOT_SCHEME_WORDS: readonly string[] = [
  "Super", "Tropical", "Giant", "Red", "Polar", "Grizzly", "Brown", "Black", "Teddy", "Care", "Sun", "Sloth", "Spectacled", "Moon",
  "Honey", "Koala", "Kung", "Fu", "Big", "Little", "Baby", "Mama", "Papa", "The", "A", "An", "This", "That", "Snow", "Winter", "Dust",
  "Desert", "Great", "Saharan", "Sahara", "Severe", "Violent", "Deadly", "Huge", "Massive", "Fire", "Golden", "Wolf", "Widow",
  "Hello", "Trash", "Silver", "Atlantic", "Pacific", "Chicago", "Typhoon", "Storm", "Cyclone", "Hurricane", "Jumping", "Funnel",
  "Dark", "Bull", "Bear", "Tiger", "Kitten", "Panda", "Spider", "Wall", "Street", "Pooh", "Gummy", "Paddington", "Yogi", "Smokey",
];

/** Nouns that, after a capitalised name, make a group of people: "SamSam operators", "the Locky crew". */
export const CREW_NOUNS: readonly string[] = [
  "operators", "operator", "crew", "authors", "author", "gang", "affiliates", "hackers", "developers", "scammers", "actors",
  "cybercriminals", "crooks", "extortionists", "group", "team", "cartel",
];

/** Kinds of thing a crew works with: "X" is malware when the article also says "X ransomware". */
export const MALWARE_NOUNS: readonly string[] = [
  "ransomware", "malware", "trojan", "Trojan", "botnet", "RAT", "virus", "worm", "strain", "banking trojan", "infostealer", "stealer",
  "loader", "backdoor", "spyware", "ransom", "campaign", "exploit kit",
];

/** Group words in "the X group", "hacking group X", "a group called X". */
export const GROUP_NOUNS: readonly string[] = ["group", "gang", "collective", "crew", "team", "outfit", "cartel", "syndicate", "unit"];

/** Words that describe a group before the group word: "hacking group", "ransomware gang". */
export const GROUP_QUALIFIERS: readonly string[] = [
  "hacking", "hacker", "hackers", "hacktivist", "cyber", "cybercrime", "cybercriminal", "criminal", "ransomware", "extortion",
  "APT", "threat", "espionage", "cyber-espionage", "cyberespionage", "state-sponsored", "state-backed", "nation-state", "hack",
];

/** Capitalised words that are never a group's name on their own, though they stand where a name would. */
export const NOT_ACTOR_NAMES: readonly string[] = [
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "Our", "His", "Her", "Another", "Other", "Same", "Such",
  "New", "Unknown", "Russian", "Chinese", "Iranian", "North", "Korean", "American", "State", "Government", "Hackers",
  "Hacker", "Hacking", "Group", "Gang", "Team", "Ransomware", "Malware", "Security", "Cybersecurity", "Threat", "APT",
  "Internet", "Network", "Mobile", "Telecom", "Satellite", "System", "Systems", "Windows", "Linux", "Android", "Microsoft", "Google",
  "Apple", "Facebook", "Twitter", "Telegram", "Bitcoin", "Dark", "Web", "In", "On", "At", "By", "For", "From", "With", "And", "But",
  "Or", "If", "When", "While", "After", "Before", "Since", "As", "So", "Some", "Many", "Most", "All", "Several", "One", "Two", "Three",
  "Police", "FBI", "Europol", "NATO", "EU", "US", "UK", "Ukraine", "Russia", "China", "Iran", "Israel", "Attack", "Data", "Report",
  "Criminal", "Criminals", "Email", "Phishing", "Company", "Bank", "Hospital", "Ministry", "Department", "Agency", "Office", "Service",
  "Mr", "Ms", "Mrs", "Dr", "Advanced", "Persistent", "Malware", "Research", "Researchers", "He", "She", "They", "We", "I", "You", "Other", "Rival", "Elite", "Notorious", "Infamous", "Prolific",
];

/** After "Anonymous", words that make it an adjective: "Anonymous sources", "Anonymous officials". */
export const ANONYMOUS_NOT_GROUP: readonly string[] = [
  "source", "sources", "official", "officials", "person", "people", "user", "users", "individual", "individuals", "donor", "donors",
  "tip", "tips", "caller", "callers", "letter", "letters", "message", "messages", "account", "accounts", "post", "posts", "posting",
  "browsing", "credentials", "access", "login", "logins", "FTP", "proxy", "proxies", "network", "networks", "data", "payment",
  "payments", "survey", "surveys", "reviewer", "reviewers", "employee", "employees", "staff", "author", "authors", "comment",
  "comments", "informant", "informants", "whistleblower", "whistleblowers", "insider", "insiders", "Sources", "Officials", "function",
  "functions", "communication", "communications", "and", "or",
];

/** The gang words that let a `strict` name count: "Royal ransomware", "the Akira gang". */
export const STRICT_NEIGHBOURS: readonly string[] = [
  "ransomware", "Ransomware", "gang", "Gang", "group", "Group", "operators", "affiliates", "crew", "hackers", "actors", "extortion",
];

/** Nouns that make the person named beside them the one who attacked: "hacker John Doe", "John Doe, the hacker". */
export const PERSON_ACTOR_NOUNS: readonly string[] = [
  "hacker", "hackers", "cybercriminal", "cybercriminals", "fraudster", "fraudsters", "conman", "con man", "scammer", "scammers",
  "blackmailer", "extortionist", "whistleblower", "Whistleblower", "Whisteblower", "whisteblower", "leaker", "defendant",
  "defendants", "suspected hacker", "alleged hacker", "hacktivist", "cracker", "spammer", "botmaster", "carder",
];

/** Verbs that make the person before them the one charged: "John Doe, 48, was arrested", "Jane Roe is accused of". */
export const PERSON_ACTOR_PASSIVE_VERBS: readonly string[] = [
  "arrested", "charged", "indicted", "accused", "extradited", "sentenced", "convicted", "jailed", "detained",
];

/** Verbs that make the person before them the attacker, in the active voice only ("was hacked" is a victim). */
export const PERSON_ACTOR_ACTIVE_VERBS: readonly string[] = [
  "pleaded guilty", "pled guilty", "hacked into", "stole", "breached", "conned", "duped", "defrauded", "scammed", "extorted",
  "who allegedly", "allegedly conned", "allegedly hacked", "allegedly stole",
];
