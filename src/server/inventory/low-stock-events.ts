import { enqueueEvents } from "@/server/events";
import type { TStoreTx } from "./inventory-tx";

/**
 * Whether a change of a variant's total available quantity from `before` to `after` crosses
 * its low-stock threshold downwards (from above it to at or under it). Rising, staying under
 * or having no threshold never counts, so each drop is reported once.
 */
export function crossedLowStock(before: number, after: number, threshold: number | null | undefined): boolean {
  if (threshold == null) return false;
  return before > threshold && after <= threshold;
}

export type TAvailabilityChange = { variantId: string; threshold: number | null; before: number; after: number };

/** Writes `inventory.low_stock` (variantId, available, threshold) for each change that crosses. */
export async function enqueueLowStockEvents(tx: TStoreTx, storeId: string, changes: TAvailabilityChange[]): Promise<void> {
  await enqueueEvents(
    tx,
    changes
      .filter((c) => crossedLowStock(c.before, c.after, c.threshold))
      .map((c) => ({ type: "inventory.low_stock", storeId, payload: { variantId: c.variantId, available: c.after, threshold: c.threshold } })),
  );
}
