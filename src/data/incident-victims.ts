// Victim positions: the words around a name that make it the target of an incident
// ("attack on X", "X was hacked", "customers of X", "X confirmed a breach").
// Source: written by hand for this project. Patterns are regular-expression sources.

/** After one of these, the rest of the clause names targets: "attacks against the websites of Prague Airport". */
export const VICTIM_ZONE_OPENERS: readonly string[] = [
  "(?:attacks?|cyber-?attacks?|breach(?:es)?|break-ins?|hack(?:s|ing)?|intrusions?|campaigns?|activit(?:y|ies)|incidents?|compromise|infections?|operations?|ransomware|DDoS|outages?) (?:on|at|against|of|in|into|targeting|affecting|hitting)",
  "(?:targeted|targeting|targets|hit|hits|hitting|hacked|hacking|breached|breaching|infected|infecting|compromised|compromising|attacked|attacking|struck|crippled|disrupted|paralysed|paralyzed|affected|affecting|impacted|impacting|defaced|penetrated|infiltrated|knocked|locked|encrypted|affects|impacts|strikes|cripples|disrupts)(?: (?:the|into|at|down|offline))?",
  "(?:broke|broken|break|breaking|got|get|hacked|hacking) into", "(?:coerce|coerced|extort|extorted|extorting|conned|defrauded|scammed|duped|swindled|blackmailed)",
  "(?:sessions|data|records|information|details|credentials|accounts) (?:for|belonging to)",
  // whose data: "information related to the Air Force", "records of Acme customers" (not "details of the flaws")
  "(?:data|records|information|documents|files) (?:of|related to|relating to)",
  // what was dumped, and whose: "a dump of NSA cyber-weapons", "a trove of Yahoo accounts"
  "(?:dumps?|caches?|troves?|stash(?:es)?) of", "gain(?:ed|ing)? (?:unauthori[sz]ed )?access to",
  "(?:customers|users|patients|employees|staff|clients|members|guests|passengers|students|systems|networks?|servers|computers|websites?|webpages|data|databases?|accounts|records) (?:of|at|from)",
  "(?:encrypt(?:ed|ing)|lock(?:ed|ing)|wip(?:ed|ing)|delet(?:ed|ing)) (?:\\w+ ){0,2}(?:files|data|systems|computers|servers|machines) (?:at|of|on)",
  "(?:breach(?:es)?|attacks?|intrusions?|incidents?|infections?) (?:occurred|happened|took place) (?:at|in)",
  "solidarity with", "(?:belonging|belonged|belongs) to", "victims? (?:include|included|including|were|was)", "victims? such as",
  // "Among the victims of the July attack was the Swedish chain Coop"
  "among (?:the |its |their )?(?:\\w+ )?(?:victims|targets)(?: of [^,.;]{1,40}?)? (?:was|were|is|are)", "in particular", "(?:organi[sz]ations|companies|firms|hospitals|banks|businesses|agencies|institutions|retailers|targets|victims|entities|customers|clients|sites|networks|others)(?: \\([^)]*\\))?,? (?:such as|including|like|among them)",
  "(?:stole|stolen|steal|stealing|taken|took|exfiltrated|leaked|obtained|downloaded|siphoned)(?: [^.;]{0,60}?)? from",
  "ransom (?:that|which)", "(?:payments?|ransoms?|money|bitcoins?) from(?: either)?", "hit by (?:\\w+ )?(?:ransomware|attacks?|hackers)",
  "(?:guests|customers|visitors|shoppers|diners|patients|travellers|travelers) (?:who|that) (?:stayed|shopped|visited|ate|dined|booked|were treated) (?:at|with)",
  "(?:brands|chains|companies|firms|victims|targets|organi[sz]ations|retailers|hospitals|banks|businesses|agencies)(?: (?:that|which|who) [^.;]{0,120}?)? (?:include|included|includes)",
];

/** Named as a victim by a ransomware gang: "listed Acme on its leak site", "added Acme to the group's dark web blog"
 *  (after a name that one of LEAK_LISTING_VERBS puts there: "Visitors to the gang's leak site" are no victim). */
export const LEAK_SITE = "(?:on|to) (?:its|their|the gang['’]s|the group['’]s|a|the) (?:data[- ])?(?:leak|dark[- ]web|extortion|shame|shaming|victim) (?:site|blog|portal|page)";
export const LEAK_LISTING_VERBS: readonly string[] = ["listed", "lists", "listing", "added", "adds", "posted", "posts", "named", "names", "put", "puts"];

/** After a name, these make it the victim: "X was hit", "X said it suffered", "X confirmed a breach". */
export const VICTIM_AFTER: readonly string[] = [
  "(?:was|were|has been|had been|have been|is|are|got)(?: \\w+)? (?:hit|hacked|breached|attacked|targeted|compromised|infected|affected|struck|impacted|crippled|disrupted|victimi[sz]ed|the victim|a victim|locked)",
  "(?:(?:has|have|had) )?(?:said|says|say|saying|emailed|e-mailed|informed|alerted|claimed|claiming|released (?:a |an )?(?:\\w+ ){0,2}statement (?:\\w+ ){0,6}?(?:saying|claiming|confirming)|confirmed|confirms|confirming|disclosed|discloses|disclosing|announced|announces|announcing|revealed|reveals|revealing|admitted|admits|admitting|acknowledged|acknowledges|acknowledging|reported|reports|reporting|warned|warns|notified|notifies|told)(?: on \\w+)?(?: that)?(?: it| its| a| an| the)?(?:[^.;]|\\.(?=\\d)){0,140}?(?:breach|attack|hack|incident|ransom|intrusion|intruder|brok(?:e|en) into|break-in|exploited|compromis|unauthori[sz]ed|stolen|exposed|infected|phishing|accessed|malware|attackers|cyber-?criminals|criminals|fraud|conned|scam)\\p{L}*",
  "(?:refused|refuses|agreed|agrees|declined|declines|decided|decides|chose|opted) (?:not )?to pay", "failed to (?:tell|notify|inform|disclose|protect|secure)",
  "(?:appears to be|is|was|became|becomes) (?:the )?latest", "lost (?:access|control|data|money)",
  "(?:suffered|suffers|experienced|experiences|fell victim|falls victim|is investigating|was investigating|began notifying|is notifying|paid)",
  "(?:data breach|security breach|breach|hack|cyber-?attack|ransomware attack|ransomware infection|ransomware incident|cyber incident|attack|incident|intrusion)(?![\\p{L}])",
  "(?:is|was|are|were) (?:said|reported|believed|thought) to have (?:paid|been (?:hit|hacked|breached|attacked|targeted|compromised|infected))", "(?:has |have |had )?(?:restored|recovered|rebuilt|is rebuilding|is restoring|paid|pays|got a ransom|received a ransom|discovered|detected|became aware|learned of|is recovering|was forced|were forced|shut down|took (?:\\w+ )?offline|took down|fell prey|falls prey)",
  "(?:patients|customers|users|employees|clients|members|guests|students|staff|subscribers|account holders|passengers|shoppers|players|officers|personnel|workers|servers|computers|systems|networks?|websites?)(?![\\p{L}])",
  "['’]s? (?:\\w+ ){0,2}(?:systems|network|networks|servers|computers|website|websites|webpages|data|database|databases|customers|users|patients|employees|staff|clients|members|guests|accounts|e-?mail|records)",
];

/** The predicates of VICTIM_AFTER that make even a person's name the victim ("X was hacked", "X fell victim",
 *  "X's accounts"); the reporting ones ("X said ... breach") do not, people report on incidents all the time. */
export const VICTIM_AFTER_STRONG: readonly string[] = [
  "(?:was|were|has been|had been|have been|is|are|got)(?: \\w+)? (?:hit|hacked|breached|attacked|targeted|compromised|infected|blackmailed|extorted|victimi[sz]ed|the victim|a victim|locked)",
  "(?:fell|falls|fall|falling) (?:victim|prey|for)", "(?:suffered|suffers)", "(?:refused|refuses|agreed|agrees|declined|declines|decided|decides|chose|opted) (?:not )?to pay",
  "(?:paid|pays) (?:a |the |an )?(?:\\$|£|€|\\d|ransom|hackers|attackers|extortion)", "(?:was|were) forced to", "lost (?:access|control|data|money)",
  "(?:users?|customers?|members?|subscribers?|account holders?|employees?|staff|stores?|shoppers?|players?|patients?|students?|workers?)(?![\\p{L}])",
  "['’]s? (?:\\w+ ){0,2}(?:e-?mail|e-?mails|accounts?|phone|computer|systems|network|website|data|users|customers|employees|staff|stores)(?![\\p{L}])",
];

/** Phrases that point back at a country named before ("the country's cyberattacks"): they stand for the first
 *  country named by name in their sentence, or else in the sentence before. */
export const COUNTRY_ANAPHORS: readonly string[] = ["the country", "the nation"];

/** After a country anaphor's possessive, the attacks it suffered: "the perpetrator of the country's cyberattacks".
 *  (Not after a named country: "Russia's deliberate attacks" are usually its own.) */
export const ANAPHOR_POSSESSED_ATTACKS: readonly string[] = [
  "cyber-?attacks?", "attacks?", "breach(?:es)?", "hacks?", "hacking", "intrusions?", "cyber-?incidents?", "incidents?",
];

/** After a reporting verb, these make the speaker one who says who did it, not the one hit: "The Council said the GRU
 *  was responsible", "Prosecutors said the hackers belonged to APT40". */
export const ATTRIBUTION_CUES: readonly string[] = [
  "behind", "responsible for", "attribut(?:ed|es|ing|ion)", "linked to", "tied to", "belong(?:ed|s)? to", "on behalf of",
  "working for", "worked for", "state-sponsored", "state-backed", "sponsored by", "backed by", "carried out by",
  "conducted by", "perpetrated by", "confidence that", "blamed", "accused", "indicted", "charged", "affiliated with",
  "carried out", "orchestrated",
];

/** Words in the name of a police, prosecuting or investigating body: it reports on an incident it did not suffer, so it
 *  is never the fallback main subject ("Britain's National Crime Agency (NCA) said"). */
export const LAW_ENFORCEMENT_WORDS: readonly string[] = [
  "Police", "Policía", "Polizei", "Gendarmerie", "Crime Agency", "Crime Unit", "Bureau of Investigation", "Prosecutor",
  "Prosecutors", "Prosecution", "Attorney", "Justice Department", "Department of Justice", "Ministry of Justice",
  "Europol", "Interpol", "Eurojust", "Secret Service", "Marshals", "Constabulary", "Carabinieri", "Guardia Civil",
];

/** Sentences that list victims in so many words: read for victims wherever they stand, not only next to a sentence
 *  that reports the incident ("Among the gang's recent victims were Royal Mail and Boeing.", "listed X on its leak site"). */
export const EXPLICIT_VICTIM_LISTS: readonly string[] = [
  "victims (?:include|included|including|were|have included|such as)", "among (?:the |its |their |the gang['’]s |the group['’]s )?(?:\\w+ )?(?:victims|targets)",
  "(?:victims|targets) (?:of the (?:gang|group|attackers|hackers) )?(?:include|included|were)",
  `(?:${LEAK_LISTING_VERBS.join("|")}) [^.;]{1,80}? ${LEAK_SITE}`,
];

/** The predicates of VICTIM_AFTER_STRONG that say the name itself was hit: after them even a security vendor or a news
 *  outlet, which usually reports on incidents, is the victim ("Kaspersky was hacked", "listed Mandiant on its leak site"). */
export const VICTIM_AFTER_HIT: readonly string[] = [
  "(?:was|were|has been|had been|have been|is|are|got)(?: \\w+)? (?:hit|hacked|breached|attacked|targeted|compromised|infected|victimi[sz]ed)",
];

/** After a person-like name, these say it is a business that was named after someone ("Ashley Madison users"). */
export const ORGANIZATION_FOLLOWERS: readonly string[] = [
  "users", "customers", "members", "subscribers", "account holders", "employees", "staff", "stores", "shoppers", "players", "workers",
];

/** Capitalised words that begin a phrase but never name a victim. */
export const VICTIM_STOPWORDS: readonly string[] = [
  "The", "A", "An", "It", "Its", "They", "Their", "He", "She", "We", "Our", "You", "This", "That", "These", "Those", "In", "On",
  "At", "As", "For", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "According", "Hackers", "Attackers",
  "Researchers", "Police", "Authorities", "Officials", "Users", "Customers", "Some", "Many", "Most", "All", "Other", "Others",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Ms", "Mrs", "Dr", "However",
  "Internet", "Windows", "Bitcoin", "CEO", "I", "Security", "Cyber",
  // words that open a sentence and are no name ("Once users opened the file", "Computer networks are under attack")
  "Once", "Although", "Because", "Unless", "Until", "Whether", "Where", "Instead", "Recently", "Currently", "Computer",
  "Computers", "Network", "Networks", "HR", "ICS", "SCADA", "IoT", "Your", "We’ve", "We've", "There", "With", "Again", "Previously", "Here", "Still", "Yet", "Patch",
  // people who report, investigate or legislate, named by their trade
  "Prosecutors", "Investigators", "Officers", "Agents", "Detectives", "MPs", "Lawmakers", "Legislators", "Regulators",
  "Experts", "Analysts", "Diplomats", "Ministers",
  "Data", "Ransomware", "Phishing", "Malware", "One", "Two", "Last", "Earlier", "Later", "Now", "Today", "Yesterday", "Also",
  "Foreign", "Allies", "Social", "Security", "Number", "Numbers", "Accounts", "Account", "Scam", "Scams", "Patients", "Phone",
  "Every", "Any", "No", "Hack", "Hacked", "Hacker", "Breach", "Attack", "Attacks", "Ransom", "Email", "Emails", "Password", "Passwords", "Users", "Update",
  "Office", "IT", "Linux", "Android", "iOS", "Mac", "MacOS", "Java", "Flash", "Adobe Flash", "Chrome", "Firefox", "Safari", "Office 365",
  "CVE", "PDF", "HTTP", "HTTPS", "SMS", "VPN", "URL", "DNS", "API", "SQL", "PC", "PCs", "FBI", "NCSC", "DHS", "CERT", "US-CERT", "Europol", "Alliance", "Both", "Each", "Such", "His", "Her", "Meanwhile", "Including", "Why", "What", "How",
];

/** Common nouns that name a victim when no name is given ("a hospital in Indiana", "healthcare organizations"). */
export const GENERIC_VICTIM_HEADS: readonly string[] = [
  "hospitals?", "clinics?", "health systems?", "healthcare providers?", "medical cent(?:er|re)s?", "county", "counties",
  "city", "cities", "town", "towns", "municipalit(?:y|ies)", "councils?", "school districts?", "schools?", "universit(?:y|ies)",
  "colleges?", "banks?", "credit unions?", "companies", "company", "firms?", "organi[sz]ations?", "agenc(?:y|ies)",
  "businesses", "business", "corporations?", "manufacturers?", "retailers?", "hotels?", "hotel chains?", "airlines?",
  "airports?", "utilit(?:y|ies)", "law firms?", "governments?", "ministr(?:y|ies)", "departments?", "police departments?",
  "sector", "industry", "providers?", "operators?", "insurers?", "charit(?:y|ies)", "newspapers?", "broadcasters?",
  "cafes?", "restaurants?", "supermarkets?", "chains?", "stores?",
];

/** Nouns for the people who run a victim, a victim only with a modifier that names it: "Bristol Airport
 *  authorities were forced to", "library management refused to pay". */
export const GENERIC_VICTIM_STAFF_HEADS: readonly string[] = ["authorities", "officials", "management", "administrators"];

/** Words that never modify a generic victim noun in its name. */
export const GENERIC_VICTIM_SKIP: readonly string[] = [
  "so", "although", "though", "out", "into", "up", "down", "off", "it's", "it’s", "also", "then", "now", "just", "only", "even", "still", "was", "were", "is", "are", "be", "been", "has", "have", "had",
  "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "of", "and", "or", "many", "several", "some", "other", "more", "most",
  "all", "any", "each", "every", "these", "those", "this", "that", "one", "two", "three", "which", "whose", "at", "on", "in",
  "against", "targeting", "hit", "hitting", "with", "by", "for", "to", "from", "as", "such", "including", "like",
  // size, number and role words that say nothing of who was hit: "big-name companies", "different banks", "victim organizations"
  "both", "different", "various", "numerous", "certain", "big", "bigger", "biggest", "big-name", "large", "larger", "largest", "top",
  "leading", "well-known", "high-profile", "victim", "target", "targeted", "affected", "unnamed", "unidentified",
];

/** Organisations that report on incidents rather than suffer them: security vendors, researchers, news outlets. */
export const NOT_VICTIMS: readonly string[] = [
  "Kaspersky", "Kaspersky Lab", "Symantec", "McAfee", "ESET", "Trend Micro", "TrendMicro", "Sophos", "Check Point", "FireEye",
  "Mandiant", "CrowdStrike", "Palo Alto Networks", "Unit 42", "Proofpoint", "Malwarebytes", "Avast", "AVG", "Bitdefender",
  "F-Secure", "Fortinet", "Cisco Talos", "Talos", "Recorded Future", "Group-IB", "Positive Technologies", "Imperva", "Akamai",
  "Cloudflare", "Rapid7", "Tenable", "Qualys", "Kromtech", "UpGuard", "Lookout", "Zscaler", "Carbon Black", "Cylance",
  "SentinelOne", "Webroot", "Avira", "Panda Security", "Barracuda", "Mimecast", "KnowBe4", "Digital Shadows", "Flashpoint",
  "MailGuard", "Sucuri", "Wordfence", "Cofense", "PhishLabs", "Agari", "Armorblox", "Abnormal Security", "Huntress",
  "Sekoia", "Volexity", "Secureworks Counter Threat Unit", "Cisco Talos Intelligence Group", "Microsoft Threat Intelligence",
  "Secureworks", "Dragos", "Claroty", "ZDNet", "Reuters", "Associated Press", "BBC", "Bleeping Computer", "BleepingComputer",
  "Motherboard", "Ars Technica", "The Register", "TechCrunch", "Krebs on Security", "KrebsOnSecurity", "Wired", "CNN",
  "HackerOne", "Bugcrowd", "SANS", "Have I Been Pwned", "FBI", "Europol", "NCSC", "DHS", "US-CERT", "ICO", "SEC", "FTC",
  // news outlets that report on incidents (one hit itself is still a victim in a victim position: "hackers breached The New York Times")
  "The Washington Post", "The New York Times", "The Wall Street Journal", "Financial Times", "The Guardian", "Bloomberg",
  "CNBC", "Forbes", "NBC News", "ABC News", "CBS News", "Fox News", "Sky News", "The Telegraph", "The Times", "Politico",
  "Axios", "The Verge", "Engadget", "SecurityWeek", "Dark Reading", "Threatpost", "The Hacker News", "Help Net Security",
  "Infosecurity Magazine", "CyberScoop", "The Record", "HOTforSecurity", "Naked Security", "DataBreaches.net", "Global News",
  "CSO Online", "SC Magazine", "Computer Weekly", "The Daily Beast", "BuzzFeed News", "Vice", "Gizmodo", "Mashable",
];

/** Names of technologies, protocols, data kinds and world regions that a capitalised-phrase reading takes for
 *  organisations: they are what was hit or how, never who. */
export const NOT_VICTIM_TERMS: readonly string[] = [
  "OS", "SMB", "FTP", "HTTP", "HTTPS", "SSL", "TLS", "IP", "DNS", "RDP", "VPN", "BTC", "ETH", "XMR", "USD", "C&C", "C2", "Web",
  "Server", "Explorer", "Internet Explorer", "JavaScript", "Java", "PHP", "SQL", "W-2", "W-2s", "PHI", "PII", "PoS", "POS", "ATM", "ATMs",
  "IoT", "Wi-Fi", "Bluetooth", "USB", "CPU", "CPUs", "API", "APIs", "Tor", "Bitcoin", "Bitcoins", "Monero", "Ethereum",
  "Middle East", "Europe", "European", "Asia", "Asian", "Africa", "African", "Americas", "Latin America", "North America",
  "South America", "Eastern Europe", "Western Europe", "Asia-Pacific", "Asia Pacific", "Scandinavia", "Balkans", "Gulf",
  "US", "U.S.", "UK", "U.K.", "EU",
];

/** Generic nouns too vague to stand alone for a victim ("organizations", "business"); regular-expression sources. */
export const VAGUE_VICTIM_NOUNS: readonly string[] = [
  "organi[sz]ations?", "business(?:es)?", "compan(?:y|ies)", "firms?", "providers?", "operators?", "industry", "sector",
  "corporations?", "agenc(?:y|ies)", "departments?",
];

/** Generic nouns for businesses: "defence companies" are companies of the military sector, not the military. */
export const COMPANY_NOUNS: readonly string[] = [
  "compan(?:y|ies)", "firms?", "business(?:es)?", "providers?", "manufacturers?", "retailers?", "corporations?", "contractors?", "suppliers?",
];

/** After an alliance's name, nouns that make it its members rather than itself: "cyberattacks on NATO nations". */
export const MEMBER_NOUNS: readonly string[] = ["nations", "members?", "member states", "countries", "states", "allies", "partners", "governments"];

/** Verbs after a name ending in a possessive that make the possessive part of the name: "Scotty's was the victim". */
export const OWN_NAME_VERBS: readonly string[] = [
  "was", "is", "were", "are", "has", "had", "have", "says", "said", "did", "does", "didn['’]t", "doesn['’]t", "confirmed", "admitted",
  "regrets", "apologi[sz]ed", "announced",
];
