import "server-only";
import { Prisma, storeDb } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { loadProductCards } from "./product-cards";
import { booleanQuery, escapeLike, searchWords } from "./search-terms";
import { MAX_PAGE, MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from "./storefront.schemas";
import type { TProductList } from "./types";

export type TSearchResults = TProductList & { q: string };

type TRow = { id: string; total: bigint | number };

/**
 * Database search over a store's ACTIVE products (the dedicated search engine comes later):
 * MATCH ... AGAINST in boolean mode over title, description and tags (every word required, as
 * a prefix), plus SKU matches. Ranked in tiers, then by full-text relevance:
 *   3. a variant's SKU equals the query;
 *   2. every word appears in the title;
 *   1. the words appear in the description or tags, or a SKU starts with the query.
 * Raw SQL is not seen by the tenant door, so every table in it is filtered by storeId here.
 */
export async function searchProducts(storeId: string, q: string, page = 1): Promise<TSearchResults> {
  const text = q.trim().slice(0, MAX_QUERY_LENGTH);
  const currentPage = Math.min(Math.max(1, Math.trunc(page)), MAX_PAGE);
  const empty: TSearchResults = { q: text, items: [], total: 0, page: currentPage, pageCount: 1, pageSize: SEARCH_PAGE_SIZE };
  const store = await getStoreProfile(storeId);
  if (!store || text === "") return empty;

  const words = searchWords(text);
  const fullText = booleanQuery(words);
  const titleWords = words.filter((w) => w.length >= 2);
  const branches: Prisma.Sql[] = [];
  if (fullText) {
    const inTitle = titleWords.length
      ? Prisma.join(titleWords.map((w) => Prisma.sql`p.title LIKE ${`%${escapeLike(w)}%`}`), " AND ")
      : Prisma.sql`FALSE`;
    branches.push(Prisma.sql`
      SELECT p.id, p.title,
        MATCH(p.title, p.description, p.tags) AGAINST (${fullText} IN BOOLEAN MODE) AS relevance,
        CASE WHEN ${inTitle} THEN 2 ELSE 1 END AS tier
      FROM Product p
      WHERE p.storeId = ${storeId} AND p.status = 'ACTIVE'
        AND MATCH(p.title, p.description, p.tags) AGAINST (${fullText} IN BOOLEAN MODE)`);
  }
  // SKU: exact match always; a prefix only from 3 characters (shorter would match half the store).
  const skuMatch = text.length >= 3 ? Prisma.sql`v.sku LIKE ${`${escapeLike(text)}%`}` : Prisma.sql`v.sku = ${text}`;
  branches.push(Prisma.sql`
    SELECT p.id, p.title, 0 AS relevance, CASE WHEN v.sku = ${text} THEN 3 ELSE 1 END AS tier
    FROM ProductVariant v JOIN Product p ON p.id = v.productId AND p.storeId = ${storeId}
    WHERE v.storeId = ${storeId} AND p.status = 'ACTIVE' AND ${skuMatch}`);

  const matches = Prisma.sql`SELECT m.id, MAX(m.tier) AS tier, MAX(m.relevance) AS relevance, MAX(m.title) AS title
    FROM (${Prisma.join(branches, " UNION ALL ")}) m
    WHERE EXISTS (SELECT 1 FROM ProductVariant pv WHERE pv.storeId = ${storeId} AND pv.productId = m.id)
    GROUP BY m.id`;
  const db = storeDb(storeId);
  const rows = await db.$queryRaw<TRow[]>`SELECT r.id, COUNT(*) OVER () AS total FROM (${matches}) r
    ORDER BY r.tier DESC, r.relevance DESC, r.title ASC, r.id ASC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(currentPage - 1) * SEARCH_PAGE_SIZE}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && currentPage > 1) {
    const counted = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM (${matches}) r`;
    total = Number(counted[0]?.total ?? 0);
  }
  return {
    ...empty,
    items: await loadProductCards(storeId, store.currency, rows.map((r) => r.id)),
    total,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
  };
}
