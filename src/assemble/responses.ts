// Responses: how governments, alliances, police and vendors responded.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Incident, Response } from "../record/schema.js";
import type { Found } from "../recognise/found.js";

export function assembleResponses(_doc: AnalysedText, _found: Found, _incidents: Incident[]): Response[] {
  return [];
}
