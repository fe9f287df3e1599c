// Article metadata from plain text: headline, byline, publication date, publisher.
import type { AnalysedText } from "../analyse/analyse.js";
import type { ArticleMetadata } from "./found.js";

export function recogniseMetadata(_doc: AnalysedText): ArticleMetadata {
  return { title: null, publishedAt: null, authors: [], publisher: null, bodyStart: 0 };
}
