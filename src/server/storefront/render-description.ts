import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Merchant Markdown -> safe HTML for the storefront. Markdown may carry raw HTML, so the
 * output of marked is always sanitised with an allowlist: basic formatting, lists, quotes,
 * code, tables, and links whose scheme is http, https or mailto (javascript:, data: and
 * relative tricks are dropped). Headings are demoted below the page's own h1/h2, images and
 * iframes are removed, and every link opens with rel="nofollow ugc noopener".
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener" } }),
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href,
};

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

/** Renders Markdown to sanitised HTML, plus a plain-text version (for meta descriptions). */
export function renderDescription(markdown: string): { html: string; text: string } {
  const raw = marked.parse(markdown ?? "", { async: false, gfm: true, breaks: false });
  const html = sanitizeHtml(raw, OPTIONS).trim();
  const text = sanitizeHtml(raw, { allowedTags: [], allowedAttributes: {}, nonTextTags: ["script", "style", "textarea", "noscript", "title"] })
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, " ")
    .trim();
  return { html, text };
}

/** A plain-text excerpt of at most `max` characters, cut on a word boundary. */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
