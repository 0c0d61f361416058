import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { ZStockTransferInput } from "./inventory.schemas";
import { auditActorOf, INVENTORY_TX_OPTIONS, ledgerActor, newRowId, type TStockActor } from "./inventory-tx";
import { ensureLevel, lockLevels, updateLevel, writeLedger } from "./stock-change";
import { ensureDefaultLocation } from "./stock-locations";
import { requireStockLocation, requireStockVariant } from "./stock-variants";
import { getVariantInventory, type TVariantInventory } from "./get-variant-inventory";

/**
 * Moves `quantity` of a variant's available stock (on hand, not reserved) from one location
 * to another (ZStockTransferInput): two TRANSFER ledger entries sharing the reference
 * `transfer:<id>`. Both levels are locked (the default location's first, as reservations do)
 * before the check, so the move is all or nothing and never takes reserved stock. Callers
 * check inventory:write. Another store's variant or locations are NOT_FOUND; not enough
 * available is 422 on "quantity". The total available does not change, so no low-stock
 * event and no `inventory.availability_changed` (the `inventory.adjusted` it writes refreshes the
 * storefront anyway). Returns the variant's inventory.
 *
 * @throws ZodError, AppError VALIDATION_FAILED (422), NOT_FOUND (404).
 */
export async function transferStock(storeId: string, actor: TStockActor, input: unknown): Promise<TVariantInventory> {
  const data = ZStockTransferInput.parse(input);
  await storeDb(storeId).$transaction(async (tx) => {
    const variant = await requireStockVariant(tx, storeId, data.variantId);
    if (!variant.tracked) {
      const message = "This variant does not track inventory";
      throw new AppError("VALIDATION_FAILED", message, { fields: [{ path: "variantId", message }] });
    }
    const from = await requireStockLocation(tx, storeId, data.fromLocationId, "fromLocationId");
    const to = await requireStockLocation(tx, storeId, data.toLocationId, "toLocationId");
    await ensureLevel(tx, storeId, variant.id, to.id);
    // Lock order as reservations take it: the default location's row first, then the other.
    const defaultId = (await ensureDefaultLocation(storeId, tx)).id;
    const [first, second] = to.id === defaultId ? [to.id, from.id] : [from.id, to.id];
    const levels = [...(await lockLevels(tx, storeId, variant.id, [first])), ...(await lockLevels(tx, storeId, variant.id, [second]))];
    const source = levels.find((l) => l.locationId === from.id);
    const available = source ? source.onHand - source.reserved : 0;
    if (available < data.quantity) {
      const message = `Only ${available} available at ${from.name}`;
      throw new AppError("VALIDATION_FAILED", message, { fields: [{ path: "quantity", message }] });
    }
    const out = { variantId: variant.id, locationId: from.id, onHandDelta: -data.quantity, reservedDelta: 0 };
    const into = { variantId: variant.id, locationId: to.id, onHandDelta: data.quantity, reservedDelta: 0 };
    if (!(await updateLevel(tx, storeId, out)) || !(await updateLevel(tx, storeId, into))) {
      throw new AppError("INTERNAL", "A locked stock level refused a valid transfer");
    }
    const reference = `transfer:${newRowId()}`;
    const note = data.note ?? `${from.name} -> ${to.name}`;
    await writeLedger(tx, storeId, [{ ...out, kind: "TRANSFER", reference, note }, { ...into, kind: "TRANSFER", reference, note }], ledgerActor(actor));
    await recordAudit(
      { storeId, ...auditActorOf(actor), action: "inventory.transferred", targetType: "variant", targetId: variant.id, data: { from: from.id, to: to.id, quantity: data.quantity } },
      tx,
    );
    await enqueueEvent(tx, {
      type: "inventory.adjusted",
      storeId,
      payload: { variantId: variant.id, productId: variant.productId, kind: "TRANSFER", fromLocationId: from.id, toLocationId: to.id, quantity: data.quantity },
    });
  }, INVENTORY_TX_OPTIONS);
  return getVariantInventory(storeId, data.variantId);
}
