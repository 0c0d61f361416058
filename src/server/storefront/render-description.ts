import sanitizeHtml from "sanitize-html";
import { renderMarkdown } from "@/server/catalog";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

/**
 * A description for the storefront: the catalog's sanitised HTML (the one Markdown policy,
 * renderMarkdown in @/server/catalog) plus a plain-text version for meta descriptions.
 */
export function renderDescription(markdown: string): { html: string; text: string } {
  const html = renderMarkdown(markdown ?? "");
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
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
