// The recognise stage: each recogniser finds one kind of thing; later ones may use what earlier ones found.
import type { AnalysedText } from "../analyse/analyse.js";
import { recogniseThreatActors } from "./actors.js";
import { recogniseCountries } from "./countries.js";
import { recogniseCves } from "./cves.js";
import { recogniseDates } from "./dates.js";
import type { ArticleMetadata, Found } from "./found.js";
import { recogniseAmounts, recogniseCounts } from "./impact.js";
import { recogniseOrganizations } from "./organizations.js";
import { recognisePeople } from "./people.js";
import { recogniseQuotes } from "./quotes.js";

/** Runs every recogniser. `metadata` comes first since its publication date is the reference for relative dates. */
export function recogniseAll(doc: AnalysedText, metadata: ArticleMetadata, referenceDate: string | null): Found {
  const countries = recogniseCountries(doc);
  const threatActors = recogniseThreatActors(doc, countries);
  const organizations = recogniseOrganizations(doc, countries, threatActors);
  const people = recognisePeople(doc, organizations, threatActors, countries);
  return {
    metadata,
    referenceDate,
    dates: recogniseDates(doc, referenceDate),
    countries,
    threatActors,
    organizations,
    people,
    quotes: recogniseQuotes(doc, people, organizations, threatActors),
    cves: recogniseCves(doc),
    amounts: recogniseAmounts(doc),
    counts: recogniseCounts(doc),
  };
}
