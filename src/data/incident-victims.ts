// Victim positions: the words around a name that make it the target of an incident
// ("attack on X", "X was hacked", "customers of X", "X confirmed a breach").
// Source: written by hand for this project. Patterns are regular-expression sources.

/** After one of these, the rest of the clause names targets: "attacks against the websites of Prague Airport". */
export const VICTIM_ZONE_OPENERS: readonly string[] = [
  "(?:attacks?|cyber-?attacks?|breach(?:es)?|hack(?:s|ing)?|intrusions?|campaigns?|activit(?:y|ies)|incidents?|compromise|infections?|operations?|ransomware|DDoS|outages?) (?:on|at|against|of|in|into|targeting|affecting|hitting)",
  "(?:targeted|targeting|targets|hit|hits|hitting|hacked|hacking|breached|breaching|infected|infecting|compromised|compromising|attacked|attacking|struck|crippled|disrupted|paralysed|paralyzed|affected|affecting|impacted|impacting|defaced|penetrated|infiltrated|knocked|locked|encrypted)(?: (?:the|into|at|down|offline))?",
  "(?:broke|broken|break|breaking|got|get|hacked|hacking) into", "(?:coerce|coerced|extort|extorted|extorting|conned|defrauded|scammed|duped|swindled|blackmailed)",
  "(?:sessions|data|records|information|details|credentials|accounts) (?:for|belonging to)", "gain(?:ed|ing)? (?:unauthori[sz]ed )?access to",
  "(?:customers|users|patients|employees|staff|clients|members|guests|passengers|students|systems|networks?|servers|computers|websites?|webpages|data|databases?|accounts|records) (?:of|at|from)",
  "solidarity with", "victims? (?:include|included|including|were|was)", "victims? such as", "in particular", "(?:organi[sz]ations|companies|firms|hospitals|banks|businesses|agencies|institutions|retailers|targets|victims|entities|customers|clients|sites|networks|others)(?: \\([^)]*\\))?,? (?:such as|including|like|among them)",
  "(?:stole|stolen|steal|stealing|taken|took|exfiltrated|leaked|obtained|downloaded|siphoned)(?: [^.;]{0,60}?)? from",
  "ransom (?:that|which)", "hit by (?:\\w+ )?(?:ransomware|attacks?|hackers)",
];

/** After a name, these make it the victim: "X was hit", "X said it suffered", "X confirmed a breach". */
export const VICTIM_AFTER: readonly string[] = [
  "(?:was|were|has been|had been|have been|is|are|got)(?: \\w+)? (?:hit|hacked|breached|attacked|targeted|compromised|infected|affected|struck|impacted|crippled|disrupted|victimi[sz]ed|the victim|a victim|locked)",
  "(?:(?:has|have|had) )?(?:said|says|saying|confirmed|confirms|confirming|disclosed|discloses|disclosing|announced|announces|announcing|revealed|reveals|revealing|admitted|admits|admitting|acknowledged|acknowledges|acknowledging|reported|reports|reporting|warned|warns|notified|notifies|told)(?: on \\w+)?(?: that)?(?: it| its| a| an| the)?(?:[^.;]|\\.(?=\\d)){0,100}?(?:breach|attack|hack|incident|ransom|intrusion|compromise|unauthori[sz]ed|stolen|exposed|infected|phishing|accessed|malware|hackers|attackers|cyber-?criminals|criminals|fraud|conned|scam)",
  "(?:refused|refuses|agreed|agrees|declined|declines|decided|decides|chose|opted) (?:not )?to pay", "failed to (?:tell|notify|inform|disclose|protect|secure)",
  "(?:appears to be|is|was|became|becomes) (?:the )?latest", "lost (?:access|control|data|money)",
  "(?:suffered|suffers|experienced|experiences|fell victim|falls victim|is investigating|was investigating|began notifying|is notifying|paid)",
  "(?:data breach|security breach|breach|hack|cyber-?attack|ransomware attack|ransomware infection|ransomware incident|cyber incident|attack|incident|intrusion)(?![\\p{L}])",
  "(?:has |have |had )?(?:paid|pays|got a ransom|received a ransom|discovered|detected|became aware|learned of|is recovering|was forced|were forced|shut down|took (?:\\w+ )?offline|took down|fell prey|falls prey)",
  "(?:patients|customers|users|employees|clients|members|guests|students|staff|subscribers|account holders|passengers|shoppers|players|officers|personnel|workers|servers|computers|systems|networks?|websites?)(?![\\p{L}])",
  "['’]s? (?:\\w+ ){0,2}(?:systems|network|networks|servers|computers|website|websites|webpages|data|database|databases|customers|users|patients|employees|staff|clients|members|guests|accounts|e-?mail|records)",
];

/** Capitalised words that begin a phrase but never name a victim. */
export const VICTIM_STOPWORDS: readonly string[] = [
  "The", "A", "An", "It", "Its", "They", "Their", "He", "She", "We", "Our", "You", "This", "That", "These", "Those", "In", "On",
  "At", "As", "For", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "According", "Hackers", "Attackers",
  "Researchers", "Police", "Authorities", "Officials", "Users", "Customers", "Some", "Many", "Most", "All", "Other", "Others",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Ms", "Mrs", "Dr", "However",
  "Internet", "Windows", "Bitcoin", "CEO", "I", "Security", "Cyber",
  "Data", "Ransomware", "Phishing", "Malware", "One", "Two", "Last", "Earlier", "Later", "Now", "Today", "Yesterday", "Also",
  "Foreign", "Allies", "Social", "Security", "Number", "Numbers", "Accounts", "Account", "Scam", "Scams", "Patients", "Phone",
  "Hack", "Hacked", "Hacker", "Breach", "Attack", "Attacks", "Ransom", "Email", "Emails", "Password", "Passwords", "Users", "Update",
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
];

/** Words that never modify a generic victim noun in its name. */
export const GENERIC_VICTIM_SKIP: readonly string[] = [
  "a", "an", "the", "its", "their", "his", "her", "our", "of", "and", "or", "many", "several", "some", "other", "more", "most",
  "all", "any", "each", "every", "these", "those", "this", "that", "one", "two", "three", "which", "whose", "at", "on", "in",
  "against", "targeting", "hit", "hitting", "with", "by", "for", "to", "from", "as", "such", "including", "like",
];

/** Organisations that report on incidents rather than suffer them: security vendors, researchers, news outlets. */
export const NOT_VICTIMS: readonly string[] = [
  "Kaspersky", "Kaspersky Lab", "Symantec", "McAfee", "ESET", "Trend Micro", "TrendMicro", "Sophos", "Check Point", "FireEye",
  "Mandiant", "CrowdStrike", "Palo Alto Networks", "Unit 42", "Proofpoint", "Malwarebytes", "Avast", "AVG", "Bitdefender",
  "F-Secure", "Fortinet", "Cisco Talos", "Talos", "Recorded Future", "Group-IB", "Positive Technologies", "Imperva", "Akamai",
  "Cloudflare", "Rapid7", "Tenable", "Qualys", "Kromtech", "UpGuard", "Lookout", "Zscaler", "Carbon Black", "Cylance",
  "SentinelOne", "Webroot", "Avira", "Panda Security", "Barracuda", "Mimecast", "KnowBe4", "Digital Shadows", "Flashpoint",
  "Secureworks", "Dragos", "Claroty", "ZDNet", "Reuters", "Associated Press", "BBC", "Bleeping Computer", "BleepingComputer",
  "Motherboard", "Ars Technica", "The Register", "TechCrunch", "Krebs on Security", "KrebsOnSecurity", "Wired", "CNN",
  "HackerOne", "Bugcrowd", "SANS", "Have I Been Pwned", "FBI", "Europol", "NCSC", "DHS", "US-CERT", "ICO", "SEC", "FTC",
];
