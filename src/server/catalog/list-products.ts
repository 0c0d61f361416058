import { escapeLike } from "@/lib/like";
import { Prisma, storeDb } from "@/server/db";
import { minorToDecimal } from "@/lib/money";
import { ZProductListQuery, type PRODUCT_STATUSES, type PRODUCT_TYPES } from "./catalog.schemas";
import { storeCurrency } from "./catalog-tx";
import { splitTags } from "./product-view";

export type TProductListItem = {
  id: string;
  handle: string;
  title: string;
  type: (typeof PRODUCT_TYPES)[number];
  status: (typeof PRODUCT_STATUSES)[number];
  vendor: string | null;
  tags: string[];
  /** Lowest and highest variant price, decimal strings in `currency`. */
  priceMin: string;
  priceMax: string;
  currency: string;
  variantCount: number;
  createdAt: Date;
  updatedAt: Date;
};

export type TProductPage = { items: TProductListItem[]; page: number; pageSize: number; pageCount: number; total: number };

/** InnoDB's default full-text stopwords: a required (+) stopword would match nothing. */
const STOPWORDS = new Set("a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www".split(" "));
/** innodb_ft_min_token_size: shorter words are not in the index. */
const MIN_TERM = 3;

/** The words of a query that the full-text index can match, lower-cased (at most 8). */
export function searchTerms(q: string): string[] {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u);
  return [...new Set(words.filter((w) => w.length >= MIN_TERM && !STOPWORDS.has(w)))].slice(0, 8);
}

/** A boolean-mode query requiring every term as a prefix: "blue tea" -> "+blue* +tea*". */
export const booleanQuery = (terms: string[]) => terms.map((t) => `+${t}*`).join(" ");

const SKU_QUERY = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One page of the store's products for the admin list. `q` searches title, description and
 * tags with MariaDB full-text search (boolean mode, every word as a prefix) and SKUs (exact or
 * prefix); with `q` the default order is relevance: an exact SKU, then products whose title
 * contains the words, then full-text score. Filters: status, type, category (direct
 * membership). Sorts: newest (default without q), title, price / price_desc (lowest variant
 * price). Stock filters come with inventory. Raw SQL names storeId in every table it reads.
 */
export async function listProducts(storeId: string, query: unknown): Promise<TProductPage> {
  const { q, status, type, categoryId, sort, page, pageSize } = ZProductListQuery.parse(query);
  const db = storeDb(storeId);

  const where: Prisma.Sql[] = [Prisma.sql`p.storeId = ${storeId}`];
  if (status) where.push(Prisma.sql`p.status = ${status}`);
  if (type) where.push(Prisma.sql`p.type = ${type}`);
  if (categoryId) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM ProductCategory pc WHERE pc.storeId = ${storeId} AND pc.categoryId = ${categoryId} AND pc.productId = p.id)`);
  }

  let from = Prisma.sql`Product p`;
  let relevance: Prisma.Sql | null = null;
  if (q) {
    const terms = searchTerms(q);
    const sources: Prisma.Sql[] = [];
    if (terms.length) {
      const bq = booleanQuery(terms);
      sources.push(Prisma.sql`SELECT id AS productId, MATCH(title, description, tags) AGAINST (${bq} IN BOOLEAN MODE) AS score, 0 AS skuRank
        FROM Product WHERE storeId = ${storeId} AND MATCH(title, description, tags) AGAINST (${bq} IN BOOLEAN MODE)`);
    }
    if (SKU_QUERY.test(q)) {
      sources.push(Prisma.sql`SELECT productId, 0 AS score, IF(sku = ${q}, 2, 1) AS skuRank
        FROM ProductVariant WHERE storeId = ${storeId} AND sku LIKE ${`${escapeLike(q)}%`}`);
    }
    if (!sources.length) return { items: [], page, pageSize, pageCount: 1, total: 0 };
    from = Prisma.sql`(SELECT productId, MAX(score) AS score, MAX(skuRank) AS skuRank FROM (${Prisma.join(sources, " UNION ALL ")}) u GROUP BY productId) m
      JOIN Product p ON p.id = m.productId AND p.storeId = ${storeId}`;
    const titleHits = terms.length ? Prisma.join(terms.map((t) => Prisma.sql`(p.title LIKE ${`%${escapeLike(t)}%`})`), " + ") : Prisma.sql`0`;
    relevance = Prisma.sql`m.skuRank DESC, (${titleHits}) DESC, m.score DESC, p.createdAt DESC, p.id DESC`;
  }

  const minPrice = Prisma.sql`(SELECT MIN(v.priceMinor) FROM ProductVariant v WHERE v.storeId = ${storeId} AND v.productId = p.id)`;
  const order = {
    relevance: relevance ?? Prisma.sql`p.createdAt DESC, p.id DESC`,
    newest: Prisma.sql`p.createdAt DESC, p.id DESC`,
    title: Prisma.sql`p.title ASC, p.id ASC`,
    price: Prisma.sql`${minPrice} ASC, p.id ASC`,
    price_desc: Prisma.sql`${minPrice} DESC, p.id ASC`,
  }[sort ?? (q ? "relevance" : "newest")];

  const filter = Prisma.join(where, " AND ");
  const [countRows, idRows, currency] = await Promise.all([
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM ${from} WHERE ${filter}`,
    db.$queryRaw<{ id: string }[]>`SELECT p.id FROM ${from} WHERE ${filter} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    storeCurrency(storeId),
  ]);
  const total = Number(countRows[0]?.n ?? 0);
  const ids = idRows.map((r) => r.id);
  const rows = ids.length
    ? await db.product.findMany({ where: { storeId, id: { in: ids } }, include: { variants: { select: { priceMinor: true } } } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const prices = p.variants.map((v) => v.priceMinor).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return [{
      id: p.id,
      handle: p.handle,
      title: p.title,
      type: p.type,
      status: p.status,
      vendor: p.vendor,
      tags: splitTags(p.tags),
      priceMin: minorToDecimal(prices[0] ?? 0n, currency),
      priceMax: minorToDecimal(prices[prices.length - 1] ?? 0n, currency),
      currency,
      variantCount: p.variants.length,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    }];
  });
  return { items, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), total };
}
