import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { ZLowStockThresholdInput } from "./inventory.schemas";
import { auditActorOf, type TStockActor } from "./inventory-tx";
import { toNumber } from "./stock-change";

/**
 * Sets or clears (null) a variant's low-stock threshold (ZLowStockThresholdInput). Callers
 * check inventory:write. Another store's variant is NOT_FOUND. Audited; writes
 * `inventory.low_stock` at once when the variant is already at or under the new threshold.
 */
export async function setLowStockThreshold(storeId: string, actor: TStockActor, input: unknown): Promise<{ variantId: string; threshold: number | null }> {
  const { variantId, threshold } = ZLowStockThresholdInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const updated = await tx.productVariant.updateMany({ where: { storeId, id: variantId }, data: { lowStockThreshold: threshold } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", "Variant not found", { fields: [{ path: "variantId", message: "Variant not found" }] });
    await recordAudit({ storeId, ...auditActorOf(actor), action: "inventory.threshold_set", targetType: "variant", targetId: variantId, data: { threshold } }, tx);
    if (threshold != null) {
      const [row] = await tx.$queryRaw<{ available: unknown; trackInventory: unknown }[]>`
        SELECT v.trackInventory, CAST(COALESCE(SUM(s.onHand - s.reserved), 0) AS SIGNED) AS available
        FROM ProductVariant v LEFT JOIN StockLevel s ON s.storeId = ${storeId} AND s.variantId = v.id
        WHERE v.storeId = ${storeId} AND v.id = ${variantId} GROUP BY v.id, v.trackInventory`;
      const available = toNumber(row?.available);
      if (row && toNumber(row.trackInventory) && available <= threshold) {
        await enqueueEvent(tx, { type: "inventory.low_stock", storeId, payload: { variantId, available, threshold } });
      }
    }
    return { variantId, threshold };
  });
}
