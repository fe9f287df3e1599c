// Impact figures: amounts of money (ransoms, losses, stolen funds) and counts (records, people affected).
import type { AnalysedText } from "../analyse/analyse.js";
import type { AmountMention, CountMention } from "./found.js";

export function recogniseAmounts(_doc: AnalysedText): AmountMention[] {
  return [];
}

export function recogniseCounts(_doc: AnalysedText): CountMention[] {
  return [];
}
