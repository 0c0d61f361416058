import "server-only";
import { Prisma, storeDb } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { loadProductCards } from "./product-cards";
import { SEARCH_RANK_ORDER, searchRankedFrom } from "./search-ranking";
import { MAX_PAGE, MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from "./storefront.schemas";
import type { TProductList } from "./types";

export type TSearchResults = TProductList & { q: string };

type TRow = { id: string; total: bigint | number };

/**
 * Database search over a store's ACTIVE products with at least one variant (the dedicated
 * search engine comes later): full text over title, description and tags plus SKU matches,
 * ranked as search-ranking.ts describes (the API's search uses the same ranking), one page of
 * SEARCH_PAGE_SIZE cards.
 */
export async function searchProducts(storeId: string, q: string, page = 1): Promise<TSearchResults> {
  const text = q.trim().slice(0, MAX_QUERY_LENGTH);
  const currentPage = Math.min(Math.max(1, Math.trunc(page)), MAX_PAGE);
  const empty: TSearchResults = { q: text, items: [], total: 0, page: currentPage, pageCount: 1, pageSize: SEARCH_PAGE_SIZE };
  const store = await getStoreProfile(storeId);
  if (!store || text === "") return empty;

  const from = searchRankedFrom(storeId, text);
  const where = Prisma.sql`WHERE EXISTS (SELECT 1 FROM ProductVariant pv WHERE pv.storeId = ${storeId} AND pv.productId = p.id)`;
  const db = storeDb(storeId);
  const rows = await db.$queryRaw<TRow[]>`SELECT p.id, COUNT(*) OVER () AS total ${from} ${where} ${SEARCH_RANK_ORDER}
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(currentPage - 1) * SEARCH_PAGE_SIZE}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && currentPage > 1) {
    const counted = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total ${from} ${where}`;
    total = Number(counted[0]?.total ?? 0);
  }
  return {
    ...empty,
    items: await loadProductCards(storeId, store.currency, rows.map((r) => r.id)),
    total,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
  };
}
