import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { getStoreProfile } from "@/server/stores";
import { ZShippingZonePatch } from "./checkout.schemas";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import { loadShippingZones, type TShippingZoneView } from "./shipping-view";

/**
 * Changes a zone's name, countries or position (ZShippingZonePatch). Audit entry and
 * `shipping.updated` event in the same transaction. A zone of another store is NOT_FOUND.
 *
 * @throws ZodError (422); AppError NOT_FOUND.
 */
export async function updateShippingZone(storeId: string, actor: TSettingsWriteActor, zoneId: string, input: unknown, context: TRequestContext = {}): Promise<TShippingZoneView> {
  const patch = ZShippingZonePatch.parse(input);
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return storeDb(storeId).$transaction(async (tx) => {
    const { count } = await tx.shippingZone.updateMany({
      where: { storeId, id: zoneId },
      data: { ...(patch.name !== undefined && { name: patch.name }), ...(patch.countries !== undefined && { countries: patch.countries }), ...(patch.position !== undefined && { position: patch.position }) },
    });
    if (!count) throw new AppError("NOT_FOUND", "Shipping zone not found");
    const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_zone.updated", targetType: "shipping_zone", targetId: zoneId, data: { fields } }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId, change: "zone.updated" } });
    return (await loadShippingZones(tx, storeId, store.currency)).find((z) => z.id === zoneId)!;
  });
}
