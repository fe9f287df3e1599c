// A threat-actor mention found by one parser, before mentions of one actor are gathered into an entity.
import type { ActorKind } from "../../record/schema.js";

export interface ActorCandidate {
  /** what gathers mentions into one entity: the gazetteer's canonical name, or a folded pattern name */
  key: string;
  /** the name the entity takes: canonical for gazetteer actors, the text's own words otherwise */
  name: string;
  /** the span of the name in the analysed text */
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  sponsorCountry: string | null;
  sponsorOrganization: string | null;
  /** the other names the gazetteer knows for it */
  knownAliases: readonly string[];
  /** true for a gazetteer entry; pattern candidates yield to gazetteer ones where they overlap */
  known: boolean;
  /** an individual: a surname alone later in the article is another mention */
  person?: boolean;
}

/** Folds a name into a key: case, spaces, quotes and a leading "the" do not matter. */
export function foldKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}$]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
