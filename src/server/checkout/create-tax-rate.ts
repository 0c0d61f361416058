import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZTaxRateInput } from "./checkout.schemas";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import { TAX_RATE_SELECT, type TTaxRateView } from "./shipping-view";
import { assertTaxPlaceFree, withTaxPlaceUnique } from "./tax-rate-writes";

/**
 * Adds a tax rate for a country, or one of its regions (ZTaxRateInput, rateBp in basis points).
 * One rate per country and region. Audit entry and `tax.updated` event in the same transaction.
 *
 * @throws ZodError (422); AppError CONFLICT on "region" when the place already has a rate.
 */
export async function createTaxRate(storeId: string, actor: TSettingsWriteActor, input: unknown, context: TRequestContext = {}): Promise<TTaxRateView> {
  const data = ZTaxRateInput.parse(input);
  const region = data.region ?? null;
  return withTaxPlaceUnique(() =>
    storeDb(storeId).$transaction(async (tx) => {
      await assertTaxPlaceFree(tx, storeId, data.country, region);
      const rate = await tx.taxRate.create({ data: { storeId, country: data.country, region, name: data.name, rateBp: data.rateBp }, select: TAX_RATE_SELECT });
      await recordAudit({ storeId, ...auditActor(actor, context), action: "tax_rate.created", targetType: "tax_rate", targetId: rate.id, data: { country: rate.country, region, rateBp: rate.rateBp } }, tx);
      await enqueueEvent(tx, { type: "tax.updated", storeId, payload: { taxRateId: rate.id, change: "created" } });
      return rate;
    }),
  );
}
