// US states, for telling the state of Georgia from the country: a document that names other states is about the US.
// Source: the 50 states of the United States (US Census Bureau list); Georgia itself, Washington (also the capital and
// a surname) and New York (a name in many titles, "The New York Times") are left out as evidence.
export const US_STATES: readonly string[] = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
  "Wyoming",
];

/** Words that show "Georgia" is the country: its capital and its people. */
export const GEORGIA_COUNTRY_HINTS: readonly string[] = ["Tbilisi", "Caucasus", "South Ossetia", "Abkhazia"];

/** Words right before "Georgia" that make it the US state: "state of Georgia", "Atlanta, Georgia". */
export const GEORGIA_STATE_CUES: readonly string[] = ["state of", "State of", "Atlanta,", "Savannah,", "Augusta,", "Macon,", "Athens,", "Columbus,"];

/** Words anywhere in a document that make its "Georgia" the US state, unless a country hint is there too. */
export const GEORGIA_STATE_DOC_HINTS: readonly string[] = [
  "Atlanta", "county", "County", "counties", "statewide", "Peach State", "Savannah", "Fulton County", "Gwinnett",
  "District of Northern Georgia", "Northern District of Georgia", "Middle District of Georgia", "Southern District of Georgia",
];
