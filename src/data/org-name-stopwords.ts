// Capitalised words that are never (part of) the name of an organisation or a person: function words that open
// sentences, months, weekdays, generic nouns of headlines and page furniture ("Reading time", "Did you like").
// Source: written for this project from common English news style.
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our",
  "Your", "My", "In", "On", "At", "Of", "For", "By", "With", "From", "To", "As", "And", "But", "Or", "If", "When", "While", "After",
  "Before", "Since", "Although", "Though", "Because", "However", "Meanwhile", "According", "Also", "Earlier", "Later", "Last",
  "Next", "Both", "All", "Some", "Many", "Most", "Other", "Another", "Such", "No", "Not", "Yes", "There", "Here", "What", "Which",
  "Who", "Whom", "Why", "How", "Where", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Will", "Would",
  "Can", "Could", "Should", "May", "Might", "Must", "Shall", "Read", "Reading", "Written", "Published", "Updated", "Posted", "Share",
  "Like", "Find", "More", "Home", "World", "News", "Alliance", "Allies", "Sources", "Source", "Photo", "Image", "Video", "Editor",
  "Staff", "Report", "Reports", "Update", "Breaking", "Exclusive", "Opinion", "Analysis", "Today", "Yesterday", "Tomorrow",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
  "Feb", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec",
  "Republic", "Kingdom", "Union", "Emirates", "Islands", "Federation", "Street", "Road", "Avenue", "Square", "Valley", "City",
  "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Prof",
  "Internet", "Web", "Cyber", "Data", "Security", "Email", "Windows", "Android", "Linux", "Outlook", "Exchange", "Office",
  "Ransomware", "Malware", "Trojan", "Botnet", "Hackers", "Hacker", "Attack", "Attacks", "Breach", "Police", "Government",
  "Parliament", "Ministry", "Minister", "President", "Director", "Chief", "Officials", "Official", "Customers", "Users",
  "Company", "Group", "Bank", "University", "Hospital", "Agency", "Council", "Department", "Party", "State", "States",
  "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "National", "Federal",
  "International", "Global", "New", "Old", "First", "Second", "Third", "One", "Two", "Three", "Many", "Several", "Every",
  "Click", "Subscribe", "Sign", "Log", "Login", "Follow", "Contact", "Privacy", "Terms", "Cookie", "Cookies", "Advertisement",
  "Please", "Thank", "Thanks", "Dear", "Hi", "Hello", "Note", "Notes", "Related", "See", "Also", "Tags", "Topics",
  "God", "Christmas", "Easter", "Covid", "COVID", "Coronavirus",
]);

/** Words that open a sentence or a phrase and are stripped from the front of a capitalised run before it is read as a name. */
export const LEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "You", "I", "His", "Her", "Their",
  "Our", "Your", "My", "In", "On", "At", "Of", "For", "By", "With", "From", "To", "As", "And", "But", "Or", "If", "When", "While",
  "After", "Before", "Since", "Although", "Though", "Because", "However", "Meanwhile", "According", "Also", "Earlier", "Later",
  "Last", "Next", "Both", "All", "Some", "Many", "Most", "Other", "Another", "Such", "No", "Not", "There", "Here", "What",
  "Which", "Who", "Why", "How", "Where", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would",
  "Can", "Could", "Should", "May", "Might", "Must", "Like", "Unlike", "Under", "Over", "Through", "During", "Against", "Via",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow",
  "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
  "Written", "Published", "Updated", "Posted", "Reading", "Read", "Home", "Photo", "Image", "Video", "Source",
  "Former", "Then", "Now", "Once", "Only", "Even", "Still", "Just", "Every", "Each", "Whether", "Dear", "Sorry", "Yes",
]);

/** Generic adjectives that do not by themselves name an organisation: "National Police", "Federal Court". */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  "National", "Federal", "State", "Central", "International", "Regional", "Local", "Public", "Royal", "Global", "General",
  "Supreme", "High", "Higher", "District", "City", "County", "Municipal", "Provincial", "Foreign", "Interior", "Home",
  "Defence", "Defense", "Justice", "Finance", "Health", "Education", "European", "Domestic", "Main", "Special", "Joint",
  "Cyber", "Security", "Intelligence", "Police", "Military", "Criminal", "Investigative", "Emergency", "Secret", "Cabinet",
  "Prime", "Minister", "Ministry", "Affairs", "Internal", "Digital", "Economic", "Economy", "Trade", "Transport",
]);

/** Capitalised words of product, programme and publication names that are never part of a person's name. */
export const NOT_PERSON_NAME_WORDS: readonly string[] = [
  "Observer", "Edition", "Research", "Project", "Core", "Studio", "Store", "Play", "Cloud", "Server", "Hat", "Odyssey",
  "Online", "Daily", "Weekly", "Magazine", "Review", "Edge", "Chrome", "Firefox", "Safari", "Explorer", "Suite", "Pro",
  "Premium", "Plus", "Mobile", "Phone", "Pay", "Wallet", "Bitcoin", "Ethereum", "Crypto", "Street", "Hill", "Park",
];

/** Words whose possessive stands inside an institution's name instead of naming its owner: "Boston Children's
 *  Hospital", "King's College Hospital", "Queen's University Belfast", "the People's Bank of China". (After other
 *  possessives a name starts afresh: "Britain's National Crime Agency", "Microsoft's Threat Intelligence Center".)
 *  Source: common institution names in English-language news, written for this project. */
export const NAME_INNER_POSSESSIVES: ReadonlySet<string> = new Set([
  "Children", "Women", "Men", "King", "Queen", "People", "Veterans", "Workers", "Citizens", "Farmers", "Teachers", "Nurses",
  "Physicians", "Doctors", "Officers", "Employees", "Soldiers", "Sailors",
]);
