// Capitals and seats of government that stand for their state in reporting ("Moscow denied involvement").
// Source: public knowledge; written by hand for this project.
export const STATE_METONYMS: readonly { names: readonly string[]; code: string }[] = [
  { names: ["Moscow", "the Kremlin", "Kremlin"], code: "RU" },
  { names: ["Beijing"], code: "CN" },
  { names: ["Tehran"], code: "IR" },
  { names: ["Pyongyang"], code: "KP" },
  { names: ["Washington", "the White House", "White House"], code: "US" },
  { names: ["Kyiv", "Kiev"], code: "UA" },
  { names: ["London", "Downing Street"], code: "GB" },
  { names: ["Berlin"], code: "DE" },
  { names: ["Paris", "the Elysee", "the Élysée"], code: "FR" },
  { names: ["Prague"], code: "CZ" },
  { names: ["Warsaw"], code: "PL" },
  { names: ["Minsk"], code: "BY" },
  { names: ["Tel Aviv", "Jerusalem"], code: "IL" },
  { names: ["Riyadh"], code: "SA" },
  { names: ["Canberra"], code: "AU" },
  { names: ["Ottawa"], code: "CA" },
  { names: ["Tokyo"], code: "JP" },
  { names: ["Seoul"], code: "KR" },
  { names: ["New Delhi"], code: "IN" },
  { names: ["Brussels"], code: "BE" },
];

/** Participles that turn a place before a hyphen into a modifier of the noun after it ("the Bellevue,
 *  Washington-based company said", "the London-headquartered bank confirmed"): the place is no subject and no state
 *  speaking; the noun is. Source: common news phrasing, written for this project. */
export const PLACE_MODIFIER_PARTICIPLES: readonly string[] = ["based", "headquartered", "registered", "incorporated"];
