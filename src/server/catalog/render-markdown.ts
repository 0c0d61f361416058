import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown (product and category descriptions, written by merchants) to HTML that is safe to
 * put in a storefront page. The Markdown may contain raw HTML, so the sanitiser, not the
 * Markdown parser, is the security boundary: it keeps basic formatting, lists, quotes, code,
 * tables and links, and drops everything else (images, scripts, styles, iframes, forms,
 * attributes such as event handlers, classes and inline styles).
 *
 * Links keep only http, https and mailto URLs, or paths on the store's own host ("/about";
 * never "//host"), and always carry rel="nofollow noopener". Headings are h2-h4 (the page's
 * own title is its h1): h1 becomes h2, h5 and h6 become h4.
 */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const LINK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "strong", "b", "em", "i", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The text inside these is not content either: drop it with the tag.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "title", "select", "frameset", "noframes", "xmp"],
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const href = (attribs.href ?? "").trim();
      const kept: Record<string, string> = {};
      if (LINK.test(href)) kept.href = href;
      if (attribs.title) kept.title = attribs.title;
      kept.rel = "nofollow noopener";
      return { tagName, attribs: kept };
    },
  },
};

/** Sanitised HTML of merchant-written Markdown; an empty string for empty input. */
export function renderMarkdown(md: string): string {
  if (!md.trim()) return "";
  const html = markdown.parse(md) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}
