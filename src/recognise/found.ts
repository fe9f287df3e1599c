// What the recognisers found in one article: the input of the assemble stage.
import type { Amount, Count, Country, DateMention, Organization, Person, Quote, Span, ThreatActor } from "../record/schema.js";

export interface ArticleMetadata {
  title: string | null;
  /** ISO date the article states for itself, or null */
  publishedAt: string | null;
  authors: string[];
  publisher: string | null;
  /** where the header (title, byline, dateline) ends and the body begins */
  bodyStart: number;
}

export interface CveMention {
  /** upper-case CVE id */
  id: string;
  span: Span;
}

export interface AmountMention extends Amount {
  span: Span;
}

export interface CountMention extends Count {
  span: Span;
}

export interface Found {
  metadata: ArticleMetadata;
  /** the reference date for relative expressions: --published, else the article's own, else null */
  referenceDate: string | null;
  dates: DateMention[];
  countries: Country[];
  threatActors: ThreatActor[];
  organizations: Organization[];
  people: Person[];
  quotes: Quote[];
  cves: CveMention[];
  amounts: AmountMention[];
  counts: CountMention[];
}
