import { Prisma, type ProductType, type StoreDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TStoreTx } from "./inventory-tx";

export type TStockVariant = {
  id: string;
  productId: string;
  productType: ProductType;
  trackInventory: boolean;
  lowStockThreshold: number | null;
  /**
   * Whether stock levels apply: the variant tracks inventory and is not a service (a service's
   * stock is its slots' capacity). Untracked variants are never out of stock.
   */
  tracked: boolean;
};

/** The store's variants among `ids` (another store's or unknown ids are absent). */
export async function loadStockVariants(db: TStoreTx | StoreDb, storeId: string, ids: string[]): Promise<Map<string, TStockVariant>> {
  const result = new Map<string, TStockVariant>();
  if (!ids.length) return result;
  const rows = await db.$queryRaw<{ id: string; productId: string; productType: ProductType; trackInventory: unknown; lowStockThreshold: unknown }[]>`
    SELECT v.id, v.productId, p.type AS productType, v.trackInventory, v.lowStockThreshold
    FROM ProductVariant v JOIN Product p ON p.id = v.productId AND p.storeId = ${storeId}
    WHERE v.storeId = ${storeId} AND v.id IN (${Prisma.join([...new Set(ids)])})`;
  for (const r of rows) {
    const trackInventory = Boolean(Number(r.trackInventory));
    result.set(r.id, {
      id: r.id,
      productId: r.productId,
      productType: r.productType,
      trackInventory,
      lowStockThreshold: r.lowStockThreshold == null ? null : Number(r.lowStockThreshold),
      tracked: trackInventory && r.productType !== "SERVICE",
    });
  }
  return result;
}

/** The store's variant, or NOT_FOUND (404) on `path`: another store's id is unknown here. */
export async function requireStockVariant(db: TStoreTx | StoreDb, storeId: string, id: string, path = "variantId"): Promise<TStockVariant> {
  const variant = (await loadStockVariants(db, storeId, [id])).get(id);
  if (!variant) throw new AppError("NOT_FOUND", "Variant not found", { fields: [{ path, message: "Variant not found" }] });
  return variant;
}

/** The store's stock location, or NOT_FOUND (404) on `path`. */
export async function requireStockLocation(db: TStoreTx | StoreDb, storeId: string, id: string, path = "locationId"): Promise<{ id: string; name: string }> {
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM StockLocation WHERE storeId = ${storeId} AND id = ${id}`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "Location not found", { fields: [{ path, message: "Location not found" }] });
  return rows[0];
}
