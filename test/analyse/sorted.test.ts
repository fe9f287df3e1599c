import { describe, expect, it } from "vitest";
import { firstIndexAtOrAfter } from "../../src/analyse/sorted.js";

describe("firstIndexAtOrAfter", () => {
  it("finds the first offset at or after a position, or the list's length", () => {
    const offsets = [3, 7, 7, 12];
    expect([0, 3, 4, 7, 8, 12, 13].map((at) => firstIndexAtOrAfter(offsets, at))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstIndexAtOrAfter([], 5)).toBe(0);
  });
});
