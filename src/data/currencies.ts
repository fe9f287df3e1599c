// Currencies as articles write them: symbols and prefixed symbols before a number, codes and names after it.
// Source: ISO 4217 codes (public list) and common crypto-currency tickers; written by hand for this project.

/** Symbols written before the number ("$4.4 million", "US$2.5m", "£1,000"), longest first when matched. */
export const CURRENCY_SYMBOLS: readonly { symbol: string; code: string }[] = [
  { symbol: "US$", code: "USD" }, { symbol: "USD$", code: "USD" }, { symbol: "U.S.$", code: "USD" },
  { symbol: "HK$", code: "HKD" }, { symbol: "NZ$", code: "NZD" }, { symbol: "A$", code: "AUD" }, { symbol: "AU$", code: "AUD" },
  { symbol: "AUD$", code: "AUD" }, { symbol: "C$", code: "CAD" }, { symbol: "CA$", code: "CAD" }, { symbol: "CAD$", code: "CAD" },
  { symbol: "S$", code: "SGD" }, { symbol: "R$", code: "BRL" }, { symbol: "NT$", code: "TWD" }, { symbol: "MX$", code: "MXN" },
  { symbol: "$", code: "USD" }, { symbol: "£", code: "GBP" }, { symbol: "€", code: "EUR" }, { symbol: "¥", code: "JPY" },
  { symbol: "₹", code: "INR" }, { symbol: "₽", code: "RUB" }, { symbol: "₩", code: "KRW" }, { symbol: "₿", code: "BTC" },
];

/** Codes written before the number ("USD 5,000", "EUR 20m"). */
export const CURRENCY_CODES_BEFORE: readonly string[] = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RUB", "INR", "AUD", "CAD", "HKD", "SGD"];

/** Codes, tickers and names written after the number ("40 bitcoin", "0.05 BTC", "1,000 rubles", "$150 USD"). */
export const CURRENCY_WORDS_AFTER: readonly { names: readonly string[]; code: string }[] = [
  { names: ["bitcoin", "bitcoins", "Bitcoin", "Bitcoins", "BTC", "Bitcoin (BTC)", "bitcoin (BTC)"], code: "BTC" },
  { names: ["ether", "Ether", "ETH", "ethereum", "Ethereum"], code: "ETH" },
  { names: ["Monero", "monero", "XMR"], code: "XMR" },
  { names: ["Dash", "DASH"], code: "DASH" },
  { names: ["Litecoin", "litecoin", "LTC"], code: "LTC" },
  { names: ["Zcash", "ZEC"], code: "ZEC" },
  { names: ["USDT", "Tether"], code: "USDT" },
  { names: ["dollars", "dollar", "USD", "US dollars", "U.S. dollars"], code: "USD" },
  { names: ["euros", "euro", "EUR"], code: "EUR" },
  { names: ["pounds sterling", "pounds", "GBP"], code: "GBP" },
  { names: ["rubles", "roubles", "RUB"], code: "RUB" },
  { names: ["yen", "JPY"], code: "JPY" },
  { names: ["yuan", "renminbi", "CNY", "RMB"], code: "CNY" },
  { names: ["rupees", "INR"], code: "INR" },
  { names: ["Swiss francs", "francs", "CHF"], code: "CHF" },
  { names: ["hryvnias", "hryvnia", "UAH"], code: "UAH" },
  { names: ["won", "KRW"], code: "KRW" },
];

/** Multipliers written after the number: "4.4 million", "2.5m", "600k", "3bn". */
export const AMOUNT_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, thousand: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, trillion: 1e12, Trillion: 1e12, Million: 1e6, Billion: 1e9,
};

/** Number words that stand for a figure: "four bitcoins", "a dozen servers". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1, an: 1, dozen: 12,
};

/** Vague magnitudes: "millions of dollars", "a few hundred dollars", "tens of millions of dollars". */
export const VAGUE_MAGNITUDES: Readonly<Record<string, number>> = {
  hundreds: 100, thousands: 1e3, "tens of thousands": 1e4, "hundreds of thousands": 1e5, millions: 1e6,
  "tens of millions": 1e7, "hundreds of millions": 1e8, billions: 1e9, "tens of billions": 1e10,
  "a few hundred": 300, "several hundred": 300, "a few thousand": 3000, "several thousand": 3000,
  "a few million": 3e6, "several million": 3e6,
};
