import { describe, expect, it } from "vitest";
import { recogniseMetadata } from "../../src/recognise/metadata.js";
import { doc, extractFixture, extractText } from "../helpers.js";

const meta = (text: string) => recogniseMetadata(doc(text));
const bodyOf = (text: string) => text.slice(meta(text).bodyStart);

describe("metadata: headline", () => {
  it("takes the first line as the title when it reads as a headline", () => {
    expect(meta("Hackers hit city hall\n\nThe city said hackers broke in.").title).toBe("Hackers hit city hall");
    expect(meta("U.S. blames Iran for attack on water plant\n\nBody text.").title).toBe("U.S. blames Iran for attack on water plant");
    expect(meta("myGov scam steals tax refunds\n\nBody text.").title).toBe("myGov scam steals tax refunds");
  });

  it("takes no title from a first line that is a sentence, or from a single paragraph", () => {
    expect(meta("The city said hackers broke in on Friday.\n\nMore text follows here.").title).toBeNull();
    expect(meta("Hackers hit city hall and nothing else follows").title).toBeNull();
  });
});

describe("metadata: publication date", () => {
  it("reads a European dotted byline date day first", () => {
    const text = "Ministry hit by attack\n\nWritten by Example.cz Staff Published on 03.05.2024 15:39:00 (updated on 04.05.2024)\n\nThe ministry said on 1 April 2024 that it was attacked.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2024-05-03");
    expect(m.authors).toEqual(["Example.cz Staff"]);
    expect(m.publisher).toBe("Example.cz");
    expect(bodyOf(text)).toMatch(/^The ministry said/);
  });

  it("reads a US byline with the date on the same line", () => {
    const text = "Utility hit by ransomware\n\nBy Dana Reyes and Tom Albright | May 3, 2024 10:15 a.m. ET\n\nThe utility said it was hit.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2024-05-03");
    expect(m.authors).toEqual(["Dana Reyes", "Tom Albright"]);
    expect(bodyOf(text)).toMatch(/^The utility said/);
  });

  it("reads date lines and cued dates in the header", () => {
    expect(meta("Headline here now\n\n3 May 2024 | 10:15\n\nBody text follows here.").publishedAt).toBe("2024-05-03");
    expect(meta("Headline here now\n\nPosted: 2019-03-04\nAuthor: Jan Novák\n\nBody.").publishedAt).toBe("2019-03-04");
    expect(meta("Headline here now\n\nFriday, December 7, 2018\n\nBody.").publishedAt).toBe("2018-12-07");
  });

  it("follows the header's own evidence for the day-month order of slashed dates", () => {
    expect(meta("Headline here now\n\nPosted 05/03/2024 (updated 13/03/2024)\n\nBody.").publishedAt).toBe("2024-03-05");
    expect(meta("Headline here now\n\nPosted 05/03/2024\n\nBody.").publishedAt).toBe("2024-05-03");
  });

  it("reads a dateline, taking the year only where the text states it", () => {
    const wire = "Hackers hit city hall\n\nWASHINGTON, May 3 (Reuters) - The city said hackers broke in.";
    expect(meta(wire).publishedAt).toBeNull();
    expect(meta(wire).publisher).toBe("Reuters");
    expect(bodyOf(wire)).toMatch(/^The city said/);
    expect(meta(`${wire}\n\n© 2024 Reuters. All rights reserved.`).publishedAt).toBe("2024-05-03");
    expect(meta("Hackers hit city hall\n\nLONDON, May 3, 2024 (AP) — The city said hackers broke in.").publishedAt).toBe("2024-05-03");
  });

  it("never takes a date from the body", () => {
    const text = "Hospital confirms breach\n\nThe hospital said on May 24, 2017 that attackers had copied records of 20,000 patients. It was first detected on 3 May 2017.";
    expect(meta(text).publishedAt).toBeNull();
    expect(meta("By 2021, millions more of us will bank on phones, said a report published on 3 May 2018.").publishedAt).toBeNull();
  });
});

describe("metadata: authors and publisher", () => {
  it("splits bylines and drops job titles and agencies", () => {
    expect(meta("Headline here now\n\nBy Jane Doe, Senior Reporter\n\nBody.").authors).toEqual(["Jane Doe"]);
    expect(meta("Headline here now\n\nBy Jane Doe, John Roe and Ann Lee\n\nBody.").authors).toEqual(["Jane Doe", "John Roe", "Ann Lee"]);
    const m = meta("Headline here now\n\nBy Jane Doe for Reuters\n\nBody.");
    expect(m.authors).toEqual(["Jane Doe"]);
    expect(m.publisher).toBe("Reuters");
    const cnn = meta("Headline here now\n\nBy Jane Doe, CNN\n\nBody.");
    expect([cnn.authors, cnn.publisher]).toEqual([["Jane Doe"], "CNN"]);
  });

  it("does not read a sentence starting with By as a byline", () => {
    expect(meta("Headline here now\n\nBy Monday, the company had restored its systems.\n\nBody.").authors).toEqual([]);
  });

  it("reads a publisher from a source line, a copyright line or the headline's site suffix", () => {
    expect(meta("Headline here now\n\nSource: Example News\n\nBody.").publisher).toBe("Example News");
    expect(meta("Headline here now\n\nBody text.\n\nCopyright 2023 Example Media Ltd. All rights reserved.").publisher).toBe("Example Media Ltd");
    expect(meta("Apache bug is under attack | InfoWorld\n\nBody text.").publisher).toBe("InfoWorld");
  });
});

describe("metadata: in the record", () => {
  it("fills source fields from a European fixture", () => {
    const r = extractFixture("meta-european-byline.txt");
    expect(r.source.title).toBe("Lithuanian ministry hit by wave of attacks blamed on pro-Russian group");
    expect(r.source.publishedAt).toBe("2023-06-14");
    expect(r.source.authors).toEqual(["Balticwire.lt Staff"]);
    expect(r.source.publisher).toBe("Balticwire.lt");
  });

  it("fills source fields from a wire fixture and a US byline fixture", () => {
    const wire = extractFixture("meta-wire-dateline.txt");
    expect(wire.source.publishedAt).toBe("2025-03-12");
    expect(wire.source.publisher).toBe("Reuters");
    const us = extractFixture("meta-us-byline.txt");
    expect(us.source.publishedAt).toBe("2024-05-03");
    expect(us.source.authors).toEqual(["Dana Reyes", "Tom Albright"]);
  });

  it("leaves publishedAt null for an article that states no date, and --published wins", () => {
    const text = "Breach at hotel chain\n\nThe chain said guests' data may have been accessed last month.";
    expect(extractText(text).source.publishedAt).toBeNull();
    expect(extractText(text, { published: "2018-11-02" }).source.publishedAt).toBe("2018-11-02");
  });
});
