import "server-only";
import { Prisma } from "@/server/db";
import { booleanQuery, escapeLike, searchWords } from "./search-terms";

/**
 * The one relevance ranking of storefront search, shared by the search page (searchProducts)
 * and the headless API (listApiProducts), so both order the same text the same way.
 *
 * A product of the store that is ACTIVE matches when MATCH ... AGAINST in boolean mode finds
 * every word (as a prefix) in its title, description or tags, or when one of its SKUs equals
 * the text (or, from 3 characters on, starts with it). Its rank, in tiers, then by full-text
 * relevance:
 *   3. a variant's SKU equals the text;
 *   2. every word (of 2+ characters) appears in the title;
 *   1. the words appear in the description or tags, or a SKU starts with the text.
 * Raw SQL is not seen by the tenant door, so every table in it is filtered by storeId here.
 */

/**
 * `FROM (matches) r JOIN Product p`: the ranked matches of `text` as `r` (id, tier, relevance),
 * one row per product, joined to the product as `p`. The caller adds its own WHERE on `p` and
 * orders by SEARCH_RANK_ORDER (or another order).
 */
export function searchRankedFrom(storeId: string, text: string): Prisma.Sql {
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
      WHERE p.storeId = ${storeId} AND p.status = 'ACTIVE'
        AND MATCH(p.title, p.description, p.tags) AGAINST (${fullText} IN BOOLEAN MODE)`);
  }
  // SKU: exact match always; a prefix only from 3 characters (shorter would match half the store).
  const skuMatch = text.length >= 3 ? Prisma.sql`v.sku LIKE ${`${escapeLike(text)}%`}` : Prisma.sql`v.sku = ${text}`;
  branches.push(Prisma.sql`
    SELECT p.id, 0 AS relevance, CASE WHEN v.sku = ${text} THEN 3 ELSE 1 END AS tier
    FROM ProductVariant v JOIN Product p ON p.id = v.productId AND p.storeId = ${storeId}
    WHERE v.storeId = ${storeId} AND p.status = 'ACTIVE' AND ${skuMatch}`);
  return Prisma.sql`FROM (SELECT m.id, MAX(m.tier) AS tier, MAX(m.relevance) AS relevance
      FROM (${Prisma.join(branches, " UNION ALL ")}) m GROUP BY m.id) r
    JOIN Product p ON p.id = r.id AND p.storeId = ${storeId}`;
}

/** Best first: tier, then full-text relevance, then title and id (a stable order for paging). */
export const SEARCH_RANK_ORDER = Prisma.sql`ORDER BY r.tier DESC, r.relevance DESC, p.title ASC, p.id ASC`;
