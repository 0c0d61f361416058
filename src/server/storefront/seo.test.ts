import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, organizationJsonLd, productJsonLd, robotsTxt, serializeJsonLd, sitemapXml } from "./seo";

describe("JSON-LD", () => {
  it("escapes < so merchant text cannot close the script element", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });

  it("describes a product with one offer per variant and decimal prices", () => {
    const data = productJsonLd({
      name: "Teapot",
      description: "Clay",
      url: "http://demo.localhost:3000/products/teapot",
      imageUrls: ["http://demo.localhost:3000/media/m1/1024"],
      brand: "Kandy Clay",
      currency: "LKR",
      variants: [
        { sku: "TP-S", title: "Small", price: "1250.00", available: true, url: "http://demo.localhost:3000/products/teapot?variant=v1" },
        { sku: "TP-L", title: "Large", price: "1900.50", available: true, url: "http://demo.localhost:3000/products/teapot?variant=v2" },
      ],
    });
    expect(data["@type"]).toBe("Product");
    expect(data.brand).toEqual({ "@type": "Brand", name: "Kandy Clay" });
    expect(data.offers).toEqual([
      expect.objectContaining({ "@type": "Offer", price: "1250.00", priceCurrency: "LKR", availability: "https://schema.org/InStock", sku: "TP-S" }),
      expect.objectContaining({ price: "1900.50" }),
    ]);
  });

  it("numbers breadcrumbs from 1 and omits a missing logo", () => {
    expect(breadcrumbJsonLd([{ name: "Home", url: "u1" }, { name: "Tea", url: "u2" }]).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "u1" },
      { "@type": "ListItem", position: 2, name: "Tea", item: "u2" },
    ]);
    expect(organizationJsonLd({ name: "S", url: "u", logoUrl: null })).not.toHaveProperty("logo");
  });
});

describe("crawler files", () => {
  it("escapes URLs in the sitemap and writes lastmod as ISO dates", () => {
    const xml = sitemapXml([{ loc: "http://s.localhost/products/a?x=1&y=2" }, { loc: "http://s.localhost/", lastmod: new Date("2026-11-20T10:00:00Z") }]);
    expect(xml).toContain("<loc>http://s.localhost/products/a?x=1&amp;y=2</loc>");
    expect(xml).toContain("<lastmod>2026-11-20T10:00:00.000Z</lastmod>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("allows everything but private paths and names the sitemap", () => {
    const text = robotsTxt("http://s.localhost/sitemap.xml");
    expect(text).toContain("User-agent: *\nAllow: /\nDisallow: /account\nDisallow: /cart\nDisallow: /checkout");
    expect(text).toContain("Sitemap: http://s.localhost/sitemap.xml");
  });
});
