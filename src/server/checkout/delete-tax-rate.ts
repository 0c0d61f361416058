import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";

/**
 * Deletes a tax rate. Audit entry and `tax.updated` event in the same transaction.
 *
 * @throws AppError NOT_FOUND for an unknown rate or another store's.
 */
export async function deleteTaxRate(storeId: string, actor: TSettingsWriteActor, taxRateId: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const { count } = await tx.taxRate.deleteMany({ where: { storeId, id: taxRateId } });
    if (!count) throw new AppError("NOT_FOUND", "Tax rate not found");
    await recordAudit({ storeId, ...auditActor(actor, context), action: "tax_rate.deleted", targetType: "tax_rate", targetId: taxRateId }, tx);
    await enqueueEvent(tx, { type: "tax.updated", storeId, payload: { taxRateId, change: "deleted" } });
  });
}
