// Dates and times: chrono-node with the publication date as reference, plus the news expressions it misses.
import type { AnalysedText } from "../analyse/analyse.js";
import type { DateMention } from "../record/schema.js";

export function recogniseDates(_doc: AnalysedText, _referenceDate: string | null): DateMention[] {
  return [];
}
