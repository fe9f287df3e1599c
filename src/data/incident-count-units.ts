// What incident counts count: the nouns after a number that make it an impact figure
// ("326,000 patients", "9.4 million passengers", "500 million records", "43 TB").
// Source: written by hand for this project from the way breach and ransomware reporting states its scale.

/** Nouns (singular and plural, lower case) of people and things affected, stolen or exposed. */
export const COUNT_UNIT_NOUNS: readonly string[] = [
  "people", "persons", "person", "individuals", "individual", "customers", "customer", "clients", "client", "users", "user",
  "accounts", "account", "records", "record", "patients", "patient", "passengers", "passenger", "employees", "employee",
  "members", "member", "subscribers", "subscriber", "consumers", "consumer", "citizens", "residents", "voters", "students",
  "student", "taxpayers", "taxpayer", "victims", "victim", "guests", "guest", "travellers", "travelers", "shoppers",
  "donors", "applicants", "veterans", "workers", "staff", "children", "players", "gamers", "visitors", "holders",
  "cardholders", "card holders", "policyholders", "borrowers", "investors", "families", "households", "profiles",
  "identities", "emails", "email addresses", "e-mail addresses", "email accounts", "addresses", "passwords", "password",
  "credentials", "usernames", "user names", "logins", "credit cards", "credit card numbers", "card numbers", "cards",
  "debit cards", "payment cards", "bank accounts", "social security numbers", "phone numbers", "numbers", "files",
  "documents", "messages", "photos", "images", "rows", "entries", "computers", "computer", "machines", "devices",
  "systems", "servers", "endpoints", "pcs", "PCs", "websites", "sites", "domains", "databases", "organizations",
  "organisations", "companies", "businesses", "firms", "hospitals", "schools", "institutions", "agencies", "banks",
  "stores", "locations", "restaurants", "hotels", "properties", "routers", "cameras", "phones", "smartphones",
  "apps", "applications", "installations", "downloads", "instances", "hosts", "networks", "infections", "attacks",
  "transactions", "tax returns", "returns", "claims", "passport numbers", "identity card numbers", "ID numbers",
  "W-2s", "W-2 forms", "forms", "spreadsheets", "cards", "IDs", "voters", "franchises", "branches", "offices", "sites",
  "names", "recordings", "videos", "contacts", "dates of birth", "birth dates",
];

/** Data sizes: "900 GB", "43 TB", "163 gigabytes". */
export const COUNT_SIZE_UNITS: readonly string[] = [
  "GB", "TB", "MB", "PB", "KB", "gigabytes", "terabytes", "megabytes", "petabytes", "Gb", "Tb",
];

/** Words that may stand between the number and its noun ("9.4 million affected passengers"). */
export const COUNT_FILLERS: readonly string[] = [
  "affected", "impacted", "current", "former", "past", "existing", "active", "unique", "individual", "personal",
  "private", "sensitive", "customer", "user", "patient", "employee", "member", "student", "staff", "medical", "health",
  "financial", "stolen", "compromised", "exposed", "leaked", "hacked", "infected", "encrypted", "vulnerable",
  "unpatched", "different", "other", "more", "additional", "american", "American", "british", "British", "u.s.", "U.S.",
  "us", "US", "uk", "UK", "canadian", "Canadian", "australian", "Australian", "online", "internet", "email", "e-mail",
  "payment", "credit", "debit", "bank", "unique", "plaintext", "plain-text", "hashed", "expired", "valid", "windows",
  "Windows", "linux", "Linux", "android", "Android", "ios", "iOS", "mobile", "government", "federal", "state", "local",
  "small", "large", "major", "public", "corporate", "business", "retail", "of", "its", "their", "the", "our",
];
