// Every fixture article: its record validates, and every span points at exactly the text it claims.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analysedTextOf } from "../src/extract.js";
import { RecordSchema } from "../src/record/schema.js";
import { allSpans, extractFixture } from "./helpers.js";
import { readFileSync } from "node:fs";

const dir = new URL("../fixtures/", import.meta.url);
const articles = readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort();

describe("fixture records", () => {
  it("has fixture articles", () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const name of articles) {
    it(`${name}: validates, and every span is the slice it names`, () => {
      const record = extractFixture(name, { published: "2024-05-03" });
      expect(RecordSchema.safeParse(record).success).toBe(true);
      const text = analysedTextOf(readFileSync(new URL(name, dir)), name);
      for (const s of allSpans(record)) {
        expect(s.end, s.path).toBeGreaterThanOrEqual(s.start);
        expect(text.slice(s.start, s.end), s.path).toBe(s.text);
      }
    });

    it(`${name}: the same input gives the same output`, () => {
      expect(JSON.stringify(extractFixture(name))).toBe(JSON.stringify(extractFixture(name)));
    });
  }
});
