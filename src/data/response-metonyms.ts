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
