/**
 * Structured data and crawler files for a store's pages, as plain data and text (pure
 * functions; the pages and route handlers serialise them). All URLs are absolute and on the
 * store's own host (see store-url.ts).
 */

export type TJsonLd = Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped (as are U+2028/9) so
 * that merchant text such as "</script>" can never close the element early.
 */
export function serializeJsonLd(data: TJsonLd | TJsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): TJsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: item.url })),
  };
}

export function organizationJsonLd(input: { name: string; url: string; logoUrl: string | null }): TJsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: input.name,
    url: input.url,
    ...(input.logoUrl ? { logo: input.logoUrl } : {}),
  };
}

export type TProductJsonLdInput = {
  name: string;
  description: string;
  url: string;
  imageUrls: string[];
  brand: string | null;
  currency: string;
  variants: { sku: string; title: string; price: string; available: boolean; url: string }[];
};

/**
 * Product with one Offer per variant. Prices are decimal strings in the store's currency, as
 * schema.org expects. Availability follows the read model's `available`: InStock, or
 * OutOfStock for a sold-out variant.
 */
export function productJsonLd(input: TProductJsonLdInput): TJsonLd {
  const offers = input.variants.map((v) => ({
    "@type": "Offer",
    sku: v.sku,
    name: v.title,
    price: v.price,
    priceCurrency: input.currency,
    availability: v.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    url: v.url,
  }));
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    ...(input.imageUrls.length ? { image: input.imageUrls } : {}),
    ...(input.variants[0] ? { sku: input.variants[0].sku } : {}),
    ...(input.brand ? { brand: { "@type": "Brand", name: input.brand } } : {}),
    ...(offers.length ? { offers } : {}),
  };
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A sitemaps.org urlset. */
export function sitemapXml(urls: { loc: string; lastmod?: Date }[]): string {
  const body = urls
    .map((u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Private paths crawlers are asked to leave alone. */
export const ROBOTS_DISALLOW = ["/account", "/cart", "/checkout"];

export function robotsTxt(sitemapUrl: string): string {
  return ["User-agent: *", "Allow: /", ...ROBOTS_DISALLOW.map((p) => `Disallow: ${p}`), "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
