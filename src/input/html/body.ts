// The article's text in a page: page furniture dropped (navigation, banners, share and newsletter boxes,
// related-article rails, comments, adverts), the article chosen (an <article> or schema.org Article element,
// the articleBody, <main>, or the densest block of paragraphs), and its blocks written out as paragraphs.
// Every walk is iterative (src/input/html/dom.ts): deep nesting cannot overflow the stack.
import {
  ARTICLE_TYPES, BLOCK_TAGS, CONTENT_CLASS_PAIRS, DROP_CLASS_PAIRS, DROP_CLASS_WORDS, DROP_CLASS_WORDS_ALWAYS,
  DROP_ROLES, DROP_TAGS, TEXT_BLOCK_TAGS,
} from "../../data/html-boilerplate.js";
import { classWords, collapse, textOf, walk, type DomElement, type DomNode, type DomParent } from "./dom.js";

/** A block of the article's text, with the tag of the block that closed it. */
export interface Block {
  text: string;
  tag: string;
}

interface Size {
  /** characters that are not white space */
  text: number;
  /** of which inside links */
  link: number;
}

const WS = /\s+/g;
const BLANK_LINE = /\n[^\S\n]*\n/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Text kept whatever its class: a block with this much unlinked text is not furniture. */
const HEAVY_TEXT = 800;
const HEAVY_LINK_SHARE = 0.3;
/** A list or box that is mostly links (a rail of headlines, a tag list) is furniture. */
const LINK_RAIL_SHARE = 0.7;
/** Text set straight in a block counts towards its density from this many characters. */
const LOOSE_TEXT = 40;
const LINK_RAIL_TAGS = new Set(["ul", "ol", "div", "section", "table", "dl"]);

/** Counts the characters of a string that are not white space (a loop: no garbage). */
function visible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000) n++;
  }
  return n;
}

const skipsAlways = (el: DomElement) => DROP_TAGS.has(el.name) && el.name !== "nav" && el.name !== "aside" && el.name !== "footer";

/** Text sizes of every element, bottom up; and the elements that hold article candidates, with their ancestors. */
function measure(root: DomNode): { sizes: Map<DomElement, Size>; keep: Set<DomNode>; headlineHeaders: Set<DomNode> } {
  const sizes = new Map<DomElement, Size>();
  const keep = new Set<DomNode>();
  const headlineHeaders = new Set<DomNode>();
  const stack: Size[] = [{ text: 0, link: 0 }];
  let inLink = 0;
  walk(root, {
    enter(el) {
      if (skipsAlways(el)) return false;
      stack.push({ text: 0, link: 0 });
      if (el.name === "a") inLink++;
      if (isArticleLike(el) || isArticleBody(el) || isMain(el)) {
        for (let n: DomNode | null = el; n && !keep.has(n); n = n.parent) keep.add(n);
      }
      if (el.name === "h1") {
        // a <header> that holds a headline is the article's, not the site's (up to 50 levels: a header is near)
        let n: DomNode | null = el.parent;
        for (let i = 0; n && i < 50; n = n.parent, i++) if ((n as DomElement).name === "header") headlineHeaders.add(n);
      }
      return true;
    },
    leave(el) {
      const s = stack.pop()!;
      sizes.set(el, s);
      const up = stack[stack.length - 1]!;
      up.text += s.text;
      up.link += s.link;
      if (el.name === "a") inLink--;
    },
    text(t) {
      const n = visible(t.data);
      const top = stack[stack.length - 1]!;
      top.text += n;
      if (inLink) top.link += n;
    },
  });
  return { sizes, keep, headlineHeaders };
}

const isArticleLike = (el: DomElement) =>
  el.name === "article" || (el.attribs.itemtype !== undefined && ARTICLE_TYPES.test(el.attribs.itemtype));
const isArticleBody = (el: DomElement) => /\barticleBody\b/i.test(el.attribs.itemprop ?? "");
const isMain = (el: DomElement) => el.name === "main" || (el.attribs.role ?? "").toLowerCase() === "main";

function pairsOf(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

const isContentBlock = (words: string[]) => pairsOf(words).some((p) => CONTENT_CLASS_PAIRS.has(p));

interface Plan {
  dropped: Set<DomElement>;
  /** the nodes that hold the article, in document order */
  roots: DomNode[];
}

/** Decides what is furniture and which element holds the article. */
function plan(doc: DomParent, headline: string | null): Plan {
  const { sizes, keep, headlineHeaders } = measure(doc);
  const dropped = new Set<DomElement>();
  const score = new Map<DomElement, number>();
  const articles: DomElement[] = [];
  const bodies: DomElement[] = [];
  const mains: DomElement[] = [];
  let bodyEl: DomElement | null = null;
  let firstH1: DomElement | null = null;
  let titleH1: DomElement | null = null;
  let articleDepth = 0;

  const isFurniture = (el: DomElement): boolean => {
    const a = el.attribs;
    if (DROP_TAGS.has(el.name)) return !keep.has(el) || (el.name !== "nav" && el.name !== "aside" && el.name !== "footer");
    if (el.name === "header" && !articleDepth && !keep.has(el) && (!headlineHeaders.has(el) || (a.role ?? "") === "banner")) return true;
    if ("hidden" in a || a["aria-hidden"] === "true" || (a.style && HIDDEN_STYLE.test(a.style))) return !keep.has(el);
    if (el.name === "html" || el.name === "body" || keep.has(el)) return false;
    if (DROP_ROLES.has((a.role ?? "").toLowerCase())) return true;
    const words = classWords(el);
    const size = sizes.get(el) ?? { text: 0, link: 0 };
    if (words.length && !isContentBlock(words)) {
      if (words.some((w) => DROP_CLASS_WORDS_ALWAYS.has(w))) return true;
      const heavy = size.text - size.link >= HEAVY_TEXT && size.link < size.text * HEAVY_LINK_SHARE;
      if (!heavy && (words.some((w) => DROP_CLASS_WORDS.has(w)) || pairsOf(words).some((p) => DROP_CLASS_PAIRS.has(p)))) return true;
    }
    if (LINK_RAIL_TAGS.has(el.name) && size.text >= 20 && size.link >= size.text * LINK_RAIL_SHARE) return true;
    return false;
  };

  const credit = (el: DomElement | null, n: number) => {
    if (el && el.name !== "html") score.set(el, (score.get(el) ?? 0) + n);
  };
  const parentEl = (n: DomNode): DomElement | null => {
    const p = n.parent as DomElement | null;
    return p && typeof p.name === "string" ? p : null;
  };

  walk(doc, {
    enter(el) {
      if (isFurniture(el)) {
        dropped.add(el);
        return false;
      }
      if (el.name === "body") bodyEl ??= el;
      if (el.name === "h1") {
        firstH1 ??= el;
        if (headline && !titleH1 && sameHeadline(textOf(el), headline)) titleH1 = el;
      }
      if (isArticleLike(el)) articles.push(el);
      if (isArticleBody(el)) bodies.push(el);
      if (isMain(el)) mains.push(el);
      if (isArticleLike(el) || isArticleBody(el) || isMain(el)) articleDepth++;
      if (TEXT_BLOCK_TAGS.has(el.name)) {
        const s = sizes.get(el)!;
        const n = Math.max(0, s.text - s.link);
        const p1 = parentEl(el);
        const p2 = p1 && parentEl(p1);
        credit(p1, n);
        credit(p2, n / 2);
        credit(p2 && parentEl(p2), n / 4);
      }
      return true;
    },
    leave(el) {
      if (isArticleLike(el) || isArticleBody(el) || isMain(el)) articleDepth--;
    },
    text(t) {
      // text set straight in a block, lines parted by <br> (older sites): it counts as a paragraph of that block
      const p1 = parentEl(t);
      if (p1 && !TEXT_BLOCK_TAGS.has(p1.name) && BLOCK_TAGS.has(p1.name)) {
        const n = visible(t.data);
        if (n >= LOOSE_TEXT) {
          credit(p1, n);
          credit(parentEl(p1), n / 2);
        }
      }
    },
  });

  const root = chooseRoot(score, sizes, articles, bodies, mains, bodyEl ?? doc);
  const h1 = headline ? titleH1 : firstH1;
  const roots = h1 && !isArticleLike(root as DomElement) ? withHeadline(root, h1, dropped) : [root];
  return { dropped, roots };
}

/** Text that is not white space under a node, furniture left out. */
function keptText(root: DomNode, dropped: Set<DomElement>): number {
  let n = 0;
  walk(root, { enter: (el) => !dropped.has(el) && !DROP_TAGS.has(el.name), text: (t) => void (n += visible(t.data)) });
  return n;
}

/** A body block without its headline: the blocks before it that hold the headline (and with it, the byline and
 *  date lines) are taken too, when they add little text. What follows the body (rails, comments) is not. */
function withHeadline(root: DomNode, h1: DomElement, dropped: Set<DomElement>): DomNode[] {
  const above = new Map<DomNode, DomNode>();
  for (let n: DomNode = root; n.parent; n = n.parent) above.set(n.parent, n);
  if (above.has(h1)) return [root];
  let child: DomNode = h1;
  let common: DomNode | null = h1.parent;
  while (common && !above.has(common)) {
    child = common;
    common = common.parent;
  }
  if (!common || common.type === "root" || (common as DomElement).name === "html") return [root];
  const siblings = (common as DomParent).children;
  const from = siblings.indexOf(child);
  const to = siblings.indexOf(above.get(common)!);
  if (from < 0 || to <= from) return [root];
  const before = siblings.slice(from, to);
  const added = before.reduce((n, node) => n + keptText(node, dropped), 0);
  return added <= keptText(root, dropped) * 0.5 + 300 ? [...before, root] : [root];
}

function chooseRoot(
  score: Map<DomElement, number>, sizes: Map<DomElement, Size>, articles: DomElement[], bodies: DomElement[],
  mains: DomElement[], fallback: DomNode,
): DomNode {
  let dense: DomElement | null = null;
  let best = 0;
  for (const [el, s] of score) {
    if (s > best) {
      best = s;
      dense = el;
    }
  }
  const largest = (list: DomElement[]) => {
    let pick: DomElement | null = null;
    for (const el of list) if (!pick || (sizes.get(el)?.text ?? 0) > (sizes.get(pick)?.text ?? 0)) pick = el;
    return pick;
  };
  if (dense) {
    // paragraphs split over sibling blocks: the block that holds them all
    for (let up = dense.parent as DomElement | null; up && up.name && up.name !== "body" && up.name !== "html"; up = up.parent as DomElement | null) {
      if ((score.get(up) ?? 0) >= best * 0.6) dense = up;
      else break;
    }
    let articleBody: DomElement | null = null;
    for (let n: DomNode | null = dense; n; n = n.parent) {
      const el = n as DomElement;
      if (typeof el.name !== "string") break;
      if (isArticleLike(el)) return el;
      if (isArticleBody(el) || isContentBlock(classWords(el))) articleBody = el;
    }
    return articleBody ?? dense;
  }
  return largest(articles) ?? largest(bodies) ?? largest(mains) ?? fallback;
}

const fold = (s: string) => collapse(s).toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** The same headline, give or take the site's name or a kicker around it. */
export function sameHeadline(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 12 && long.includes(short) && short.length >= long.length * 0.6;
}

/** The blocks of text of the article, furniture left out. `headline`: the page's title, to find its <h1> by. */
export function articleBlocks(doc: DomParent, headline: string | null = null): Block[] {
  const { dropped, roots } = plan(doc, headline);
  const blocks: Block[] = [];
  let parts: string[] = [];
  let pre = 0;
  const flush = (tag: string) => {
    if (!parts.length) return;
    // two line breaks in a row (<br><br>) end a paragraph; one is a line break inside it
    for (const para of parts.join("").split(BLANK_LINE)) {
      const lines = para.split("\n").map(collapse).filter(Boolean);
      if (lines.length) blocks.push({ text: lines.join("\n"), tag });
    }
    parts = [];
  };
  const open: string[] = [];
  for (const root of roots) walk(root, {
    enter(el) {
      if (dropped.has(el) || DROP_TAGS.has(el.name)) return false;
      if (el.name === "br") parts.push("\n");
      else if (BLOCK_TAGS.has(el.name)) {
        flush(open[open.length - 1] ?? "body");
        open.push(el.name);
      }
      if (el.name === "pre") pre++;
      return true;
    },
    leave(el) {
      if (BLOCK_TAGS.has(el.name)) {
        flush(el.name);
        open.pop();
      }
      if (el.name === "pre") pre--;
    },
    text(t) {
      const d = t.data;
      parts.push(pre || !d.includes("\n") ? d : d.replace(WS, " "));
    },
  });
  flush("body");
  return blocks;
}
