// The whole pipeline in one place:
//   read (text or HTML) -> analyse (paragraphs, sentences) -> recognise (metadata, dates, countries,
//   actors, organisations, people, quotes, CVEs, amounts) -> assemble (incidents, responses) -> validate.
import { analyse } from "./analyse/analyse.js";
import { assembleIncidents } from "./assemble/incidents.js";
import { assembleResponses } from "./assemble/responses.js";
import { ExtractError } from "./input/errors.js";
import { toArticle, type Article, type Format } from "./input/read.js";
import { recogniseAll } from "./recognise/index.js";
import { recogniseMetadata } from "./recognise/metadata.js";
import { SCHEMA_VERSION, validateRecord, type ExtractionRecord } from "./record/schema.js";

export interface ExtractOptions {
  /** the input path as given, "-" for standard input */
  path: string;
  /** a manifest line's id */
  id?: string | null;
  /** YYYY-MM-DD: the publication date; overrides what the article states */
  published?: string | null;
  format?: Format;
  url?: string | null;
  title?: string | null;
  /** told each warning about the input (an empty file, a page with no article text), one line each */
  warn?: (message: string) => void;
}

/** Bytes of one article to its validated record. Throws ExtractError for input that is not text. */
export function extractFromBytes(bytes: Uint8Array, options: ExtractOptions): ExtractionRecord {
  return extractFromArticle(toArticle(bytes, options.path, options.format), options);
}

export function extractFromArticle(article: Article, options: ExtractOptions): ExtractionRecord {
  for (const w of article.warnings) options.warn?.(w);
  const doc = analyse(article.text);
  const metadata = recogniseMetadata(doc);
  const publishedAt = options.published ?? article.meta.publishedAt ?? metadata.publishedAt ?? null;
  const found = recogniseAll(doc, metadata, publishedAt);
  const incidents = assembleIncidents(doc, found);
  const responses = assembleResponses(doc, found, incidents);

  const record: ExtractionRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      id: options.id ?? null,
      path: options.path,
      sha256: article.sha256,
      format: article.format,
      title: options.title ?? article.meta.title ?? metadata.title ?? null,
      publishedAt,
      publisher: article.meta.publisher ?? metadata.publisher ?? null,
      authors: article.meta.authors?.length ? article.meta.authors : metadata.authors,
      url: options.url ?? article.meta.url ?? null,
      language: article.meta.language ?? null,
    },
    entities: {
      countries: found.countries,
      organizations: found.organizations,
      people: found.people,
      threatActors: found.threatActors,
    },
    dates: found.dates,
    quotes: found.quotes,
    incidents,
    responses,
  };
  const failure = validateRecord(record);
  if (failure) throw new ExtractError("invalid-record", `record fails its schema at ${failure.path}: ${failure.message}`);
  return record;
}

/** The text offsets refer to, as `extract --text` prints it. */
export function analysedTextOf(bytes: Uint8Array, path: string, format?: Format): string {
  return toArticle(bytes, path, format).text;
}
