// Countries by name, alternative name and demonym, as ISO 3166-1 alpha-2 codes with every mention.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Country } from "../record/schema.js";

export function recogniseCountries(_doc: AnalysedText): Country[] {
  return [];
}
