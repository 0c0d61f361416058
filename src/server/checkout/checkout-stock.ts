import { AppError, type TFieldIssue } from "@/server/errors";
import type { TCartLineRow } from "@/server/cart";
import { reserveSlots, reserveStock, type TReserveItem } from "@/server/inventory";
import { lineLabel } from "./checkout-checks";
import type { TStoreTx } from "./settings-tx";

/**
 * The stock side of placing an order: a quick look at the transaction's snapshot, then the
 * atomic reservation of stock and slot seats. Either failure is OUT_OF_STOCK naming the lines.
 */

/** OUT_OF_STOCK naming each line that cannot be covered: "lines.N" with "<title> is out of stock (N left)". */
export function outOfStock(fields: TFieldIssue[]): AppError {
  return new AppError("OUT_OF_STOCK", fields.length === 1 ? fields[0]!.message : "Some items in your cart are out of stock", { fields });
}

/**
 * The cheap first answer for a burst on a sold-out item: what loadCart read of each line's
 * availability (the transaction's snapshot, no locks). When it already cannot cover a line,
 * the checkout fails before it writes or queues for the stock row's lock; otherwise the
 * reservation decides, atomically. (A restock that commits within the same milliseconds may be
 * missed: the shopper simply tries again.)
 */
export function precheckAvailability(rows: TCartLineRow[]): void {
  const fields: TFieldIssue[] = [];
  rows.forEach((row, i) => {
    // Lines no longer on sale are answered by the checks that follow, with a clearer message.
    if (row.variant.product.status !== "ACTIVE") return;
    if (row.variant.product.type === "SERVICE") {
      if (!row.slotId) return;
      const left = row.available ?? 0;
      if (left < row.quantity) fields.push({ path: `lines.${i}`, message: `${lineLabel(row)} is fully booked at this time (${left} left)` });
    } else if (row.available != null && row.available < row.quantity) {
      fields.push({ path: `lines.${i}`, message: `${lineLabel(row)} is out of stock (${row.available} left)` });
    }
  });
  if (fields.length) throw outOfStock(fields);
}

/**
 * Whether the cart's stock can take reserveAtDefaultLocation's fast path: no services (their
 * seats go through reserveSlots) and no tracked variant with a low-stock threshold (whose
 * crossing must be detected). Untracked goods need no reservation at all.
 */
export function fastReservable(rows: TCartLineRow[]): boolean {
  return rows.every((r) => r.variant.product.type !== "SERVICE" && (!r.variant.trackInventory || r.variant.lowStockThreshold == null));
}

/** The tracked goods of the cart, as reservation items. */
export function trackedItems(rows: TCartLineRow[]): TReserveItem[] {
  return rows
    .filter((r) => r.variant.product.type !== "SERVICE" && r.variant.trackInventory)
    .map((r) => ({ variantId: r.variantId, quantity: r.quantity, label: lineLabel(r) }));
}

/**
 * Reserves the cart's goods (inventory's reserveStock, ledgered against `order:<orderId>`) and
 * its services' slot seats (reserveSlots), each in id order. A line either cannot cover throws
 * OUT_OF_STOCK naming it ("lines.N"), and the caller's transaction rolls back.
 */
export async function reserveCart(tx: TStoreTx, storeId: string, rows: TCartLineRow[], orderId: string, customerId: string | null): Promise<void> {
  const goods = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.variant.product.type !== "SERVICE");
  const services = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.variant.product.type === "SERVICE");
  const fields: TFieldIssue[] = [];
  if (goods.length) {
    const result = await reserveStock(
      tx,
      storeId,
      goods.map(({ row }) => ({ variantId: row.variantId, quantity: row.quantity, label: lineLabel(row) })),
      { orderId, actor: { kind: "customer", customerId } },
    );
    if (!result.ok) {
      for (const item of result.outOfStock) {
        const index = goods.find(({ row }) => row.variantId === item.variantId)?.i ?? 0;
        fields.push({ path: `lines.${index}`, message: `${item.label} is out of stock (${item.available} left)` });
      }
    }
  }
  if (!fields.length && services.length) {
    const result = await reserveSlots(
      tx,
      storeId,
      services.map(({ row }) => ({ slotId: row.slotId!, quantity: row.quantity, label: lineLabel(row) })),
    );
    if (!result.ok) {
      for (const item of result.outOfStock) {
        const index = services.find(({ row }) => row.slotId === item.slotId)?.i ?? 0;
        fields.push({ path: `lines.${index}`, message: `${item.label} is fully booked at this time (${item.available} left)` });
      }
    }
  }
  if (fields.length) throw outOfStock(fields);
}

