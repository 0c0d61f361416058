import "server-only";
import { Prisma, storeDb } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { apiImage } from "./api-images";
import type { TApiProductList, TApiProductsQuery } from "./api-schemas";
import { descendantIds, loadCategoryTree } from "./category-tree";
import { loadProductCards } from "./product-cards";
import { booleanQuery, escapeLike, searchWords } from "./search-terms";

/**
 * The products matching the search text, with a rank: tier 3 a variant's SKU equals the text,
 * 2 every word is in the title, 1 the words are in the description or tags (full text) or a
 * SKU starts with the text; then full-text relevance. The same ranking as the search page
 * (searchProducts), here as a subquery so the API can combine it with a category, another
 * sort and its own page size. Raw SQL: every table is filtered by storeId.
 */
function searchMatches(storeId: string, text: string): Prisma.Sql {
  const words = searchWords(text);
  const fullText = booleanQuery(words);
  const titleWords = words.filter((w) => w.length >= 2);
  const branches: Prisma.Sql[] = [];
  if (fullText) {
    const inTitle = titleWords.length
      ? Prisma.join(titleWords.map((w) => Prisma.sql`p.title LIKE ${`%${escapeLike(w)}%`}`), " AND ")
      : Prisma.sql`FALSE`;
    branches.push(Prisma.sql`
      SELECT p.id, MATCH(p.title, p.description, p.tags) AGAINST (${fullText} IN BOOLEAN MODE) AS relevance,
        CASE WHEN ${inTitle} THEN 2 ELSE 1 END AS tier
      FROM Product p
      WHERE p.storeId = ${storeId} AND MATCH(p.title, p.description, p.tags) AGAINST (${fullText} IN BOOLEAN MODE)`);
  }
  const skuMatch = text.length >= 3 ? Prisma.sql`v.sku LIKE ${`${escapeLike(text)}%`}` : Prisma.sql`v.sku = ${text}`;
  branches.push(Prisma.sql`
    SELECT v.productId AS id, 0 AS relevance, CASE WHEN v.sku = ${text} THEN 3 ELSE 1 END AS tier
    FROM ProductVariant v WHERE v.storeId = ${storeId} AND ${skuMatch}`);
  return Prisma.sql`SELECT m.id, MAX(m.tier) AS tier, MAX(m.relevance) AS relevance
    FROM (${Prisma.join(branches, " UNION ALL ")}) m GROUP BY m.id`;
}

function orderBy(storeId: string, sort: TApiProductsQuery["sort"], searching: boolean): Prisma.Sql {
  const effective = sort ?? (searching ? "relevance" : "newest");
  if (effective === "relevance" && searching) return Prisma.sql`ORDER BY r.tier DESC, r.relevance DESC, p.title ASC, p.id ASC`;
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
 * optionally searched (`q`, ranked like the search page), limited to a category and its
 * subcategories, sorted by relevance, newest or price. Null when `category` names no
 * category of this store. Image URLs are absolute on the store's own host.
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
  const from = text
    ? Prisma.sql`FROM (${searchMatches(storeId, text)}) r JOIN Product p ON p.id = r.id AND p.storeId = ${storeId}`
    : Prisma.sql`FROM Product p`;
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
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
