// Sponsorship from the text: "APT28, a cyber group supported by the Russian General Staff's Main Intelligence
// Directorate", "the Russian-controlled APT28 group", "Chinese state-sponsored hackers known as X",
// "Fancy Bear is connected to the Russian military, particularly the GRU". A hacktivist's "pro-Russian" is an
// alignment, not a sponsor, and is not read.
import type { AnalysedText } from "../../analyse/analyse.js";
import type { ActorCandidate } from "./candidate.js";
import { COUNTRY_WORD_SOURCE, countryOfWord, sentenceSpan } from "./context.js";

export interface Sponsorship {
  country: string | null;
  /** canonical name of the sponsoring body (an agency entry) */
  organization: string | null;
  /** stated as backing ("backed by", "state-sponsored", "Russian-controlled"), not only as origin ("a Russian group") */
  explicit: boolean;
}

const B = "(?<![\\p{L}\\p{N}_])";
const POST_RE = new RegExp(
  `^[^;]{0,90}?${B}(?:(?:backed|supported|sponsored|controlled|run|operated|directed|funded|commanded|tasked|overseen|employed|` +
    `managed|organi[sz]ed|hired|paid)[ \\t\\u00a0]+by|(?:working|acting|operating|spying)[ \\t\\u00a0]+(?:for|on[ \\t\\u00a0]+behalf[ \\t\\u00a0]+of)|` +
    `(?:linked|tied|connected|affiliated|associated|aligned|belonging|subordinate|reporting|answering|attached)[ \\t\\u00a0]+(?:to|with)|` +
    `works?[ \\t\\u00a0]+for|part[ \\t\\u00a0]+of|(?:a|an|the)[ \\t\\u00a0]+(?:unit|arm|branch|division|department|section|front)[ \\t\\u00a0]+of|on[ \\t\\u00a0]+behalf[ \\t\\u00a0]+of)` +
    `[ \\t\\u00a0]+(?<obj>[^;]{0,140})`,
  "u",
);
/** The object of a sponsorship phrase begins with a country: "the Russian government", "Beijing", "North Korea's regime". */
const OBJECT_COUNTRY_RE = new RegExp(`^(?:the[ \\t\\u00a0]+)?(?<c>${COUNTRY_WORD_SOURCE})(?:['\u2019]s)?(?![\\p{L}\\p{N}])`, "u");
const APPOSITIVE_RE = /^\s*[,(\u2013\u2014-]\s*(?:a|an|the|which\s+is\s+an?|believed\s+to\s+be\s+an?)\s+/u;

/** Words that may stand between a country word and the actor's name: "Russian state-sponsored hacking group". */
const FILLER = new Set([
  "state", "government", "military", "intelligence", "regime", "nation-state", "hacking", "hacker", "hackers", "cyber",
  "cyber-espionage", "espionage", "apt", "threat", "group", "gang", "actor", "actors", "unit", "team", "outfit", "known", "as",
  "dubbed", "called", "so-called", "the", "a", "an", "notorious", "infamous", "elite", "sophisticated", "advanced", "persistent",
  "spy", "spying", "agency", "service", "hacktivist", "ransomware", "cybercriminal", "criminal", "collective", "by", "named",
  "allegedly", "suspected", "reportedly", "believed", "well-known", "prolific", "top", "hacking-group", "crew", "operators",
]);
const EXPLICIT = /(?:backed|sponsored|controlled|linked|affiliated|supported|funded|directed|run|state|government|military|intelligence|regime|nexus)$/i;

function countryOfToken(token: string): { code: string; explicit: boolean } | "pro" | null {
  const t = token.replace(/[,;]$/, "");
  if (/^pro-/i.test(t)) return "pro";
  const direct = countryOfWord(t);
  if (direct) return { code: direct, explicit: false };
  const hy = /^(.+?)-(.+)$/.exec(t);
  if (hy) {
    const c = countryOfWord(hy[1]!);
    if (c) return { code: c, explicit: EXPLICIT.test(hy[2]!) };
  }
  return null;
}

/** Country words qualifying a mention: walking back over filler words from the name. */
function before(doc: AnalysedText, c: ActorCandidate, from: number): Sponsorship | null {
  const words = doc.text.slice(from, c.start).split(/\s+/).filter(Boolean).reverse();
  let explicit = false;
  // two-word countries ("North Korean") are read from their second word
  for (let i = 0; i < words.length && i < 8; i++) {
    const w = words[i]!;
    const two = i + 1 < words.length ? `${words[i + 1]} ${w}` : "";
    const hit = (two && countryOfToken(two)) || countryOfToken(w);
    if (hit === "pro") return null;
    if (hit) {
      if (i + 1 < words.length && /^pro-/i.test(words[i + 1]!)) return null;
      return { country: hit.code, organization: null, explicit: explicit || hit.explicit };
    }
    const bare = w.toLowerCase().replace(/[,;]$/, "");
    if (/(?:^|-)(?:backed|sponsored|controlled|linked|affiliated|supported|funded|directed)$/.test(bare)) explicit = true;
    else if (bare === "state" || bare === "government" || bare === "military") explicit = true;
    else if (!FILLER.has(bare) && !/-(?:state|sponsored|backed)$/.test(bare)) return null;
  }
  return null;
}

/** What the text says about who backs each mention. `agencyAt` names the agency mentioned at an offset, if any. */
export function sponsorshipOf(
  doc: AnalysedText,
  c: ActorCandidate,
  agencies: readonly ActorCandidate[],
): Sponsorship | null {
  const s = sentenceSpan(doc, c.start, c.end);
  const after = doc.text.slice(c.end, s.end);
  const found: Sponsorship = { country: null, organization: null, explicit: false };

  const post = POST_RE.exec(after);
  if (post) {
    const objStart = c.end + post.index + post[0].length - post.groups!.obj!.length;
    const objEnd = Math.min(s.end, objStart + 100);
    const agency = agencies.find((a) => a.start >= objStart && a.end <= objEnd && a.key !== c.key);
    const country = OBJECT_COUNTRY_RE.exec(post.groups!.obj!);
    if (agency) {
      found.organization = agency.key;
      found.country = agency.sponsorCountry;
      found.explicit = true;
    }
    if (country && !found.country) {
      found.country = countryOfWord(country.groups!.c!);
      found.explicit = true;
    }
  }
  if (!found.country) {
    const pre = before(doc, c, Math.max(s.start, c.start - 100));
    if (pre) Object.assign(found, pre);
  }
  if (!found.country) {
    const app = APPOSITIVE_RE.exec(after);
    if (app) {
      const words = after.slice(app[0].length).split(/\s+/).slice(0, 6);
      for (const w of words) {
        const hit = countryOfToken(w);
        if (hit === "pro") break;
        if (hit) {
          found.country = hit.code;
          found.explicit = hit.explicit || words.some((x) => EXPLICIT.test(x.replace(/[,;]$/, "")));
          break;
        }
        if (!FILLER.has(w.toLowerCase()) && !/-(?:state|sponsored|backed)$/i.test(w)) break;
      }
    }
  }
  return found.country || found.organization ? found : null;
}
