import "server-only";
import { cache } from "react";
import { Prisma, storeDb } from "@/server/db";
import { productAvailableSql } from "@/server/inventory";
import { getStoreProfile } from "@/server/stores";
import { minorToDecimal, parseMoney } from "@/lib/money";
import { ancestorsOf, childrenOf, descendantIds, loadCategoryImages, loadCategoryTree } from "./category-tree";
import { loadProductCards } from "./product-cards";
import { renderDescription } from "./render-description";
import { CATEGORY_PAGE_SIZE, MAX_PAGE, ZProductOptions, type TCategoryQuery, type TCategorySort, type TProductOption } from "./storefront.schemas";
import type { TCategoryLink, TMediaRef, TProductList } from "./types";

export type TCategoryPage = TProductList & {
  category: TCategoryLink & { descriptionHtml: string; descriptionText: string | null; image: TMediaRef | null; updatedAt: Date };
  /** Root first, ending with this category. */
  breadcrumbs: TCategoryLink[];
  subcategories: TCategoryLink[];
  sort: TCategorySort;
  /** Option names and values offered by this category's active products (filter choices). */
  facets: TProductOption[];
  /** The filters as applied (prices normalised to the currency's precision). */
  filters: { minPrice: string | null; maxPrice: string | null; options: Record<string, string[]>; inStock: boolean };
  /** Filter inputs that were ignored, with the reason, for field-level messages. */
  errors: { minPrice?: string; maxPrice?: string };
  currency: string;
};

type TVariantFilter = { minMinor: bigint | null; maxMinor: bigint | null; options: Record<string, string[]> };

const OPTION_COLUMNS = [Prisma.raw("v.option1"), Prisma.raw("v.option2"), Prisma.raw("v.option3")];

/**
 * "Some variant of p matches": within the price range and, for every filtered option, one of
 * the chosen values. The option's position (option1..3) is the position of its name in the
 * product's own options list, so products ordering their options differently still match.
 */
function variantMatches(storeId: string, f: TVariantFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (f.minMinor !== null) conditions.push(Prisma.sql`AND v.priceMinor >= ${f.minMinor}`);
  if (f.maxMinor !== null) conditions.push(Prisma.sql`AND v.priceMinor <= ${f.maxMinor}`);
  for (const [name, values] of Object.entries(f.options)) {
    if (values.length === 0) continue;
    const alternatives = OPTION_COLUMNS.map(
      (column, i) => Prisma.sql`(JSON_VALUE(p.options, ${`$[${i}].name`}) = ${name} AND ${column} IN (${Prisma.join(values)}))`,
    );
    conditions.push(Prisma.sql`AND (${Prisma.join(alternatives, " OR ")})`);
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM ProductVariant v WHERE v.storeId = ${storeId} AND v.productId = p.id ${conditions.length ? Prisma.join(conditions, " ") : Prisma.empty})`;
}

function inCategories(storeId: string, categoryIds: string[]): Prisma.Sql {
  return Prisma.sql`p.storeId = ${storeId} AND p.status = 'ACTIVE'
    AND EXISTS (SELECT 1 FROM ProductCategory pc WHERE pc.storeId = ${storeId} AND pc.productId = p.id AND pc.categoryId IN (${Prisma.join(categoryIds)}))`;
}

function orderBy(storeId: string, sort: TCategorySort): Prisma.Sql {
  if (sort === "newest") return Prisma.sql`ORDER BY COALESCE(p.publishedAt, p.createdAt) DESC, p.id DESC`;
  const minPrice = Prisma.sql`(SELECT MIN(v2.priceMinor) FROM ProductVariant v2 WHERE v2.storeId = ${storeId} AND v2.productId = p.id)`;
  return sort === "price-asc" ? Prisma.sql`ORDER BY ${minPrice} ASC, p.title ASC, p.id ASC` : Prisma.sql`ORDER BY ${minPrice} DESC, p.title ASC, p.id ASC`;
}

function mergeFacets(optionLists: unknown[]): TProductOption[] {
  const merged = new Map<string, string[]>();
  for (const raw of optionLists) {
    const options = ZProductOptions.parse(typeof raw === "string" ? safeJson(raw) : raw);
    for (const option of options) {
      const values = merged.get(option.name) ?? merged.set(option.name, []).get(option.name)!;
      for (const value of option.values) if (!values.includes(value)) values.push(value);
    }
  }
  return [...merged].map(([name, values]) => ({ name, values }));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}

function parsePrice(text: string | undefined, currency: string): { minor: bigint | null; error?: string } {
  if (text === undefined || text === "") return { minor: null };
  const minor = parseMoney(text, currency);
  return minor === null ? { minor: null, error: "Enter an amount such as 1250 or 1250.50" } : { minor };
}

export type TCategorySummary = Pick<TCategoryPage, "category" | "breadcrumbs">;

/**
 * A category's name, description, image and breadcrumbs without its products (page metadata).
 * Null when the category does not exist in this store. Deduplicated per request (metadata and page).
 */
export const getCategorySummary = cache(async (storeId: string, handle: string): Promise<TCategorySummary | null> => {
  const tree = await loadCategoryTree(storeId);
  const wanted = handle.toLowerCase();
  const category = tree.find((c) => c.handle.toLowerCase() === wanted);
  if (!category) return null;
  const description = category.description ? renderDescription(category.description) : null;
  const images = await loadCategoryImages(storeId, [category]);
  return {
    category: {
      id: category.id,
      handle: category.handle,
      name: category.name,
      descriptionHtml: description?.html ?? "",
      descriptionText: description?.text || null,
      image: images.get(category.id) ?? null,
      updatedAt: category.updatedAt,
    },
    breadcrumbs: ancestorsOf(tree, category.id),
  };
});

/**
 * One page (24 products) of an ACTIVE-only category listing, including the products of its
 * subcategories: sorted by newest or price, filtered by a price range (decimal strings in the
 * store's currency; a variant's price must fall inside) and option values (one variant must
 * carry all chosen options) and availability (`inStock`: only products that can be bought now,
 * inventory's rule). Cards say whether each product is available. Null when the category does
 * not exist in this store.
 */
export async function getCategoryPage(storeId: string, handle: string, query: TCategoryQuery = {}): Promise<TCategoryPage | null> {
  const store = await getStoreProfile(storeId);
  if (!store) return null;
  const summary = await getCategorySummary(storeId, handle);
  if (!summary) return null;
  const { category } = summary;
  const tree = await loadCategoryTree(storeId);

  const page = Math.min(Math.max(1, Math.trunc(query.page ?? 1)), MAX_PAGE);
  const sort = query.sort ?? "newest";
  const min = parsePrice(query.minPrice, store.currency);
  const max = parsePrice(query.maxPrice, store.currency);
  const errors: TCategoryPage["errors"] = {};
  if (min.error) errors.minPrice = min.error;
  if (max.error) errors.maxPrice = max.error;
  if (min.minor !== null && max.minor !== null && max.minor < min.minor) {
    errors.maxPrice = "Must not be below the minimum price";
    max.minor = null;
  }
  const options = Object.fromEntries(Object.entries(query.options ?? {}).filter(([, values]) => values.length > 0));
  const filter: TVariantFilter = { minMinor: min.minor, maxMinor: max.minor, options };

  const db = storeDb(storeId);
  const ids = descendantIds(tree, category.id);
  const inStock = query.inStock === true;
  const where = Prisma.sql`${inCategories(storeId, ids)} AND ${variantMatches(storeId, filter)}${inStock ? Prisma.sql` AND ${productAvailableSql(storeId)}` : Prisma.empty}`;
  const [rows, counted, optionRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT p.id FROM Product p WHERE ${where} ${orderBy(storeId, sort)}
      LIMIT ${CATEGORY_PAGE_SIZE} OFFSET ${(page - 1) * CATEGORY_PAGE_SIZE}`,
    db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM Product p WHERE ${where}`,
    db.$queryRaw<{ options: unknown }[]>`SELECT DISTINCT p.options AS options FROM Product p WHERE ${inCategories(storeId, ids)} LIMIT 500`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return {
    ...summary,
    subcategories: childrenOf(tree, category.id),
    items: await loadProductCards(storeId, store.currency, rows.map((r) => r.id)),
    total,
    page,
    pageSize: CATEGORY_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE)),
    sort,
    facets: mergeFacets(optionRows.map((r) => r.options)),
    filters: {
      minPrice: min.minor === null ? null : minorToDecimal(min.minor, store.currency),
      maxPrice: max.minor === null ? null : minorToDecimal(max.minor, store.currency),
      options,
      inStock,
    },
    errors,
    currency: store.currency,
  };
}
