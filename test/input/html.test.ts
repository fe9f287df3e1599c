// HTML pages in the shapes news sites use: the article text (what is in, what is dropped) and the page's metadata.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToArticle, type Page } from "../../src/input/html.js";

const page = (name: string): Page => htmlToArticle(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const html = (s: string): Page => htmlToArticle(new TextEncoder().encode(s));
const paragraphs = (p: Page) => p.text.split("\n\n");

describe("a WordPress theme", () => {
  const p = page("html-wordpress.html");

  it("starts with the headline, then a blank line, and does not repeat the <h1>", () => {
    expect(paragraphs(p)[0]).toBe("British Library confirms ransomware gang leaked staff data");
    expect(p.text.split("British Library confirms ransomware gang leaked staff data")).toHaveLength(2);
  });

  it("keeps the body, headings, list items, captions and quotes as their own paragraphs; the byline is metadata", () => {
    const ps = paragraphs(p);
    expect(ps.some((x) => x.startsWith("By Rhian Parry"))).toBe(false);
    expect(ps).toContain("What was taken");
    expect(ps).toContain("names and email addresses of employees;");
    expect(ps).toContain("scans of a small number of passports.");
    expect(ps).toContain("The main reading room in St Pancras, London.");
    expect(ps).toContain("“We are deeply sorry that this has happened,” Roly Keating, the library’s chief executive, said in a statement.");
  });

  it("decodes entities, reads <br> as a line break and collapses white space inside a paragraph", () => {
    expect(p.text).toContain("The library said on Wednesday that the attackers had copied files");
    expect(p.text).toContain("worth about £600,000 at the time.\nWhen no buyer came forward, the gang released most of the files.");
    expect(p.text).toContain("The Information Commissioner’s Office");
    expect(p.text).not.toMatch(/ {2}|\t|\u00a0/);
  });

  it("drops the site header, menus, share buttons, tags, post navigation, comments, sidebar and footer", () => {
    for (const gone of ["Skip to content", "News for people who read the footnotes", "Culture", "Share this", "Facebook",
      "Tagged", "Previous:", "thoughts on", "Leave a Reply", "Recent Posts", "Proudly powered", "no-js"]) {
      expect(p.text, gone).not.toContain(gone);
    }
    expect(paragraphs(p).at(-1)).toMatch(/^The Information Commissioner’s Office/);
  });

  it("reads the metadata: og:title, the date as written (no time-zone shift), rel=author, og:site_name, canonical, lang", () => {
    expect(p.meta).toEqual({
      title: "British Library confirms ransomware gang leaked staff data",
      publishedAt: "2023-11-22",
      authors: ["Rhian Parry"],
      publisher: "The Shelfmark Gazette",
      url: "https://shelfmark.example/2023/11/22/british-library-ransomware-leak/",
      language: "en-GB",
    });
  });
});

describe("a page with JSON-LD NewsArticle in an @graph and no <article> element", () => {
  const p = page("html-jsonld.html");

  it("finds the densest block of paragraphs, split over several blocks, with the headline block before it", () => {
    const ps = paragraphs(p);
    expect(ps[0]).toBe("Police take down LockBit ransomware servers in global operation");
    expect(ps).not.toContain("By Daniel Okafor and Mei Lin Hart");
    expect(ps).toContain("Tuesday 20 February 2024");
    expect(ps.filter((x) => x.length > 80)).toHaveLength(5);
    expect(ps.at(-1)).toMatch(/^Police also obtained more than 1,000 decryption keys/);
  });

  it("drops the advert between the paragraphs, the tag list, the most-read rail and the site furniture", () => {
    for (const gone of ["Advertisement", "Ad choices", "Most read", "passkeys", "Sign in", "Privacy", "Europol\n"]) {
      expect(p.text, gone).not.toContain(gone);
    }
  });

  it("takes the date, authors and publisher from the article node, not the WebPage node", () => {
    expect(p.meta.publishedAt).toBe("2024-02-20");
    expect(p.meta.authors).toEqual(["Daniel Okafor", "Mei Lin Hart"]);
    expect(p.meta.publisher).toBe("Northline News");
    expect(p.meta.title).toBe("Police take down LockBit ransomware servers in global operation");
    expect(p.meta.url).toBe("https://northline.example/tech/lockbit-takedown");
  });
});

describe("an AMP page", () => {
  const p = page("html-amp.html");

  it("keeps the article and drops the AMP sidebar, adverts, share buttons and footer", () => {
    const ps = paragraphs(p);
    expect(ps[0]).toBe("Microsoft says Russian state hackers read executives’ emails");
    expect(ps).toContain("Disclosure rules");
    expect(p.text).toContain("The attack was detected on 12 January.");
    for (const gone of ["Home", "Menu", "Advertisement", "Back to top", "© 2024", "amp-start"]) expect(p.text, gone).not.toContain(gone);
  });

  it("reads BlogPosting JSON-LD and strips the site name from the <title>", () => {
    expect(p.meta.title).toBe("Microsoft says Russian state hackers read executives’ emails");
    expect(p.meta.publishedAt).toBe("2024-01-19");
    expect(p.meta.authors).toEqual(["Tomás Ferreira"]);
    expect(p.meta.publisher).toBe("Patchwire");
    expect(p.meta.url).toBe("https://patchwire.example/2024/01/19/microsoft-midnight-blizzard/");
  });
});

describe("a page with a cookie banner and a related-articles rail", () => {
  const p = page("html-cookie-related.html");

  it("keeps the article body; the byline line is metadata, not text", () => {
    const ps = paragraphs(p);
    expect(ps[0]).toBe("Hackers exploit MOVEit flaw to steal data from hundreds of firms");
    expect(ps).not.toContain("Priya Raman and Jonas Weber · 8 June 2023");
    expect(p.text).toContain("tracked as CVE-2023-34362");
    expect(ps.at(-1)).toMatch(/^The US Cybersecurity and Infrastructure Security Agency/);
  });

  it("drops the cookie banner, the newsletter box, the share links and the rail of other articles", () => {
    for (const gone of ["843 partners", "Accept all", "security briefing", "Sign up", "Share on LinkedIn", "Related articles",
      "Bank fined", "Chipmaker", "Airline", "All rights reserved"]) {
      expect(p.text, gone).not.toContain(gone);
    }
  });

  it("reads parsely and author meta tags, and the <h1> over the <title>", () => {
    expect(p.meta.title).toBe("Hackers exploit MOVEit flaw to steal data from hundreds of firms");
    expect(p.meta.publishedAt).toBe("2023-06-08");
    expect(p.meta.authors).toEqual(["Priya Raman", "Jonas Weber"]);
    expect(p.meta.language).toBe("en");
    expect(p.meta.url).toBeNull();
  });
});

describe("a windows-1252 page from a table layout", () => {
  const p = page("html-windows1252.html");

  it("decodes windows-1252, curly quotes, dashes and the euro sign included", () => {
    expect(paragraphs(p)[0]).toBe("Paris hit by “unprecedented” DDoS attacks on ministries");
    expect(p.text).toContain("By Amélie Durand – 11 March 2024");
    expect(p.text).toContain("the Prime Minister’s office said");
    expect(p.text).toContain("sécurité des systèmes d’information (ANSSI)");
    expect(p.text).toContain("more than €1 million a day.\nThe attacks come");
    expect(p.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it("drops the menu cell, the sidebar cell and the footer", () => {
    for (const gone of ["Accueil", "À lire aussi", "smartphones", "Tous droits"]) expect(p.text, gone).not.toContain(gone);
  });

  it("reads Dublin Core and author meta tags, and strips the site name after ' :: '", () => {
    expect(p.meta.publishedAt).toBe("2024-03-11");
    expect(p.meta.authors).toEqual(["Amélie Durand"]);
    expect(p.meta.title).toBe("Paris hit by “unprecedented” DDoS attacks on ministries");
  });
});

describe("metadata sources", () => {
  it("prefers article:published_time, then JSON-LD, then meta dates, then <time>", () => {
    const head = (h: string) => html(`<html><head>${h}</head><body><p>Text.</p></body></html>`).meta.publishedAt;
    expect(head('<meta property="article:published_time" content="2024-05-03T23:59:00-07:00">')).toBe("2024-05-03");
    expect(head('<script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2021-02-03T00:30:00+05:00"}</script>')).toBe("2021-02-03");
    expect(head('<meta name="DC.date.issued" content="2020/07/09">')).toBe("2020-07-09");
    expect(head('<meta name="pubdate" content="20190102">')).toBe("2019-01-02");
    expect(head('<meta name="date" content="Fri, 03 May 2024 10:00:00 GMT">')).toBe("2024-05-03");
    expect(head('<meta name="date" content="not a date">')).toBeNull();
    const body = html('<html><body><article><h1>A headline here</h1><time datetime="2018-11-02T08:00:00+11:00">2 Nov</time><p>Text.</p></article></body></html>');
    expect(body.meta.publishedAt).toBe("2018-11-02");
  });

  it("reads JSON-LD author lists, and strips 'By' and URLs from meta authors", () => {
    const ld = html(`<html><head><script type="application/ld+json">[{"@type":"WebSite","name":"X"},{"@type":["Article"],"author":"By Ana Silva and Li Wei","datePublished":"2022-12-31"}]</script></head><body></body></html>`);
    expect(ld.meta.authors).toEqual(["Ana Silva", "Li Wei"]);
    const meta = html('<html><head><meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Written by: Sam Okoro"></head><body></body></html>');
    expect(meta.meta.authors).toEqual(["Sam Okoro"]);
  });

  it("strips the site name from <title> in either position, and keeps a headline with a dash", () => {
    const t = (title: string, extra = "") => html(`<html><head><title>${title}</title>${extra}</head><body></body></html>`).meta.title;
    expect(t("Bank hit by hackers | Daily Post")).toBe("Bank hit by hackers");
    expect(t("Daily Post | Bank hit by hackers", '<meta property="og:site_name" content="Daily Post">')).toBe("Bank hit by hackers");
    expect(t("Bank hit by hackers - Daily Post")).toBe("Bank hit by hackers");
    expect(t("Ransomware - what the new rules mean for small firms")).toBe("Ransomware - what the new rules mean for small firms");
    const og = html('<html><head><meta property="og:title" content="Utility fined over breach - Coast Radio News"><meta property="og:site_name" content="Coast Radio News"></head><body><svg><title>Share icon</title></svg></body></html>');
    expect(og.meta.title).toBe("Utility fined over breach");
    expect(og.meta.publisher).toBe("Coast Radio News");
  });

  it("uses the first <h1> as the headline when the page states no title", () => {
    const p = html("<html><body><main><h1>Water utility shuts systems after intrusion</h1><p>The utility said on Monday that it had found an intruder.</p></main></body></html>");
    expect(p.meta.title).toBe("Water utility shuts systems after intrusion");
    expect(paragraphs(p)).toEqual(["Water utility shuts systems after intrusion", "The utility said on Monday that it had found an intruder."]);
  });
});
