// Direct quotations and who said them.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Organization, Person, Quote, ThreatActor } from "../record/schema.js";

export function recogniseQuotes(_doc: AnalysedText, _people: Person[], _organizations: Organization[], _actors: ThreatActor[]): Quote[] {
  return [];
}
