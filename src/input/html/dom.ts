// The parsed page as plain nodes (the shape htmlparser2/domhandler builds, which cheerio uses), and walks over
// it that never recurse: a page nested 10,000 levels deep must not overflow the stack.
import { createRequire } from "node:module";

type Cheerio = typeof import("cheerio");
let cheerio: Cheerio | null = null;
/** cheerio, loaded on first use: plain-text articles never need it (~0.15 s at start-up). */
const loadCheerio = (): Cheerio => (cheerio ??= createRequire(import.meta.url)("cheerio") as Cheerio);

export interface DomNode {
  type: string;
  parent: DomNode | null;
}
export interface DomParent extends DomNode {
  children: DomNode[];
}
export interface DomElement extends DomParent {
  name: string;
  attribs: Record<string, string>;
}
export interface DomText extends DomNode {
  data: string;
}

export const isElement = (n: DomNode): n is DomElement => n.type === "tag" || n.type === "script" || n.type === "style";
export const isText = (n: DomNode): n is DomText => n.type === "text" || n.type === "cdata";
const hasChildren = (n: DomNode): n is DomParent => Array.isArray((n as DomParent).children);

/** Parses HTML with htmlparser2 (fast, lenient, entities decoded, tag and attribute names in lower case). */
export function parseHtml(html: string): DomParent {
  const $ = loadCheerio().load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return $.root()[0] as unknown as DomParent;
}

export interface Visitor {
  /** an element on the way down; false skips what is inside it (and its leave) */
  enter?(el: DomElement): boolean | void;
  leave?(el: DomElement): void;
  text?(node: DomText): void;
}

/** Visits the nodes under `root` in document order, without recursion. */
export function walk(root: DomNode, visitor: Visitor): void {
  const enter = visitor.enter;
  const leave = visitor.leave;
  const text = visitor.text;
  const nodes: DomNode[] = [];
  const index: number[] = [];
  let node: DomNode | undefined = root;
  for (;;) {
    if (node !== undefined) {
      const type = node.type;
      if (type === "tag" || type === "script" || type === "style") {
        if (!enter || enter(node as DomElement) !== false) {
          nodes.push(node);
          index.push(0);
        }
      } else if (type === "text" || type === "cdata") {
        if (text) text(node as DomText);
      } else if (type !== "comment" && hasChildren(node)) {
        nodes.push(node);
        index.push(0);
      }
    }
    const top = nodes.length - 1;
    if (top < 0) return;
    const parent = nodes[top] as DomParent;
    const i = index[top]!;
    if (i < parent.children.length) {
      index[top] = i + 1;
      node = parent.children[i];
    } else {
      nodes.pop();
      index.pop();
      node = undefined;
      if (leave && isElement(parent)) leave(parent);
    }
  }
}

/** The text inside a node, script and style left out, white space collapsed. */
export function textOf(node: DomNode): string {
  const parts: string[] = [];
  walk(node, {
    enter: (el) => el.name !== "script" && el.name !== "style" && el.name !== "template",
    text: (t) => void parts.push(t.data),
  });
  return collapse(parts.join(""));
}

/** White space runs (any kind, no-break spaces included) to one space; invisible characters dropped. */
export function collapse(s: string): string {
  return s.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The words of an element's class and id, lower case, split at spaces, hyphens, underscores and camel humps. */
export function classWords(el: DomElement): string[] {
  const raw = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  if (raw.length < 2) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s\-_:.]+/)
    .filter(Boolean);
}
