// Threat actors: gazetteer of named groups and agencies, plus patterns for unnamed schemes.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Country, ThreatActor } from "../record/schema.js";

export function recogniseThreatActors(_doc: AnalysedText, _countries: Country[]): ThreatActor[] {
  return [];
}
