// Every span of an HTML page's record points into the text `extract --text` prints for that page.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allSpans } from "../helpers.js";

const bin = new URL("../../bin/extract", import.meta.url).pathname;
const dir = new URL("../../fixtures/", import.meta.url).pathname;
const pages = readdirSync(dir).filter((f) => /^html-.*\.html?$/.test(f)).sort();
const run = (args: string[]) => spawnSync(bin, args, { encoding: "utf8", maxBuffer: 64 << 20 });

describe("HTML records and `extract --text`", () => {
  it("has HTML fixtures", () => expect(pages.length).toBeGreaterThanOrEqual(5));

  for (const name of pages) {
    it(`${name}: every span is the slice of the printed text it names`, () => {
      const printed = run(["--text", dir + name]);
      expect(printed.status, printed.stderr).toBe(0);
      const out = run([dir + name]);
      expect(out.status, out.stderr).toBe(0);
      const record = JSON.parse(out.stdout);
      expect(record.source.format).toBe("html");
      expect(record.source.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const spans = allSpans(record);
      expect(spans.length).toBeGreaterThan(0);
      // the text may end with the newline the CLI adds; offsets are into the text before it
      const text = printed.stdout.endsWith("\n") ? printed.stdout.slice(0, -1) : printed.stdout;
      for (const s of spans) expect(text.slice(s.start, s.end), s.path).toBe(s.text);
    });
  }

  it("an HTML page is recognised by content on standard input, and by --format html", () => {
    const page = "<!DOCTYPE html><html><head><title>Port systems restored after attack | Harbour Times</title></head><body><article><p>The port said its systems were restored on 4 June 2024.</p></article></body></html>";
    const sniffed = spawnSync(bin, ["--text", "-"], { input: page, encoding: "utf8" });
    expect(sniffed.stdout.trim()).toBe("Port systems restored after attack\n\nThe port said its systems were restored on 4 June 2024.");
    const asked = spawnSync(bin, ["--format", "html", "--text", "-"], { input: page.replace("<!DOCTYPE html>", "  "), encoding: "utf8" });
    expect(asked.stdout.trim()).toBe("Port systems restored after attack\n\nThe port said its systems were restored on 4 June 2024.");
  });
});
