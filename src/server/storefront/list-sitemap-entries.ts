import "server-only";
import { storeDb } from "@/server/db";

/** A sitemap can hold 50,000 URLs; the home page and categories come first. */
export const SITEMAP_MAX_URLS = 50_000;

export type TSitemapEntries = {
  categories: { handle: string; updatedAt: Date }[];
  products: { handle: string; updatedAt: Date }[];
};

/**
 * What a store's /sitemap.xml lists: its categories and its ACTIVE products with their last
 * change, nothing of any other store (both reads go through the tenant door).
 */
export async function listSitemapEntries(storeId: string): Promise<TSitemapEntries> {
  const db = storeDb(storeId);
  const categories = await db.category.findMany({
    select: { handle: true, updatedAt: true },
    orderBy: [{ position: "asc" }, { handle: "asc" }],
    take: SITEMAP_MAX_URLS - 1,
  });
  const products = await db.product.findMany({
    where: { status: "ACTIVE" },
    select: { handle: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: SITEMAP_MAX_URLS - 1 - categories.length,
  });
  return { categories, products };
}
