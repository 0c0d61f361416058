import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError, type TFieldIssue } from "@/server/errors";
import { enqueueEvents } from "@/server/events";
import { ZStockImportInput } from "./inventory.schemas";
import { auditActorOf, ledgerActor, type TStockActor } from "./inventory-tx";
import { enqueueLowStockEvents } from "./low-stock-events";
import { ensureLevel, lockLevels, updateLevel, writeLedger, type TStockChange } from "./stock-change";
import { recordStockCrossings } from "./availability-events";
import { ensureDefaultLocation } from "./stock-locations";
import { loadStockVariants } from "./stock-variants";

/**
 * Sets the on-hand quantity of many variants at once (ZStockImportInput: rows of variantId,
 * optional locationId (default location), quantity; a reason), in one transaction: one IMPORT
 * ledger entry per changed level (reference `options.reference`), one `inventory.adjusted`
 * per changed variant, `inventory.low_stock` where a threshold is crossed, one
 * `inventory.availability_changed` listing the variants that went out of stock or back in,
 * and one audit entry.
 * Callers check inventory:write. All or nothing: an unknown or another store's variant or
 * location is NOT_FOUND, an untracked variant or a quantity under what is reserved is 422, on
 * `rows.N.*`. Returns how many levels changed.
 *
 * @throws ZodError, AppError VALIDATION_FAILED (422), NOT_FOUND (404).
 */
export async function importStockLevels(storeId: string, actor: TStockActor, input: unknown, options: { reference?: string } = {}): Promise<{ changed: number }> {
  const { rows, reason } = ZStockImportInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const variants = await loadStockVariants(tx, storeId, rows.map((r) => r.variantId));
    const defaultId = (await ensureDefaultLocation(storeId, tx)).id;
    const locationIds = [...new Set(rows.flatMap((r) => (r.locationId ? [r.locationId] : [])))];
    const known = new Set(locationIds.length ? (await tx.stockLocation.findMany({ where: { storeId, id: { in: locationIds } }, select: { id: true } })).map((l) => l.id) : []);
    const missing: TFieldIssue[] = [];
    const invalid: TFieldIssue[] = [];
    rows.forEach((r, i) => {
      const variant = variants.get(r.variantId);
      if (!variant) missing.push({ path: `rows.${i}.variantId`, message: "Variant not found" });
      else if (!variant.tracked) invalid.push({ path: `rows.${i}.variantId`, message: "This variant does not track inventory" });
      if (r.locationId && !known.has(r.locationId)) missing.push({ path: `rows.${i}.locationId`, message: "Location not found" });
    });
    if (missing.length) throw new AppError("NOT_FOUND", "Variant or location not found", { fields: missing });
    if (invalid.length) throw new AppError("VALIDATION_FAILED", "The request is not valid", { fields: invalid });

    // Lock order: variant, then location (the same order as reservations take).
    const ordered = rows.map((r, i) => ({ ...r, i, locationId: r.locationId ?? defaultId })).sort((x, y) => (x.variantId === y.variantId ? (x.locationId < y.locationId ? -1 : 1) : x.variantId < y.variantId ? -1 : 1));
    const changes: TStockChange[] = [];
    for (const row of ordered) {
      await ensureLevel(tx, storeId, row.variantId, row.locationId);
      const [level] = await lockLevels(tx, storeId, row.variantId, [row.locationId]);
      const delta = row.quantity - (level?.onHand ?? 0);
      if (!delta) continue;
      if (row.quantity < (level?.reserved ?? 0)) invalid.push({ path: `rows.${row.i}.quantity`, message: `${level!.reserved} are reserved by open orders: on hand cannot go below ${level!.reserved}` });
      else if (await updateLevel(tx, storeId, { variantId: row.variantId, locationId: row.locationId, onHandDelta: delta, reservedDelta: 0 })) {
        changes.push({ variantId: row.variantId, locationId: row.locationId, onHandDelta: delta, reservedDelta: 0, kind: "IMPORT", reference: options.reference ?? null, note: reason });
      }
    }
    if (invalid.length) throw new AppError("VALIDATION_FAILED", "The request is not valid", { fields: invalid });
    await writeLedger(tx, storeId, changes, ledgerActor(actor));
    const changedVariants = [...new Set(changes.map((c) => c.variantId))];
    const { totals: after } = await recordStockCrossings(tx, storeId, changes);
    const net = new Map<string, number>();
    for (const c of changes) net.set(c.variantId, (net.get(c.variantId) ?? 0) + c.onHandDelta);
    const before = new Map(changedVariants.map((id) => [id, (after.get(id) ?? 0) - (net.get(id) ?? 0)]));
    await enqueueEvents(
      tx,
      changedVariants.map((variantId) => ({ type: "inventory.adjusted", storeId, payload: { variantId, productId: variants.get(variantId)!.productId, kind: "IMPORT", available: after.get(variantId) ?? 0 } })),
    );
    await enqueueLowStockEvents(tx, storeId, changedVariants.map((variantId) => ({ variantId, threshold: variants.get(variantId)!.lowStockThreshold, before: before.get(variantId)!, after: after.get(variantId)! })));
    await recordAudit({ storeId, ...auditActorOf(actor), action: "inventory.imported", targetType: "store", targetId: storeId, data: { rows: rows.length, changed: changes.length } }, tx);
    return { changed: changes.length };
  }, { timeout: 60_000, maxWait: 10_000 });
}
