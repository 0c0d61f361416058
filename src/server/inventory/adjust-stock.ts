import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { ZStockAdjustmentInput } from "./inventory.schemas";
import { auditActorOf, INVENTORY_TX_OPTIONS, ledgerActor, type TStockActor } from "./inventory-tx";
import { enqueueLowStockEvents } from "./low-stock-events";
import { ensureLevel, lockLevels, updateLevel, writeLedger } from "./stock-change";
import { recordStockCrossings } from "./availability-events";
import { ensureDefaultLocation } from "./stock-locations";
import { requireStockLocation, requireStockVariant } from "./stock-variants";
import { getVariantInventory, type TVariantInventory } from "./get-variant-inventory";

export type TAdjustOptions = {
  /** The ledger kind: ADJUSTMENT (default), IMPORT (CSV import) or RETURN (restocked return). */
  kind?: "ADJUSTMENT" | "IMPORT" | "RETURN";
  /** The ledger reference, e.g. "import:<id>" or "order:<id>". */
  reference?: string;
};

/**
 * Changes a variant's on-hand stock at one location (the default when `locationId` is
 * omitted) by `delta`, or sets it to `quantity` (ZStockAdjustmentInput), with a reason kept
 * in the ledger. Callers check inventory:write. The level row is locked, so concurrent
 * adjustments and checkouts never lose an update; on hand can never go below what open orders
 * hold reserved (422 on the field). Another store's variant or location is NOT_FOUND; a
 * variant that does not track inventory is 422. The ledger entry, the audit entry,
 * `inventory.adjusted`, when the change crosses the threshold `inventory.low_stock`, and when
 * it takes the variant out of stock or back in `inventory.availability_changed` commit together. A change to the same quantity writes nothing. Returns the variant's
 * inventory afterwards.
 *
 * @throws ZodError, AppError VALIDATION_FAILED (422), NOT_FOUND (404).
 */
export async function adjustStock(storeId: string, actor: TStockActor, input: unknown, options: TAdjustOptions = {}): Promise<TVariantInventory> {
  const data = ZStockAdjustmentInput.parse(input);
  const field = data.delta !== undefined ? "delta" : "quantity";
  await storeDb(storeId).$transaction(async (tx) => {
    const variant = await requireStockVariant(tx, storeId, data.variantId);
    if (!variant.tracked) {
      const message = "This variant does not track inventory";
      throw new AppError("VALIDATION_FAILED", message, { fields: [{ path: "variantId", message }] });
    }
    const location = data.locationId ? await requireStockLocation(tx, storeId, data.locationId) : await ensureDefaultLocation(storeId, tx);
    await ensureLevel(tx, storeId, variant.id, location.id);
    const [level] = await lockLevels(tx, storeId, variant.id, [location.id]);
    if (!level) throw new AppError("INTERNAL", "Stock level missing after creation");
    const delta = data.delta ?? data.quantity! - level.onHand;
    if (delta === 0) return;
    if (level.onHand + delta < level.reserved) {
      const message = level.reserved
        ? `${level.reserved} are reserved by open orders: on hand cannot go below ${level.reserved}`
        : `Only ${level.onHand} on hand: stock cannot go below 0`;
      throw new AppError("VALIDATION_FAILED", message, { fields: [{ path: field, message }] });
    }
    if (!(await updateLevel(tx, storeId, { variantId: variant.id, locationId: location.id, onHandDelta: delta, reservedDelta: 0 }))) {
      throw new AppError("INTERNAL", "A locked stock level refused a valid change");
    }
    const kind = options.kind ?? "ADJUSTMENT";
    await writeLedger(tx, storeId, [{ variantId: variant.id, locationId: location.id, onHandDelta: delta, reservedDelta: 0, kind, reference: options.reference ?? null, note: data.reason }], ledgerActor(actor));
    const onHand = level.onHand + delta;
    await recordAudit(
      { storeId, ...auditActorOf(actor), action: "inventory.adjusted", targetType: "variant", targetId: variant.id, data: { locationId: location.id, delta, onHand, kind } },
      tx,
    );
    await enqueueEvent(tx, {
      type: "inventory.adjusted",
      storeId,
      payload: { variantId: variant.id, productId: variant.productId, locationId: location.id, delta, onHand, available: onHand - level.reserved, kind },
    });
    const { totals } = await recordStockCrossings(tx, storeId, [{ variantId: variant.id, locationId: location.id, onHandDelta: delta, reservedDelta: 0 }]);
    const after = totals.get(variant.id)!;
    await enqueueLowStockEvents(tx, storeId, [{ variantId: variant.id, threshold: variant.lowStockThreshold, before: after - delta, after }]);
  }, INVENTORY_TX_OPTIONS);
  return getVariantInventory(storeId, data.variantId);
}
