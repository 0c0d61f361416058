import { storeDb, type InventoryEntryKind } from "@/server/db";
import { AppError } from "@/server/errors";
import { ZInventoryHistoryQuery } from "./inventory.schemas";
import { ensureDefaultLocation } from "./stock-locations";
import { toNumber } from "./stock-change";

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

/**
 * A variant's stock at every location of the store and in total. Another store's variant is
 * NOT_FOUND (404).
 */
export async function getVariantInventory(storeId: string, variantId: string): Promise<TVariantInventory> {
  await ensureDefaultLocation(storeId);
  const db = storeDb(storeId);
  const variant = await db.productVariant.findFirst({
    where: { storeId, id: variantId },
    select: { id: true, productId: true, title: true, sku: true, trackInventory: true, lowStockThreshold: true, product: { select: { title: true } } },
  });
  if (!variant) throw new AppError("NOT_FOUND", "Variant not found", { fields: [{ path: "variantId", message: "Variant not found" }] });
  const rows = await db.$queryRaw<{ locationId: string; locationName: string; isDefault: unknown; onHand: unknown; reserved: unknown }[]>`
    SELECT l.id AS locationId, l.name AS locationName, l.isDefault, COALESCE(s.onHand, 0) AS onHand, COALESCE(s.reserved, 0) AS reserved
    FROM StockLocation l
    LEFT JOIN StockLevel s ON s.storeId = ${storeId} AND s.locationId = l.id AND s.variantId = ${variantId}
    WHERE l.storeId = ${storeId}
    ORDER BY l.isDefault DESC, l.name, l.id`;
  const levels = rows.map((r) => {
    const onHand = toNumber(r.onHand);
    const reserved = toNumber(r.reserved);
    return { locationId: r.locationId, locationName: r.locationName, isDefault: Boolean(toNumber(r.isDefault)), onHand, reserved, available: onHand - reserved };
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
