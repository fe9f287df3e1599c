// Sectors of victims, from the words of their names. Source: written by hand for this project,
// loosely after the critical-infrastructure sectors of CISA and the EU NIS2 directive.
import type { Sector } from "../record/schema.js";

export const SECTOR_WORDS: readonly { sector: Sector; words: readonly string[] }[] = [
  { sector: "health", words: ["hospital", "hospitals", "health", "healthcare", "medical", "clinic", "clinics", "NHS", "pharmacy", "pharmaceutical", "patients", "care"] },
  { sector: "finance", words: ["bank", "banks", "banking", "financial", "insurance", "insurer", "credit", "payments", "exchange", "capital", "investment", "ČSOB"] },
  { sector: "education", words: ["university", "universities", "college", "school", "schools", "academy", "education"] },
  { sector: "government", words: ["ministry", "government", "council", "county", "city", "town", "municipality", "department", "agency", "parliament", "senate", "state institutions", "office", "administration", "police"] },
  { sector: "political-party", words: ["party", "democrats", "republicans", "campaign"] },
  { sector: "military", words: ["army", "navy", "military", "defence", "defense", "armed forces"] },
  { sector: "media", words: ["television", "tv", "radio", "news", "newspaper", "times", "post", "media", "broadcaster", "agency's website"] },
  { sector: "transport", words: ["airport", "airline", "airlines", "airways", "rail", "railway", "railways", "transport", "transportation", "shipping", "port", "dot"] },
  { sector: "energy", words: ["energy", "power", "electric", "electricity", "grid", "oil", "gas", "pipeline", "nuclear", "utility", "utilities"] },
  { sector: "telecommunications", words: ["telecom", "telecoms", "telecommunications", "mobile", "wireless", "broadband"] },
  { sector: "hospitality", words: ["hotel", "hotels", "resort", "resorts", "hospitality", "restaurant", "restaurants", "casino"] },
  { sector: "retail", words: ["retail", "retailer", "store", "stores", "shop", "mart", "supermarket"] },
  { sector: "technology", words: ["software", "technology", "tech", "microsoft", "google", "apple", "systems", "cloud", "computing"] },
  { sector: "legal", words: ["law firm", "legal", "court", "courts"] },
  { sector: "manufacturing", words: ["manufacturing", "manufacturer", "factory", "motors", "automotive"] },
  { sector: "civil-society", words: ["ngo", "foundation", "charity", "association", "institute"] },
];
