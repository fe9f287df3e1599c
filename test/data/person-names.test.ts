// The given-name lists are generated from compromise's lexicon: they must match the installed compromise.
import { describe, expect, it } from "vitest";
import { personNameLists } from "../../src/data/build/person-names.js";
import { GIVEN_NAMES, ORGANIZATION_AND_PLACE_WORDS } from "../../src/data/person-names.js";

describe("person-names data", () => {
  it("is what compromise's lexicon gives (run `npm run data:names` after upgrading compromise)", () => {
    const lists = personNameLists();
    expect(GIVEN_NAMES).toEqual(lists.givenNames);
    expect(ORGANIZATION_AND_PLACE_WORDS).toEqual(lists.organizationAndPlaceWords);
  });

  it("holds given names and organisation and place words, folded", () => {
    expect(GIVEN_NAMES).toEqual(expect.arrayContaining(["john", "patricia", "andre", "bill"]));
    expect(ORGANIZATION_AND_PLACE_WORDS).toEqual(expect.arrayContaining(["academy", "county", "forest", "hotel"]));
    expect(GIVEN_NAMES.every((w) => w === w.toLowerCase() && !/\p{M}/u.test(w.normalize("NFD")))).toBe(true);
  });
});
