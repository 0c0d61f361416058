import "server-only";
import { Prisma, storeDb } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { apiImage } from "./api-images";
import type { TApiProductList, TApiProductsQuery } from "./api-schemas";
import { descendantIds, loadCategoryTree } from "./category-tree";
import { loadProductCards } from "./product-cards";
import { SEARCH_RANK_ORDER, searchRankedFrom } from "./search-ranking";

function orderBy(storeId: string, sort: TApiProductsQuery["sort"], searching: boolean): Prisma.Sql {
  const effective = sort ?? (searching ? "relevance" : "newest");
  if (effective === "relevance" && searching) return SEARCH_RANK_ORDER;
  if (effective === "price-asc" || effective === "price-desc") {
    const minPrice = Prisma.sql`(SELECT MIN(v2.priceMinor) FROM ProductVariant v2 WHERE v2.storeId = ${storeId} AND v2.productId = p.id)`;
    return effective === "price-asc"
      ? Prisma.sql`ORDER BY ${minPrice} ASC, p.title ASC, p.id ASC`
      : Prisma.sql`ORDER BY ${minPrice} DESC, p.title ASC, p.id ASC`;
  }
  return Prisma.sql`ORDER BY COALESCE(p.publishedAt, p.createdAt) DESC, p.id DESC`;
}

/**
 * One page of the store's ACTIVE products (with at least one variant) for the headless API:
 * optionally searched (`q`, ranked like the search page: search-ranking.ts), limited to a
 * category and its subcategories, sorted by relevance, newest or price. Null when `category`
 * names no category of this store. Image URLs are absolute on the store's own host.
 */
export async function listApiProducts(storeId: string, query: TApiProductsQuery): Promise<TApiProductList | null> {
  const store = await getStoreProfile(storeId);
  if (!store) return null;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`p.storeId = ${storeId}`,
    Prisma.sql`p.status = 'ACTIVE'`,
    Prisma.sql`EXISTS (SELECT 1 FROM ProductVariant pv WHERE pv.storeId = ${storeId} AND pv.productId = p.id)`,
  ];
  if (query.category) {
    const tree = await loadCategoryTree(storeId);
    const category = tree.find((c) => c.handle.toLowerCase() === query.category);
    if (!category) return null;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM ProductCategory pc WHERE pc.storeId = ${storeId} AND pc.productId = p.id
      AND pc.categoryId IN (${Prisma.join(descendantIds(tree, category.id))}))`);
  }
  const text = query.q?.trim() ?? "";
  const from = text ? searchRankedFrom(storeId, text) : Prisma.sql`FROM Product p`;
  const where = Prisma.join(conditions, " AND ");
  const db = storeDb(storeId);
  const rows = await db.$queryRaw<{ id: string; total: bigint | number }[]>`SELECT p.id, COUNT(*) OVER () AS total ${from}
    WHERE ${where} ${orderBy(storeId, query.sort, text !== "")}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && query.page > 1) {
    const counted = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total ${from} WHERE ${where}`;
    total = Number(counted[0]?.total ?? 0);
  }
  const cards = await loadProductCards(storeId, store.currency, rows.map((r) => r.id));
  return {
    items: cards.map((c) => ({
      id: c.id,
      handle: c.handle,
      title: c.title,
      price: c.price,
      compareAtPrice: c.compareAtPrice,
      currency: c.currency,
      image: c.image ? apiImage(store.slug, c.image) : null,
      available: c.available,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
