import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZShippingZoneInput } from "./checkout.schemas";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import type { TShippingZoneView } from "./shipping-view";

/**
 * Creates a shipping zone (ZShippingZoneInput: name, countries with optional regions, position)
 * without rates. Audit entry and `shipping.updated` event in the same transaction. Callers
 * check settings:write.
 *
 * @throws ZodError (422) with field paths, e.g. countries.0.country for an unknown code.
 */
export async function createShippingZone(storeId: string, actor: TSettingsWriteActor, input: unknown, context: TRequestContext = {}): Promise<TShippingZoneView> {
  const data = ZShippingZoneInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const position = data.position ?? (await tx.shippingZone.count({ where: { storeId } }));
    const zone = await tx.shippingZone.create({ data: { storeId, name: data.name, countries: data.countries, position }, select: { id: true } });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_zone.created", targetType: "shipping_zone", targetId: zone.id, data: { countries: data.countries.map((c) => c.country) } }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId: zone.id, change: "zone.created" } });
    return { id: zone.id, name: data.name, position, countries: data.countries, rates: [] };
  });
}
