// CVE identifiers: CVE-YYYY-NNNN+ (also written with an en dash or lower case).
import type { AnalysedText } from "../analyse/analyse.js";
import { spanOf } from "../analyse/span.js";
import type { CveMention } from "./found.js";

const CVE = /\bCVE[-\u2010-\u2013 ](\d{4})[-\u2010-\u2013](\d{4,7})\b/gi;

export function recogniseCves(doc: AnalysedText): CveMention[] {
  const out: CveMention[] = [];
  for (const m of doc.text.matchAll(CVE)) {
    out.push({ id: `CVE-${m[1]}-${m[2]}`, span: spanOf(doc.text, m.index!, m.index! + m[0].length) });
  }
  return out;
}
