// Words that head an organisation's name ("Czech Post", "Ministry of Interior", "Riverside Health Trust"),
// with the kind of organisation each suggests, and the suffixes of company names.
// Source: common patterns of organisation names in English-language news, written for this project.
import type { OrganizationKind } from "../record/schema.js";

export interface OrgHead {
  kind: OrganizationKind;
  /** the head may open the name: "Ministry of Interior", "Bank of America" */
  opens?: boolean;
  /** the head on its own, or with only a demonym or portfolio word before it, is too generic unless followed by "of X" */
  needsName?: boolean;
}

export const ORG_HEADS: ReadonlyMap<string, OrgHead> = new Map<string, OrgHead>([
  // government
  ["Ministry", { kind: "government", opens: true }],
  ["Department", { kind: "government", opens: true, needsName: true }],
  ["Office", { kind: "government", opens: true, needsName: true }],
  ["Agency", { kind: "government", opens: true }],
  ["Authority", { kind: "government", opens: true }],
  ["Commission", { kind: "government", opens: true, needsName: true }],
  ["Commissioner", { kind: "government", opens: true, needsName: true }],
  ["Council", { kind: "government", opens: true, needsName: true }],
  ["Bureau", { kind: "government", opens: true }],
  ["Directorate", { kind: "government", opens: true }],
  ["Administration", { kind: "government", opens: true, needsName: true }],
  ["Inspectorate", { kind: "government", opens: true }],
  ["Police", { kind: "government", needsName: true }],
  ["Parliament", { kind: "government", opens: true, needsName: true }],
  ["Committee", { kind: "government", opens: true, needsName: true }],
  ["Court", { kind: "government", needsName: true }],
  ["Embassy", { kind: "government", opens: true }],
  ["Centre", { kind: "government", opens: true, needsName: true }],
  ["Center", { kind: "government", opens: true, needsName: true }],
  ["Team", { kind: "government", needsName: true }],
  ["Service", { kind: "government", needsName: true }],
  ["Army", { kind: "military", needsName: true }],
  ["Navy", { kind: "military", needsName: true }],
  ["Command", { kind: "military", needsName: true }],
  ["Forces", { kind: "military", needsName: true }],
  ["Party", { kind: "political-party", opens: true }],
  ["Organisation", { kind: "other", opens: true, needsName: true }],
  ["Organization", { kind: "other", opens: true, needsName: true }],
  // media
  ["Television", { kind: "media" }],
  ["Radio", { kind: "media" }],
  ["TV", { kind: "media" }],
  ["Broadcasting", { kind: "media" }],
  ["Broadcasting Corporation", { kind: "media" }],
  ["News Agency", { kind: "media" }],
  ["News Service", { kind: "media" }],
  ["News", { kind: "media", needsName: true }],
  ["Times", { kind: "media", needsName: true }],
  ["Journal", { kind: "media", needsName: true }],
  ["Herald", { kind: "media", needsName: true }],
  ["Gazette", { kind: "media", needsName: true }],
  ["Tribune", { kind: "media", needsName: true }],
  ["Post", { kind: "company" }],
  // companies
  ["Bank", { kind: "company", opens: true }],
  ["Group", { kind: "company", needsName: true }],
  ["Holdings", { kind: "company" }],
  ["Airways", { kind: "company" }],
  ["Airlines", { kind: "company" }],
  ["Airline", { kind: "company" }],
  ["Airport", { kind: "company" }],
  ["Hotels", { kind: "company" }],
  ["Insurance", { kind: "company", needsName: true }],
  ["Energy", { kind: "company", needsName: true }],
  ["Telecom", { kind: "company" }],
  ["Communications", { kind: "company", needsName: true }],
  ["Technologies", { kind: "company" }],
  ["Systems", { kind: "company", needsName: true }],
  ["Networks", { kind: "company", needsName: true }],
  ["Labs", { kind: "company" }],
  ["Software", { kind: "company", needsName: true }],
  ["Pharmaceuticals", { kind: "company" }],
  ["Motors", { kind: "company" }],
  ["Railways", { kind: "company" }],
  ["Railway", { kind: "company", needsName: true }],
  ["Water", { kind: "company", needsName: true }],
  ["Utilities", { kind: "company" }],
  ["Company", { kind: "company", needsName: true }],
  ["Corporation", { kind: "company" }],
  ["Partners", { kind: "company" }],
  ["Trust", { kind: "other", needsName: true }],
  ["Foundation", { kind: "ngo" }],
  ["Association", { kind: "ngo", opens: true }],
  ["Federation", { kind: "ngo", opens: true }],
  ["Institute", { kind: "other", opens: true }],
  ["University", { kind: "other", opens: true }],
  ["College", { kind: "other", needsName: true }],
  ["School", { kind: "other", needsName: true }],
  ["Hospital", { kind: "other" }],
  ["Clinic", { kind: "other" }],
  ["Medical Center", { kind: "other" }],
  ["Health", { kind: "other", needsName: true }],
  ["Healthcare", { kind: "other", needsName: true }],
  ["Exchange", { kind: "company", needsName: true }],
  ["Entertainment", { kind: "company", needsName: true }],
  ["Resorts", { kind: "company" }],
  ["Mail", { kind: "company", needsName: true }],
  ["Fund", { kind: "other", needsName: true }],
  ["Library", { kind: "other" }],
  ["Museum", { kind: "other" }],
  ["Telecommunications", { kind: "company" }],
]);

/** Suffixes that make a capitalised name a company: "Acme Inc.", "Foo GmbH". */
export const COMPANY_SUFFIXES: readonly string[] = [
  "Inc.", "Inc", "Incorporated", "Ltd.", "Ltd", "Limited", "Corp.", "Corp", "Co.", "LLC", "L.L.C.", "LLP", "plc", "PLC",
  "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "S.p.A.", "AB", "ASA", "Oyj", "K.K.", "Pty", "Pty Ltd", "s.r.o.", "a.s.",
];

/** Portfolio words that name a ministry with its head: "Foreign Ministry", "Interior Minister". */
export const PORTFOLIOS: readonly string[] = [
  "Foreign", "Interior", "Home", "Defence", "Defense", "Justice", "Finance", "Economy", "Economic", "Trade", "Health", "Education",
  "Digital", "Transport", "Energy", "Culture", "Agriculture", "Environment", "Industry", "Labour", "Labor", "Communications",
  "Information", "Telecommunications", "Science", "Technology", "Security", "Internal Affairs", "Foreign Affairs",
];

/** Words for a country's mission abroad: "the Russian embassy". */
export const EMBASSY_WORDS: readonly string[] = ["embassy", "Embassy", "consulate", "Consulate"];

/**
 * Posts whose holder works for an organisation named right beside them: "chief executive of Colonial Pipeline",
 * "a researcher at Huntress", "a spokesperson for Acme", "Optus chief executive Kelly Bayer Rosmarin". Each with the
 * prepositions that introduce the organisation after it ("of" only for posts that head a body: "professor of Law",
 * "head of Security" name no body), and whether it may stand between the organisation and its holder's name.
 * Source: common English news style for posts and affiliations, written for this project.
 */
export interface AffiliationPost {
  after: readonly ("of" | "at" | "for")[];
  /** "Optus chief executive Kelly Bayer Rosmarin": the organisation before the post, the holder's name after */
  before: boolean;
  kind: OrganizationKind;
}
const corporate = (after: AffiliationPost["after"], before = true): AffiliationPost => ({ after, before, kind: "company" });
export const AFFILIATION_POSTS: ReadonlyMap<string, AffiliationPost> = new Map<string, AffiliationPost>([
  ["chief executive", corporate(["of", "at"])],
  ["chief executive officer", corporate(["of", "at"])],
  ["CEO", corporate(["of", "at"])],
  ["chief technology officer", corporate(["of", "at"])],
  ["CTO", corporate(["of", "at"])],
  ["chief information security officer", corporate(["of", "at"])],
  ["CISO", corporate(["of", "at"])],
  ["chief operating officer", corporate(["of", "at"])],
  ["founder", corporate(["of"])],
  ["co-founder", corporate(["of"])],
  ["chairman", corporate(["of"])],
  ["chairwoman", corporate(["of"])],
  ["researcher", corporate(["at"], false)],
  ["analyst", corporate(["at"], false)],
  ["engineer", corporate(["at"], false)],
  ["spokesperson", { after: ["for"], before: true, kind: "other" }],
  ["spokesman", { after: ["for"], before: true, kind: "other" }],
  ["spokeswoman", { after: ["for"], before: true, kind: "other" }],
]);
