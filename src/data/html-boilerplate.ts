// Page furniture that is not the article: tags, ARIA roles and class/id words that mark navigation,
// cookie banners, share widgets, newsletter boxes, related-article rails, comments and adverts; and the
// tags that make blocks of text. Source: the HTML Living Standard (content models, ARIA landmark roles)
// and the class names common WordPress, AMP and news-site themes give these parts (written by hand).

/** Never text: dropped with everything inside. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
  "map", "button", "select", "option", "textarea", "input", "label", "dialog", "nav", "aside", "footer", "menu",
  "amp-ad", "amp-analytics", "amp-sidebar", "amp-consent", "amp-user-notification", "amp-social-share",
  "amp-iframe", "amp-video", "amp-lightbox", "amp-geo", "amp-state", "amp-list", "amp-carousel", "link", "meta",
  "head", "title",
]);

/** ARIA landmark and widget roles that are page furniture. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar",
  "toolbar", "tablist", "button",
]);

/** One word of a class or id (split at spaces, hyphens, underscores and camel humps; lower case) that marks
 *  furniture whatever it holds. */
export const DROP_CLASS_WORDS_ALWAYS: ReadonlySet<string> = new Set([
  "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "didomi", "cookiebar",
  "newsletter", "newsletters", "subscribe", "signup", "optin",
  "comment", "comments", "disqus", "respond", "modal", "popup",
  "breadcrumb", "breadcrumbs", "crumbs", "outbrain", "taboola",
  // the byline and date line: page metadata (read from the page as authors and publishedAt), not article text
  "byline", "bylines",
]);

/** One word of a class or id that marks furniture, unless the element holds much unlinked text (a page may put
 *  its whole content in a "with-sidebar" or "has-share" wrapper). */
export const DROP_CLASS_WORDS: ReadonlySet<string> = new Set([
  "share", "sharing", "sharebar", "social", "sociallinks", "subscription",
  "related", "recommended", "recommendations", "popular", "trending", "mostread", "mostpopular",
  "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "sponsored", "promo", "promotion",
  "sidebar", "widget", "widgets", "navbar", "menu", "masthead", "topbar", "footer", "pagination", "pager",
  "tags", "tagcloud", "printonly", "screenreader", "sronly", "visuallyhidden", "offscreen",
]);

/** Two-word runs of a class or id that mark furniture where each word alone does not ("most-read", "read-more"). */
export const DROP_CLASS_PAIRS: ReadonlySet<string> = new Set([
  "most read", "most viewed", "most popular", "read more", "more stories", "you may", "also read", "read also",
  "see also", "site header", "site footer", "entry footer", "post navigation", "nav links", "author bio",
  "about author", "skip link", "sr only", "screen reader", "visually hidden", "print only", "social links",
  "follow us", "share buttons", "jump to", "table of contents", "entry meta", "post meta", "article meta", "posted on",
]);

/** Elements that hold the article: its whole container (headline, byline and body). */
export const ARTICLE_TYPES = /(?:^|[/#\s])(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|TechArticle|Report)\b/;

/** Class or id words of a block that holds the article's text when the page has no article element. */
export const CONTENT_CLASS_PAIRS: ReadonlySet<string> = new Set([
  "entry content", "post content", "article body", "article content", "story body", "story content", "post body",
  "article text", "td post content", "body text", "news content", "page content", "main content", "rich text",
]);

/** Elements that begin and end a block of text: a paragraph boundary before and after. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul",
]);

/** Blocks whose text counts towards the text density of the element that holds them. */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set(["p", "pre", "blockquote"]);
