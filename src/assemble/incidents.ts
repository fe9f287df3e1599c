// Incidents: what happened, by whom, to whom, when; with attributions inside.
import type { AnalysedText } from "../analyse/analyse.js";
import type { Incident } from "../record/schema.js";
import type { Found } from "../recognise/found.js";

export function assembleIncidents(_doc: AnalysedText, found: Found): Incident[] {
  // First version: one incident carrying the CVEs, until trigger-based detection lands.
  if (!found.cves.length) return [];
  const seen = new Set<string>();
  const vulnerabilities = found.cves
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({ cve: c.id, product: null, zeroDay: false }));
  return [
    {
      id: "I1",
      types: [],
      summary: null,
      actors: [],
      victims: [],
      victimCountries: [],
      attributions: [],
      vulnerabilities,
      malware: [],
      impact: { counts: [], amounts: [] },
      dates: { start: null, end: null },
      evidence: found.cves.map((c) => c.span),
    },
  ];
}
