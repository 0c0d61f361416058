import { Prisma, platformDb, type StoreDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TImportContext, TImportFile, TStoredProduct } from "./plan-import";

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

const CHUNK = 1000;

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function storeCurrency(storeId: string): Promise<string> {
  const store = await platformDb().store.findUnique({ where: { id: storeId }, select: { currency: true } });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store.currency;
}

const parseOptions = (value: unknown): { name: string; values: string[] }[] => {
  const raw = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(raw) ? (raw as { name: string; values: string[] }[]) : [];
};

/**
 * What the planner needs to know about the store, for the file's handles and SKUs only: the
 * store's categories, its products with those handles (and their variants and category
 * links), and which product owns each SKU. With `lock`, the products found are locked
 * FOR UPDATE first, so nobody changes them between the check and the write.
 */
export async function loadImportContext(db: StoreDb | TStoreTx, storeId: string, currency: string, file: TImportFile, lock = false): Promise<TImportContext> {
  if (lock) {
    for (const handles of chunks(file.handles)) {
      await db.$queryRaw`SELECT id FROM Product WHERE storeId = ${storeId} AND handle IN (${Prisma.join(handles)}) FOR UPDATE`;
    }
  }
  const categories = await db.category.findMany({ where: { storeId }, select: { id: true, handle: true } });
  const products = new Map<string, TStoredProduct>();
  for (const handles of chunks(file.handles)) {
    const rows = await db.product.findMany({
      where: { storeId, handle: { in: handles } },
      include: {
        variants: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        categories: { orderBy: [{ position: "asc" }], select: { categoryId: true } },
      },
    });
    for (const p of rows) {
      products.set(p.handle.toLowerCase(), {
        id: p.id,
        handle: p.handle,
        title: p.title,
        description: p.description,
        type: p.type,
        status: p.status,
        vendor: p.vendor,
        tags: p.tags,
        seoTitle: p.seoTitle,
        seoDescription: p.seoDescription,
        options: parseOptions(p.options),
        serviceDurationMinutes: p.serviceDurationMinutes,
        digitalMediaId: p.digitalMediaId,
        publishedAt: p.publishedAt,
        categoryIds: p.categories.map((c) => c.categoryId),
        variants: p.variants.map((v) => ({
          id: v.id,
          sku: v.sku,
          title: v.title,
          option1: v.option1,
          option2: v.option2,
          option3: v.option3,
          priceMinor: v.priceMinor,
          compareAtMinor: v.compareAtMinor,
          weightGrams: v.weightGrams,
          barcode: v.barcode,
          trackInventory: v.trackInventory,
          position: v.position,
        })),
      });
    }
  }
  const skuOwners = new Map<string, string>();
  for (const skus of chunks(file.skus)) {
    const rows = await db.productVariant.findMany({ where: { storeId, sku: { in: skus } }, select: { sku: true, product: { select: { handle: true } } } });
    for (const v of rows) skuOwners.set(v.sku.toLowerCase(), v.product.handle);
  }
  return { currency, categories: new Map(categories.map((c) => [c.handle.toLowerCase(), c.id])), products, skuOwners };
}

export { chunks };
