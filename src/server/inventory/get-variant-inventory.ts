import { storeDb, type InventoryEntryKind } from "@/server/db";
import { AppError } from "@/server/errors";
import { ZInventoryHistoryQuery } from "./inventory.schemas";
import { ensureDefaultLocation } from "./stock-locations";

export type TLocationLevel = { locationId: string; locationName: string; isDefault: boolean; onHand: number; reserved: number; available: number };

export type TVariantInventory = {
  variantId: string;
  productId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  trackInventory: boolean;
  lowStockThreshold: number | null;
  onHand: number;
  reserved: number;
  available: number;
  /** Every location of the store (0 where the variant has no stock), the default first. */
  levels: TLocationLevel[];
};

type TVariantRow = {
  id: string;
  productId: string;
  title: string;
  sku: string;
  trackInventory: boolean;
  lowStockThreshold: number | null;
  product: { title: string };
};

const VARIANT_SELECT = { id: true, productId: true, title: true, sku: true, trackInventory: true, lowStockThreshold: true, product: { select: { title: true } } } as const;

/**
 * The stock of the given variants (read through the tenant door) at every location of the
 * store: one query for the locations and one for the levels, however many variants.
 */
async function withLevels(storeId: string, variants: TVariantRow[]): Promise<TVariantInventory[]> {
  if (!variants.length) return [];
  await ensureDefaultLocation(storeId);
  const db = storeDb(storeId);
  const [locations, stock] = await Promise.all([
    db.stockLocation.findMany({ where: { storeId }, orderBy: [{ isDefault: "desc" }, { name: "asc" }, { id: "asc" }], select: { id: true, name: true, isDefault: true } }),
    db.stockLevel.findMany({ where: { storeId, variantId: { in: variants.map((v) => v.id) } }, select: { variantId: true, locationId: true, onHand: true, reserved: true } }),
  ]);
  const byKey = new Map(stock.map((s) => [`${s.variantId}\u0000${s.locationId}`, s]));
  return variants.map((variant) => {
    const levels = locations.map((l): TLocationLevel => {
      const s = byKey.get(`${variant.id}\u0000${l.id}`);
      const onHand = s?.onHand ?? 0;
      const reserved = s?.reserved ?? 0;
      return { locationId: l.id, locationName: l.name, isDefault: l.isDefault, onHand, reserved, available: onHand - reserved };
    });
    const onHand = levels.reduce((n, l) => n + l.onHand, 0);
    const reserved = levels.reduce((n, l) => n + l.reserved, 0);
    return {
      variantId: variant.id,
      productId: variant.productId,
      productTitle: variant.product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      trackInventory: variant.trackInventory,
      lowStockThreshold: variant.lowStockThreshold,
      onHand,
      reserved,
      available: onHand - reserved,
      levels,
    };
  });
}

/**
 * A variant's stock at every location of the store and in total. Another store's variant is
 * NOT_FOUND (404).
 */
export async function getVariantInventory(storeId: string, variantId: string): Promise<TVariantInventory> {
  const variant = await storeDb(storeId).productVariant.findFirst({ where: { storeId, id: variantId }, select: VARIANT_SELECT });
  if (!variant) throw new AppError("NOT_FOUND", "Variant not found", { fields: [{ path: "variantId", message: "Variant not found" }] });
  return (await withLevels(storeId, [variant]))[0]!;
}

/**
 * The stock of every variant of the given products (a page of the inventory list), keyed by
 * product id with the variants in their catalog order: three queries, however many products.
 * Another store's products are simply absent.
 */
export async function listProductInventories(storeId: string, productIds: string[]): Promise<Map<string, TVariantInventory[]>> {
  const byProduct = new Map<string, TVariantInventory[]>();
  if (!productIds.length) return byProduct;
  const variants = await storeDb(storeId).productVariant.findMany({
    where: { storeId, productId: { in: productIds } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: VARIANT_SELECT,
  });
  for (const inventory of await withLevels(storeId, variants)) {
    const list = byProduct.get(inventory.productId) ?? [];
    list.push(inventory);
    byProduct.set(inventory.productId, list);
  }
  return byProduct;
}

export type TInventoryHistoryEntry = {
  id: string;
  kind: InventoryEntryKind;
  locationId: string;
  locationName: string | null;
  onHandDelta: number;
  reservedDelta: number;
  actorType: string;
  actorId: string | null;
  reference: string | null;
  note: string | null;
  createdAt: Date;
};

export type TInventoryHistoryPage = { items: TInventoryHistoryEntry[]; page: number; pageSize: number; pageCount: number; total: number };

/**
 * One page of a variant's stock ledger, newest first (ZInventoryHistoryQuery: page,
 * pageSize). Another store's variant is NOT_FOUND (404).
 */
export async function listInventoryHistory(storeId: string, variantId: string, query: unknown = {}): Promise<TInventoryHistoryPage> {
  const { page, pageSize } = ZInventoryHistoryQuery.parse(query);
  const db = storeDb(storeId);
  const variant = await db.productVariant.findFirst({ where: { storeId, id: variantId }, select: { id: true } });
  if (!variant) throw new AppError("NOT_FOUND", "Variant not found", { fields: [{ path: "variantId", message: "Variant not found" }] });
  const [total, entries, locations] = await Promise.all([
    db.inventoryLedgerEntry.count({ where: { storeId, variantId } }),
    db.inventoryLedgerEntry.findMany({
      where: { storeId, variantId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, kind: true, locationId: true, onHandDelta: true, reservedDelta: true, actorType: true, actorId: true, reference: true, note: true, createdAt: true },
    }),
    db.stockLocation.findMany({ where: { storeId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(locations.map((l) => [l.id, l.name]));
  return {
    items: entries.map((e) => ({ ...e, locationName: names.get(e.locationId) ?? null })),
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
