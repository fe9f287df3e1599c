// State agencies that the record lists as threat actors, never as organisations, whatever the threat-actor
// recogniser found in the article (a safety net: "Main Intelligence Directorate" is the GRU).
// Source: public attributions by governments (NCSC, CISA, EU Council sanctions listings); written for this project.
export const ACTOR_AGENCY_NAMES: readonly string[] = [
  "GRU", "Main Intelligence Directorate", "Main Directorate of the General Staff", "General Staff Main Intelligence Directorate",
  "FSB", "Federal Security Service", "SVR", "Foreign Intelligence Service", "MSS", "Ministry of State Security",
  "Reconnaissance General Bureau", "RGB", "Unit 26165", "Unit 74455", "Unit 29155", "Unit 61398", "PLA Unit 61398",
  "Main Centre for Special Services", "GTsSS", "Main Centre for Special Technologies", "GTsST", "FSB Centre 18",
  "Islamic Revolutionary Guard Corps", "IRGC", "MOIS", "Ministry of Intelligence and Security",
];
