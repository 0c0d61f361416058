import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZTaxRatePatch } from "./checkout.schemas";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import { TAX_RATE_SELECT, type TTaxRateView } from "./shipping-view";
import { assertTaxPlaceFree, withTaxPlaceUnique } from "./tax-rate-writes";

/**
 * Changes a tax rate (ZTaxRatePatch). Placed orders keep the tax they were charged. Audit
 * entry and `tax.updated` event in the same transaction.
 *
 * @throws ZodError (422); AppError NOT_FOUND, CONFLICT on "region".
 */
export async function updateTaxRate(storeId: string, actor: TSettingsWriteActor, taxRateId: string, input: unknown, context: TRequestContext = {}): Promise<TTaxRateView> {
  const patch = ZTaxRatePatch.parse(input);
  return withTaxPlaceUnique(() =>
    storeDb(storeId).$transaction(async (tx) => {
      const before = await tx.taxRate.findFirst({ where: { storeId, id: taxRateId }, select: TAX_RATE_SELECT });
      if (!before) throw new AppError("NOT_FOUND", "Tax rate not found");
      const country = patch.country ?? before.country;
      const region = patch.region !== undefined ? patch.region : before.region;
      if (country !== before.country || region !== before.region) await assertTaxPlaceFree(tx, storeId, country, region, taxRateId);
      const rate = await tx.taxRate.update({
        where: { id: taxRateId, storeId },
        data: { country, region, ...(patch.name !== undefined && { name: patch.name }), ...(patch.rateBp !== undefined && { rateBp: patch.rateBp }) },
        select: TAX_RATE_SELECT,
      });
      const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
      await recordAudit({ storeId, ...auditActor(actor, context), action: "tax_rate.updated", targetType: "tax_rate", targetId: taxRateId, data: { fields, rateBp: rate.rateBp } }, tx);
      await enqueueEvent(tx, { type: "tax.updated", storeId, payload: { taxRateId, change: "updated" } });
      return rate;
    }),
  );
}
