// People: names with titles and roles, later surname mentions joined.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Organization, Person, ThreatActor } from "../record/schema.js";

export function recognisePeople(_doc: AnalysedText, _organizations: Organization[], _actors: ThreatActor[]): Person[] {
  return [];
}
