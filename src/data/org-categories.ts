// Common nouns that introduce an organisation's name in apposition: "major bank ČSOB", "casino giant Federal Group",
// "security firm Sophos", "broadcaster Czech Television". Each with the kind of organisation it names.
// Source: common appositive patterns of English-language news, written for this project.
import type { OrganizationKind } from "../record/schema.js";

export const ORG_CATEGORY_NOUNS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ["bank", "company"], ["lender", "company"], ["insurer", "company"], ["firm", "company"], ["company", "company"],
  ["giant", "company"], ["maker", "company"], ["chipmaker", "company"], ["carmaker", "company"], ["automaker", "company"],
  ["manufacturer", "company"], ["provider", "company"], ["operator", "company"], ["retailer", "company"], ["vendor", "company"],
  ["startup", "company"], ["start-up", "company"], ["chain", "company"], ["conglomerate", "company"], ["airline", "company"],
  ["carrier", "company"], ["telco", "company"], ["utility", "company"], ["exchange", "company"], ["subsidiary", "company"],
  ["contractor", "company"], ["supplier", "company"], ["developer", "company"], ["distributor", "company"],
  ["broadcaster", "media"], ["newspaper", "media"], ["daily", "media"], ["outlet", "media"], ["publication", "media"],
  ["magazine", "media"], ["tabloid", "media"], ["broadcaster's", "media"],
  ["hospital", "other"], ["university", "other"], ["charity", "ngo"], ["nonprofit", "ngo"], ["non-profit", "ngo"],
  ["ngo", "ngo"], ["watchdog", "government"], ["regulator", "government"], ["agency", "government"], ["party", "political-party"],
]);
