// The incident record: the zod schema is the source of truth for what `extract` prints.
// It keeps every path of ../shared/CONTRACT.md and may add fields. `extract schema` prints
// the JSON Schema generated from it.
import { z } from "zod";

export const SCHEMA_VERSION = "1.0.0";

/** ISO 8601 calendar date, YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date YYYY-MM-DD");
/** ISO 3166-1 alpha-2 country code. */
const CountryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");

/** Where a fact stands in the analysed text: text === analysedText.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const INCIDENT_TYPES = [
  "intrusion", "espionage", "data-breach", "ransomware", "extortion", "phishing", "ddos", "defacement",
  "hack-and-leak", "sabotage", "supply-chain", "vulnerability-exploitation", "vulnerability-disclosure",
  "malware", "financial-theft", "influence-operation", "other",
] as const;

export const RESPONSE_KINDS = [
  "attribution", "condemnation", "solidarity", "statement", "diplomatic-summons", "expulsion", "sanctions",
  "indictment", "arrest", "investigation", "takedown", "reward", "advisory", "patch", "notification",
] as const;

export const ACTOR_KINDS = ["state", "state-affiliated", "criminal", "hacktivist", "unknown"] as const;

export const ORGANIZATION_KINDS = [
  "government", "intergovernmental", "military", "intelligence", "political-party", "company", "media", "ngo", "other",
] as const;

/** A victim is an organisation of one of the kinds above, a person, or a whole country. */
export const VICTIM_KINDS = [...ORGANIZATION_KINDS, "person", "country"] as const;

export const SECTORS = [
  "government", "political-party", "military", "critical-infrastructure", "energy", "finance", "health", "media",
  "transport", "telecommunications", "education", "technology", "retail", "hospitality", "manufacturing", "legal",
  "civil-society", "other",
] as const;

export const DATE_GRAINS = ["datetime", "day", "week", "month", "quarter", "year", "range", "unknown"] as const;

export const SourceSchema = z.object({
  id: z.string().nullable(),
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(["text", "html"]),
  title: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  url: z.string().nullable(),
  language: z.string().nullable(),
});

export const CountrySchema = z.object({
  code: CountryCode,
  name: z.string(),
  mentions: z.array(SpanSchema),
});

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(ORGANIZATION_KINDS),
  country: CountryCode.nullable(),
  mentions: z.array(SpanSchema),
});

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  mentions: z.array(SpanSchema),
});

export const ThreatActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(ACTOR_KINDS),
  sponsorCountry: CountryCode.nullable(),
  sponsorOrganization: z.string().nullable(),
  mentions: z.array(SpanSchema),
});

export const DateMentionSchema = z.object({
  text: z.string(),
  /** ISO 8601 at the grain the text states: 2024-05-03, 2024-05, 2024, or a range a/b. */
  value: z.string().nullable(),
  grain: z.enum(DATE_GRAINS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z
    .object({ name: z.string(), entityId: z.string().nullable(), role: z.string().nullable() })
    .nullable(),
  verb: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const VictimSchema = z.object({
  /** the name as the article writes it (the longest form it uses for the organisation) */
  name: z.string(),
  kind: z.enum(VICTIM_KINDS),
  country: CountryCode.nullable(),
  sector: z.enum(SECTORS).nullable(),
  /** the organisation entity this victim is, when the organisations recogniser found it */
  entityId: z.string().nullable(),
  /** the mention that puts it in a victim position */
  evidence: SpanSchema,
});

export const AttributionSchema = z.object({
  actor: z.string().nullable(),
  country: CountryCode.nullable(),
  organization: z.string().nullable(),
  by: z.array(z.string()),
  date: IsoDate.nullable(),
  evidence: SpanSchema,
});

export const VulnerabilitySchema = z.object({
  cve: z.string().regex(/^CVE-\d{4}-\d{4,}$/).nullable(),
  product: z.string().nullable(),
  zeroDay: z.boolean(),
});

export const CountSchema = z.object({ value: z.number(), unit: z.string().nullable(), text: z.string() });
export const AmountSchema = z.object({ value: z.number(), currency: z.string().nullable(), text: z.string() });

export const IncidentSchema = z.object({
  id: z.string(),
  types: z.array(z.enum(INCIDENT_TYPES)),
  summary: z.string().nullable(),
  actors: z.array(z.string()),
  victims: z.array(VictimSchema),
  victimCountries: z.array(CountryCode),
  attributions: z.array(AttributionSchema),
  vulnerabilities: z.array(VulnerabilitySchema),
  malware: z.array(z.string()),
  impact: z.object({ counts: z.array(CountSchema), amounts: z.array(AmountSchema) }),
  dates: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  evidence: z.array(SpanSchema),
});

export const ResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(RESPONSE_KINDS),
  by: z.string().nullable(),
  byCountry: CountryCode.nullable(),
  date: IsoDate.nullable(),
  incidentIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  evidence: SpanSchema,
});

export const RecordSchema = z.object({
  schemaVersion: z.string().regex(/^1\.\d+\.\d+$/),
  source: SourceSchema,
  entities: z.object({
    countries: z.array(CountrySchema),
    organizations: z.array(OrganizationSchema),
    people: z.array(PersonSchema),
    threatActors: z.array(ThreatActorSchema),
  }),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteSchema),
  incidents: z.array(IncidentSchema),
  responses: z.array(ResponseSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type ThreatActor = z.infer<typeof ThreatActorSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Victim = z.infer<typeof VictimSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Vulnerability = z.infer<typeof VulnerabilitySchema>;
export type Count = z.infer<typeof CountSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Response = z.infer<typeof ResponseSchema>;
export type ExtractionRecord = z.infer<typeof RecordSchema>;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type DateGrain = (typeof DATE_GRAINS)[number];

/** The JSON Schema of the record, generated from the zod schema. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: "draft-2020-12" });
}

/** Checks a record; returns null when valid, else the first failing path and message on one line. */
export function validateRecord(record: unknown): { path: string; message: string } | null {
  const result = RecordSchema.safeParse(record);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const path = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") : "(root)";
  return { path, message: issue.message };
}
