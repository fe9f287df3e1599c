// Pages that are hard to read: no article element, mostly navigation, very large, very deeply nested; and
// charsets: a BOM, a declared charset, windows-1252 without a declaration, binary data.
import { describe, expect, it } from "vitest";
import { extractFromBytes } from "../../src/extract.js";
import { ExtractError } from "../../src/input/errors.js";
import { htmlToArticle } from "../../src/input/html.js";
import { declaredCharset, decodePage } from "../../src/input/html/charset.js";
import { RecordSchema } from "../../src/record/schema.js";

const enc = (s: string) => new TextEncoder().encode(s);
const html = (s: string) => htmlToArticle(enc(s));

describe("pages without an article", () => {
  it("a plain body of paragraphs: the paragraphs", () => {
    const p = html("<html><body><div><a href=/>Home</a></div><div><p>Hackers defaced the council's website on Friday.</p><p>It was restored by the evening.</p></div></body></html>");
    expect(p.text).toBe("Hackers defaced the council's website on Friday.\n\nIt was restored by the evening.");
  });

  it("a page that is mostly navigation gives the little text there is, and a valid record", () => {
    const src = `<!doctype html><html><head><title>Archive | Site</title></head><body>
      <nav>${"<a href=/x>Section</a> ".repeat(200)}</nav><div class="menu">${"<a href=/y>Topic</a>".repeat(50)}</div>
      <div>Page 3 of 10</div><footer>Contact us</footer></body></html>`;
    const p = html(src);
    expect(p.text).toBe("Archive\n\nPage 3 of 10");
    const record = extractFromBytes(enc(src), { path: "nav.html" });
    expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(record.source.format).toBe("html");
    expect(record.source.title).toBe("Archive");
  });

  it("an empty page, or one with only scripts, gives an empty text and a valid record", () => {
    expect(html("").text).toBe("");
    expect(html("<html><head><script>var a = '<p>not text</p>';</script></head><body></body></html>").text).toBe("");
    const record = extractFromBytes(enc("<!doctype html><html></html>"), { path: "empty.html" });
    expect(RecordSchema.safeParse(record).success).toBe(true);
  });

  it("text set straight in a cell, paragraphs parted by <br><br>: paragraphs; a logo <h1> is not the headline", () => {
    const p = html(`<html><head><title>Telecom outage blamed on intruders | Valley Post</title><meta property="og:site_name" content="Valley Post"></head>
      <body><div class="logo"><h1>Valley Post</h1></div><table><tr><td><a href=/>Home</a> <a href=/n>News</a></td></tr>
      <tr><td>The regional telecom operator said intruders had wiped routers at three exchanges on Sunday night.<br><br>
      Engineers restored most lines by Monday afternoon.<br>Some rural customers were still cut off.</td></tr></table></body></html>`);
    expect(p.meta.title).toBe("Telecom outage blamed on intruders");
    expect(p.text).toBe("Telecom outage blamed on intruders\n\nThe regional telecom operator said intruders had wiped routers at three exchanges on Sunday night.\n\n"
      + "Engineers restored most lines by Monday afternoon.\nSome rural customers were still cut off.");
  });

  it("without <article>, the post's headline is kept, its byline read as metadata, and the site's <header> dropped", () => {
    const p = html(`<html><head><title>Clinic says patient files were copied</title></head><body>
      <header><a href="/">Harbour Health News</a><p>Independent reporting since 1998</p><nav><a href="/a">A</a></nav></header>
      <div class="post"><header><h1>Clinic says patient files were copied</h1><p class="byline">By Ola Nordmann, 2 April 2024</p></header>
      <div class="entry"><p>A private clinic said on Tuesday that an intruder had copied patient files from a backup server.</p>
      <p>It has informed the data protection authority.</p></div></div></body></html>`);
    expect(p.text).toBe("Clinic says patient files were copied\n\n"
      + "A private clinic said on Tuesday that an intruder had copied patient files from a backup server.\n\nIt has informed the data protection authority.");
    expect(p.meta.authors).toEqual(["Ola Nordmann"]);
  });

  it("a rail of <article> teasers does not win over the article's text", () => {
    const teaser = (i: number) => `<article class="card"><h3><a href="/${i}">Other story ${i}</a></h3><p>A short teaser line for story ${i}.</p></article>`;
    const p = html(`<html><body><div class="content">
      <h1>Airport check-in systems down after cyber-attack</h1>
      <p>${"Passengers faced long queues after the check-in software supplier was hit by ransomware. ".repeat(4)}</p>
      <p>${"The supplier said it was working with the national cyber agency to restore the service. ".repeat(3)}</p></div>
      <div class="more">${[1, 2, 3, 4, 5].map(teaser).join("")}</div></body></html>`);
    expect(p.text.startsWith("Airport check-in systems down after cyber-attack\n\nPassengers faced")).toBe(true);
    expect(p.text).not.toContain("Other story");
  });
});

describe("large and deep pages", () => {
  it("a 5 MB page (scripts, menus, state JSON and the article) is read in under 2 s", () => {
    const state = JSON.stringify({ items: Array.from({ length: 30000 }, (_, i) => ({ id: i, title: `Item number ${i}`, url: `/items/${i}` })) });
    const menu = Array.from({ length: 4000 }, (_, i) => `<li class="menu-item"><a href="/c/${i}">Category ${i}</a></li>`).join("");
    const body = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}: the attackers moved through the <a href="/n">network</a> for weeks before they were found &amp; removed.</p>`).join("\n");
    const src = `<!doctype html><html><head><title>Big page</title><script>window.__STATE__ = ${state};</script>
      <style>${".x{color:red}\n".repeat(20000)}</style></head><body><nav><ul>${menu}</ul></nav>
      <article><h1>Big page</h1>${body}</article><footer><ul>${menu}</ul></footer></body></html>`;
    const padded = src + `<!-- ${"x".repeat(Math.max(0, 5_000_000 - src.length))} -->`;
    expect(padded.length).toBeGreaterThanOrEqual(5_000_000);
    const t0 = performance.now();
    const p = html(padded);
    const ms = performance.now() - t0;
    expect(p.text.split("\n\n")).toHaveLength(2001);
    expect(p.text).not.toContain("Category");
    expect(ms).toBeLessThan(2000);
  });

  it("10,000 levels of nesting: no stack overflow, the text is found", () => {
    const deep = `<html><body>${"<div>".repeat(10_000)}<p>Deep inside, a sentence about a breach.</p>${"</div>".repeat(10_000)}</body></html>`;
    expect(html(deep).text).toBe("Deep inside, a sentence about a breach.");
    const unclosed = `<html><body><article><h1>Unclosed markup everywhere</h1>${"<section><span>".repeat(5_000)}<p>Still read.</p></article></body></html>`;
    expect(html(unclosed).text).toBe("Unclosed markup everywhere\n\nStill read.");
  });

  it("JSON-LD nested very deeply is read without recursion", () => {
    const nested = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
    const p = html(`<html><head><script type="application/ld+json">[${nested},{"@type":"NewsArticle","datePublished":"2024-01-02"}]</script></head><body></body></html>`);
    expect(p.meta.publishedAt).toBe("2024-01-02");
  });
});

describe("charsets", () => {
  const body = "<p>Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5</p>";
  const cp1252 = (s: string) => Uint8Array.from(Buffer.from(s, "latin1").map((b, i) => (s.charCodeAt(i) > 255 ? cp1252High(s[i]!) : b)));
  const cp1252High = (c: string) => ({ "\u201c": 0x93, "\u201d": 0x94, "\u2013": 0x96, "\u20ac": 0x80 } as Record<string, number>)[c]!;

  it("reads <meta charset> and http-equiv content types", () => {
    expect(declaredCharset(enc('<html><head><meta charset="ISO-8859-1">'))).toBe("windows-1252");
    expect(declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))).toBe("windows-1251");
    expect(declaredCharset(enc("<meta charset=utf-16>"))).toBe("utf-8");
    expect(declaredCharset(enc('<meta charset="no-such-thing">'))).toBeNull();
    expect(declaredCharset(enc("<html><head><title>x</title></head>"))).toBeNull();
  });

  it("a declared windows-1252 or ISO-8859-1 page decodes right, 0x80-0x9F included", () => {
    for (const label of ["windows-1252", "iso-8859-1", "latin1"]) {
      const bytes = cp1252(`<html><head><meta charset="${label}"></head><body>${body}</body></html>`);
      expect(html2(bytes), label).toBe("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
    }
  });

  it("invalid UTF-8 with no declared charset falls back to windows-1252", () => {
    const bytes = cp1252(`<html><body>${body}</body></html>`);
    expect(decodePage(bytes).from).toBe("fallback");
    expect(html2(bytes)).toBe("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
  });

  it("valid UTF-8, with or without a BOM, and UTF-16 with a BOM", () => {
    const page = `<html><body>${body}</body></html>`;
    expect(html2(enc(page))).toBe("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
    expect(html2(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(page)]))).toBe("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
    const utf16 = Buffer.from(page, "utf16le");
    expect(html2(Uint8Array.from([0xff, 0xfe, ...utf16]))).toBe("Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
  });

  it("a page declared UTF-8 with a stray bad byte keeps its UTF-8 text", () => {
    const bytes = Uint8Array.from([...enc('<meta charset="utf-8"><p>Caf\u00e9 '), 0xff, ...enc(" ok</p>")]);
    expect(html2(bytes)).toBe("Caf\u00e9 \ufffd ok");
  });

  it("binary data is refused", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(() => htmlToArticle(png)).toThrow(ExtractError);
  });

  function html2(bytes: Uint8Array): string {
    return htmlToArticle(bytes).text;
  }
});
