import { describe, expect, it } from "vitest";
import { analysedTextOf, extractFromBytes } from "../../src/extract.js";
import { MAX_TEXT_CHARS } from "../../src/input/read.js";

const run = (text: string, path: string): { warnings: string[]; incidents: number } => {
  const warnings: string[] = [];
  const r = extractFromBytes(new TextEncoder().encode(text), { path, warn: (m) => warnings.push(m) });
  return { warnings, incidents: r.incidents.length };
};

describe("input warnings", () => {
  it("warns of an empty or blank text, and still gives a record", () => {
    expect(run("", "a.txt").warnings).toEqual(["input is empty"]);
    expect(run(" \n\n\t", "a.txt").warnings).toEqual(["input is empty"]);
  });

  it("warns of a page whose article element is empty", () => {
    const page = `<!doctype html><html><head><title>Hackers hit city hall - Daily</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Hackers hit city hall</h1><div class="entry-content"></div></article><footer>All rights reserved.</footer></body></html>`;
    const { warnings } = run(page, "p.html");
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/no article text/);
  });

  it("says nothing of a page with an article", () => {
    const body = "<p>" + "Ransomware hit the city hall of Westbury on Monday and locked staff out of their email. ".repeat(3) + "</p>";
    const page = `<!doctype html><html><head><title>Hackers hit city hall</title></head><body><article><h1>Hackers hit city hall</h1>${body}</article></body></html>`;
    expect(run(page, "p.html").warnings).toEqual([]);
  });

  it("analyses at most MAX_TEXT_CHARS of a huge input, cut at a paragraph break, and says so", () => {
    const para = "A cyberattack hit the Westbury Port Authority on Monday, officials said.\n\n";
    const text = "Port hit by hackers\n\n" + para.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / para.length));
    const bytes = new TextEncoder().encode(text);
    const warnings: string[] = [];
    const r = extractFromBytes(bytes, { path: "big.txt", warn: (m) => warnings.push(m) });
    const analysed = analysedTextOf(bytes, "big.txt");
    expect(analysed.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(analysed.endsWith("said.")).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/only the first \d+ are analysed/);
    expect(r.incidents.length).toBeGreaterThan(0);
  });
});
