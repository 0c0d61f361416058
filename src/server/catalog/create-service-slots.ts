import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError, type TFieldIssue } from "@/server/errors";
import { SLOT_MAX_DAYS_AHEAD, ZCreateServiceSlotsInput } from "./catalog.schemas";
import { auditActor, conflict, validationFailed, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { SLOT_SELECT, storeTimeZone, type TServiceSlotView } from "./service-slot-view";
import { seriesDates, slotTimeFormat, zonedInstant } from "./slot-times";

/**
 * Adds time slots to one of the store's services (ZCreateServiceSlotsInput): one slot, or a
 * weekly or daily series, at a wall-clock time in the store's time zone. Refused, writing
 * nothing: a product that is not a service (422 "productId"), a time the clocks skip that day
 * (422 "time"), a start in the past or more than two years ahead (422 "date"), and a slot this
 * service already has at the same start (409 "date"). The product row is locked for the
 * duration, so two concurrent requests cannot add the same start twice. The audit entry and
 * `product.slots_changed` (which also refreshes the cached storefront) commit with the slots.
 * An unknown or other store's product is NOT_FOUND.
 */
export async function createServiceSlots(storeId: string, actor: TCatalogActor, productId: string, input: unknown, context: TRequestContext = {}): Promise<TServiceSlotView[]> {
  const data = ZCreateServiceSlotsInput.parse(input);
  const timeZone = await storeTimeZone(storeId);
  return storeDb(storeId).$transaction(async (tx) => {
    const products = await tx.$queryRaw<{ id: string; handle: string; type: string; serviceDurationMinutes: number | null }[]>`
      SELECT id, handle, type, serviceDurationMinutes FROM Product WHERE storeId = ${storeId} AND id = ${productId} FOR UPDATE`;
    const product = products[0];
    if (!product) throw new AppError("NOT_FOUND", "Product not found");
    if (product.type !== "SERVICE") throw validationFailed([{ path: "productId", message: "Only services have time slots" }]);
    const duration = data.durationMinutes ?? (product.serviceDurationMinutes === null ? null : Number(product.serviceDurationMinutes));
    if (!duration) throw validationFailed([{ path: "durationMinutes", message: "Enter the duration in minutes" }]);

    const now = Date.now();
    const issues: TFieldIssue[] = [];
    const starts: Date[] = [];
    for (const date of seriesDates(data.date, data.weekdays, data.count)) {
      const startsAt = zonedInstant(date, data.time, timeZone);
      if (!startsAt) issues.push({ path: "time", message: `${data.time} does not exist on ${date} in ${timeZone} (the clocks change)` });
      else if (startsAt.getTime() <= now) issues.push({ path: "date", message: `${date} ${data.time} (${timeZone}) has already passed` });
      else if (startsAt.getTime() > now + SLOT_MAX_DAYS_AHEAD * 86_400_000) issues.push({ path: "date", message: `Slots can start at most ${SLOT_MAX_DAYS_AHEAD} days ahead` });
      else starts.push(startsAt);
    }
    if (issues.length) throw validationFailed(issues);

    const taken = await tx.serviceSlot.findMany({ where: { storeId, productId, startsAt: { in: starts } }, select: { startsAt: true }, orderBy: { startsAt: "asc" } });
    if (taken.length) {
      const when = slotTimeFormat(timeZone);
      throw conflict("date", `This service already has a slot at ${taken.map((t) => when.format(t.startsAt)).join(", ")}`);
    }
    await tx.serviceSlot.createMany({
      data: starts.map((startsAt) => ({ storeId, productId, startsAt, endsAt: new Date(startsAt.getTime() + duration * 60_000), capacity: data.capacity })),
    });
    const slots = await tx.serviceSlot.findMany({ where: { storeId, productId, startsAt: { in: starts } }, select: SLOT_SELECT, orderBy: { startsAt: "asc" } });
    const slotIds = slots.map((s) => s.id);
    await recordAudit(
      { storeId, ...auditActor(actor, context), action: "service_slot.created", targetType: "product", targetId: productId, data: { slotIds, capacity: data.capacity } },
      tx,
    );
    await enqueueEvent(tx, { type: "product.slots_changed", storeId, payload: { productId, handle: product.handle, change: "created", slotIds } });
    return slots;
  });
}
