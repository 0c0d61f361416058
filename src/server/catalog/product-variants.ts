import { currencyDigits, parseMoney } from "@/lib/money";
import type { TFieldIssue } from "@/server/errors";
import type { TVariantInput } from "./catalog.schemas";
import { conflict, validationFailed, type TStoreTx } from "./catalog-tx";
import { generatedSku, optionCombinations, variantTitle, type TProductOption } from "./variants";

/** A variant ready to store: prices in minor units of the store's currency. */
export type TVariantData = {
  sku: string;
  /** Where the SKU came from in the input, for error paths ("variants.2.sku" or "sku"). */
  skuPath: string;
  optionValues: string[];
  title: string;
  priceMinor: bigint;
  compareAtMinor: bigint | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  position: number;
};

/** The variant fields of a product input or patch (explicit variants, or the generator's defaults). */
export type TVariantSource = {
  variants?: TVariantInput[];
  sku?: string;
  price?: string;
  compareAtPrice?: string | null;
  weightGrams?: number | null;
  barcode?: string | null;
  trackInventory?: boolean;
};

function money(text: string, currency: string, path: string, issues: TFieldIssue[]): bigint {
  const amount = parseMoney(text, currency);
  if (amount === null) {
    const digits = currencyDigits(currency);
    issues.push({ path, message: digits ? `${currency} amounts have at most ${digits} decimal places` : `${currency} amounts have no decimal places` });
    return 0n;
  }
  return amount;
}

/**
 * The variants a product input asks for, with prices parsed for the store's currency: the
 * listed `variants`, or, given `sku` and `price`, one per combination of option values. Null
 * when the input says nothing about variants (an update that keeps them). Throws
 * VALIDATION_FAILED with field paths for prices with too many decimals and compare-at prices
 * that are not above the price.
 */
export function resolveVariants(source: TVariantSource, options: TProductOption[], currency: string): TVariantData[] | null {
  const issues: TFieldIssue[] = [];
  let variants: TVariantData[] | null = null;
  if (source.variants) {
    variants = source.variants.map((v, i) => {
      const priceMinor = money(v.price, currency, `variants.${i}.price`, issues);
      const compareAtMinor = v.compareAtPrice ? money(v.compareAtPrice, currency, `variants.${i}.compareAtPrice`, issues) : null;
      if (compareAtMinor !== null && compareAtMinor <= priceMinor) {
        issues.push({ path: `variants.${i}.compareAtPrice`, message: "The compare-at price must be more than the price" });
      }
      return { sku: v.sku, skuPath: `variants.${i}.sku`, optionValues: v.optionValues, title: variantTitle(v.optionValues), priceMinor, compareAtMinor, weightGrams: v.weightGrams ?? null, barcode: v.barcode ?? null, trackInventory: v.trackInventory, position: i };
    });
  } else if (source.sku && source.price) {
    const priceMinor = money(source.price, currency, "price", issues);
    const compareAtMinor = source.compareAtPrice ? money(source.compareAtPrice, currency, "compareAtPrice", issues) : null;
    if (compareAtMinor !== null && compareAtMinor <= priceMinor) issues.push({ path: "compareAtPrice", message: "The compare-at price must be more than the price" });
    const base = source.sku;
    variants = optionCombinations(options).map((values, i) => ({
      sku: options.length ? generatedSku(base, options, values) : base,
      skuPath: "sku",
      optionValues: values,
      title: variantTitle(values),
      priceMinor,
      compareAtMinor,
      weightGrams: source.weightGrams ?? null,
      barcode: options.length ? null : (source.barcode ?? null),
      trackInventory: source.trackInventory ?? true,
      position: i,
    }));
  }
  if (issues.length) throw validationFailed(issues);
  return variants;
}

/** Refuses SKUs that another product of the store uses: 409 on the variant's SKU path. */
export async function assertSkusFree(tx: TStoreTx, storeId: string, variants: TVariantData[], productId?: string): Promise<void> {
  const taken = await tx.productVariant.findMany({
    where: { storeId, sku: { in: variants.map((v) => v.sku) }, ...(productId ? { productId: { not: productId } } : {}) },
    select: { sku: true },
  });
  if (!taken.length) return;
  const skus = new Set(taken.map((t) => t.sku.toLowerCase()));
  const clash = variants.find((v) => skus.has(v.sku.toLowerCase()))!;
  throw conflict(clash.skuPath, `The SKU ${clash.sku} is already used by another product of this store`);
}

const columns = (storeId: string, productId: string, currency: string, v: TVariantData) => ({
  storeId,
  productId,
  sku: v.sku,
  title: v.title,
  option1: v.optionValues[0] ?? null,
  option2: v.optionValues[1] ?? null,
  option3: v.optionValues[2] ?? null,
  priceMinor: v.priceMinor,
  compareAtMinor: v.compareAtMinor,
  currency,
  weightGrams: v.weightGrams,
  barcode: v.barcode,
  trackInventory: v.trackInventory,
  position: v.position,
});

/**
 * Makes the product's variants exactly `variants`, matched to the stored ones by SKU (case
 * folded, as the unique key is): a kept SKU keeps its variant id (later, its stock and order
 * lines), a missing one is deleted, a new one created.
 */
export async function replaceVariants(tx: TStoreTx, storeId: string, productId: string, currency: string, variants: TVariantData[]): Promise<void> {
  const existing = await tx.productVariant.findMany({ where: { storeId, productId }, select: { id: true, sku: true } });
  const bySku = new Map(existing.map((v) => [v.sku.toLowerCase(), v.id]));
  const wanted = new Set(variants.map((v) => v.sku.toLowerCase()));
  const removed = existing.filter((v) => !wanted.has(v.sku.toLowerCase())).map((v) => v.id);
  if (removed.length) await tx.productVariant.deleteMany({ where: { storeId, id: { in: removed } } });
  for (const v of variants) {
    const id = bySku.get(v.sku.toLowerCase());
    if (id) {
      const { storeId: _s, productId: _p, ...data } = columns(storeId, productId, currency, v);
      await tx.productVariant.update({ where: { id }, data });
    }
  }
  const added = variants.filter((v) => !bySku.has(v.sku.toLowerCase()));
  if (added.length) await tx.productVariant.createMany({ data: added.map((v) => columns(storeId, productId, currency, v)) });
}

/**
 * Links the product to exactly `categoryIds`. Links that stay keep their position in the
 * category; new ones go to the end of it.
 */
export async function replaceCategories(tx: TStoreTx, storeId: string, productId: string, categoryIds: string[]): Promise<void> {
  const current = (await tx.productCategory.findMany({ where: { storeId, productId }, select: { categoryId: true } })).map((c) => c.categoryId);
  const removed = current.filter((id) => !categoryIds.includes(id));
  // Deleting by whole primary keys locks just those rows, never an index gap that another
  // product's (or store's) links are inserted into.
  if (removed.length) await tx.productCategory.deleteMany({ where: { storeId, productId, categoryId: { in: removed } } });
  const added = categoryIds.filter((id) => !current.includes(id));
  if (!added.length) return;
  const ends = await tx.productCategory.groupBy({ by: ["categoryId"], where: { storeId, categoryId: { in: added } }, _max: { position: true } });
  const end = new Map(ends.map((e) => [e.categoryId, e._max.position ?? -1]));
  await tx.productCategory.createMany({ data: added.map((categoryId) => ({ storeId, productId, categoryId, position: (end.get(categoryId) ?? -1) + 1 })) });
}
