import { Prisma, storeDb } from "@/server/db";
import type { TStoreTx } from "./inventory-tx";
import { toNumber } from "./stock-change";

/**
 * What shoppers can buy now, per variant: available (on hand minus reserved, summed over
 * locations, never below 0), or null when the variant does not track inventory (and for
 * services, whose stock is their slots). Ids that are not the store's variants are absent from
 * the map. Pass `tx` to read inside a transaction.
 */
export async function availabilityOf(storeId: string, variantIds: string[], tx?: TStoreTx): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>();
  const ids = [...new Set(variantIds)];
  if (!ids.length) return result;
  const db = tx ?? storeDb(storeId);
  const rows = await db.$queryRaw<{ id: string; trackInventory: unknown; type: string; available: unknown }[]>`
    SELECT v.id, v.trackInventory, p.type, CAST(COALESCE(SUM(s.onHand - s.reserved), 0) AS SIGNED) AS available
    FROM ProductVariant v
    JOIN Product p ON p.id = v.productId AND p.storeId = ${storeId}
    LEFT JOIN StockLevel s ON s.storeId = ${storeId} AND s.variantId = v.id
    WHERE v.storeId = ${storeId} AND v.id IN (${Prisma.join(ids)})
    GROUP BY v.id, v.trackInventory, p.type`;
  for (const r of rows) {
    const tracked = Boolean(toNumber(r.trackInventory)) && r.type !== "SERVICE";
    result.set(r.id, tracked ? Math.max(0, toNumber(r.available)) : null);
  }
  return result;
}

/**
 * Seats left per service slot (capacity minus booked; 0 once the slot has started). Ids that
 * are not the store's slots are absent.
 */
export async function slotAvailabilityOf(storeId: string, slotIds: string[], tx?: TStoreTx): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const ids = [...new Set(slotIds)];
  if (!ids.length) return result;
  const db = tx ?? storeDb(storeId);
  const rows = await db.$queryRaw<{ id: string; seats: unknown }[]>`
    SELECT id, IF(startsAt > NOW(3), capacity - booked, 0) AS seats FROM ServiceSlot
    WHERE storeId = ${storeId} AND id IN (${Prisma.join(ids)})`;
  for (const r of rows) result.set(r.id, Math.max(0, toNumber(r.seats)));
  return result;
}

/**
 * SQL for "shoppers can buy product `p` now" (p is the Product alias): a service has an
 * upcoming slot with a free seat; any other product has a variant that does not track
 * inventory or has stock available (on hand minus reserved, summed over locations) — the rule
 * of availabilityOf and slotAvailabilityOf, as one expression for filters and lists. Every
 * table is filtered by storeId.
 */
export function productAvailableSql(storeId: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN p.type = 'SERVICE'
    THEN EXISTS (SELECT 1 FROM ServiceSlot ss WHERE ss.storeId = ${storeId} AND ss.productId = p.id AND ss.startsAt > NOW(3) AND ss.booked < ss.capacity)
    ELSE EXISTS (SELECT 1 FROM ProductVariant av WHERE av.storeId = ${storeId} AND av.productId = p.id
      AND (av.trackInventory = false OR (SELECT COALESCE(SUM(sl.onHand - sl.reserved), 0) FROM StockLevel sl WHERE sl.storeId = ${storeId} AND sl.variantId = av.id) > 0))
    END)`;
}

/**
 * Whether each product can be bought now (productAvailableSql), in one query. Ids that are not
 * the store's products are absent. Pass `tx` to read inside a transaction.
 */
export async function productAvailabilityOf(storeId: string, productIds: string[], tx?: TStoreTx): Promise<Map<string, boolean>> {
  const result = new Map<string, boolean>();
  const ids = [...new Set(productIds)];
  if (!ids.length) return result;
  const db = tx ?? storeDb(storeId);
  const rows = await db.$queryRaw<{ id: string; available: unknown }[]>`
    SELECT p.id, ${productAvailableSql(storeId)} AS available FROM Product p WHERE p.storeId = ${storeId} AND p.id IN (${Prisma.join(ids)})`;
  for (const r of rows) result.set(r.id, Boolean(toNumber(r.available)));
  return result;
}
