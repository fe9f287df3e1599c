// Organisations: gazetteer of bodies, agencies and vendors, plus patterns and compromise.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Country, Organization, ThreatActor } from "../record/schema.js";

export function recogniseOrganizations(_doc: AnalysedText, _countries: Country[], _actors: ThreatActor[]): Organization[] {
  return [];
}
