import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { createProduct, createServiceSlots, deleteServiceSlot, listServiceSlots, localDateTime, updateServiceSlot, zonedInstant } from "./index";
import { audits, events, failure, fieldPaths, makeActor, makeStore } from "./int-test-support";

/**
 * Service time slots: entered in the store's time zone, one or a series, capacity never below
 * the bookings, no removal of booked slots, audit + product.slots_changed with every change,
 * and nothing of another store reachable.
 */
const DAY = 86_400_000;
const TZ = "Asia/Colombo";
let store: { id: string; slug: string };
let other: { id: string; slug: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
let serviceId: string;
let physicalId: string;
let victimSlotId: string;
let victimServiceId: string;

/** The calendar date `days` from now in the store's zone. */
const dayAhead = (days: number) => localDateTime(new Date(Date.now() + days * DAY), TZ).date;

beforeAll(async () => {
  [store, other] = await Promise.all([makeStore("slots"), makeStore("slots-victim")]);
  await platformDb().store.update({ where: { id: store.id }, data: { timeZone: TZ } });
  actor = await makeActor();
  serviceId = (await createProduct(store.id, actor, { title: "Tea tasting", type: "SERVICE", serviceDurationMinutes: 90, sku: "TASTE", price: "7500" })).id;
  physicalId = (await createProduct(store.id, actor, { title: "Teapot", sku: "POT", price: "2500" })).id;
  victimServiceId = (await createProduct(other.id, actor, { title: "Victim class", type: "SERVICE", serviceDurationMinutes: 60, sku: "VIC", price: "10" })).id;
  victimSlotId = (await createServiceSlots(other.id, actor, victimServiceId, { date: dayAhead(5), time: "10:00", capacity: 4 }))[0]!.id;
});
afterAll(disconnectDb);

describe("service slots", () => {
  it("creates one slot at a wall-clock time in the store's zone, with the service's duration", async () => {
    const date = dayAhead(3);
    const [slot] = await createServiceSlots(store.id, actor, serviceId, { date, time: "09:30", capacity: "8" });
    expect(slot!.startsAt.toISOString()).toBe(zonedInstant(date, "09:30", TZ)!.toISOString());
    expect(localDateTime(slot!.startsAt, "UTC").time).toBe("04:00");
    expect(slot!.endsAt.getTime() - slot!.startsAt.getTime()).toBe(90 * 60_000);
    expect(slot).toMatchObject({ capacity: 8, booked: 0, productId: serviceId });
    expect(await audits(store.id, "service_slot.created")).toEqual([expect.objectContaining({ actorId: actor.userId, targetId: serviceId, data: { slotIds: [slot!.id], capacity: 8 } })]);
    expect(await events(store.id, "product.slots_changed")).toEqual([{ type: "product.slots_changed", payload: { productId: serviceId, handle: "tea-tasting", change: "created", slotIds: [slot!.id] } }]);
  });

  it("creates a weekly series on the chosen weekdays, with its own duration", async () => {
    const start = dayAhead(10);
    const slots = await createServiceSlots(store.id, actor, serviceId, { date: start, time: "18:00", capacity: 3, weekdays: ["2", "5"], count: "4", durationMinutes: "45" });
    expect(slots).toHaveLength(4);
    const local = slots.map((s) => localDateTime(s.startsAt, TZ));
    expect(local.every((l) => l.time === "18:00" && l.date >= start)).toBe(true);
    expect(new Set(local.map((l) => new Date(`${l.date}T00:00:00Z`).getUTCDay()))).toEqual(new Set([2, 5]));
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 45 * 60_000)).toBe(true);
  });

  it("refuses past times, products that are not services, bad input and duplicates, writing nothing", async () => {
    const before = await storeDb(store.id).serviceSlot.count();
    const eventsBefore = (await events(store.id)).length;
    const yesterday = dayAhead(-1);
    expect(fieldPaths(await failure(createServiceSlots(store.id, actor, serviceId, { date: yesterday, time: "09:00", capacity: 1 })))).toEqual(["date"]);
    expect(fieldPaths(await failure(createServiceSlots(store.id, actor, serviceId, { date: dayAhead(1000), time: "09:00", capacity: 1 })))).toEqual(["date"]);
    expect(fieldPaths(await failure(createServiceSlots(store.id, actor, physicalId, { date: dayAhead(2), time: "09:00", capacity: 1 })))).toEqual(["productId"]);
    expect(fieldPaths(await failure(createServiceSlots(store.id, actor, serviceId, { date: "tomorrow", time: "9am", capacity: 0 })))).toEqual(["date", "time", "capacity"]);
    const duplicate = await failure(createServiceSlots(store.id, actor, serviceId, { date: dayAhead(20), time: "09:30", capacity: 2, count: 3 }).then(() =>
      createServiceSlots(store.id, actor, serviceId, { date: dayAhead(21), time: "09:30", capacity: 2, count: 3 }),
    ));
    expect(duplicate).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(fieldPaths(duplicate)).toEqual(["date"]);
    // Only the first series of three was written.
    expect(await storeDb(store.id).serviceSlot.count()).toBe(before + 3);
    expect((await events(store.id)).length).toBe(eventsBefore + 1);
  });

  it("changes capacity, never below the places booked", async () => {
    const [slot] = await createServiceSlots(store.id, actor, serviceId, { date: dayAhead(30), time: "11:00", capacity: 6 });
    await storeDb(store.id).serviceSlot.update({ where: { id: slot!.id }, data: { booked: 4 } });
    const refused = await failure(updateServiceSlot(store.id, actor, slot!.id, { capacity: 3 }));
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(refused.details?.fields).toEqual([{ path: "capacity", message: expect.stringContaining("4 places are already booked") }]);
    expect(await updateServiceSlot(store.id, actor, slot!.id, { capacity: "4" })).toMatchObject({ capacity: 4, booked: 4 });
    expect(await audits(store.id, "service_slot.updated")).toEqual([expect.objectContaining({ targetId: slot!.id, data: { productId: serviceId, capacity: { from: 6, to: 4 } } })]);
    expect((await events(store.id, "product.slots_changed")).at(-1)).toEqual({ type: "product.slots_changed", payload: { productId: serviceId, handle: "tea-tasting", change: "updated", slotIds: [slot!.id] } });
  });

  it("removes a slot without bookings and refuses one with bookings", async () => {
    const [free, booked] = await createServiceSlots(store.id, actor, serviceId, { date: dayAhead(40), time: "08:00", capacity: 2, count: 2 });
    await storeDb(store.id).serviceSlot.update({ where: { id: booked!.id }, data: { booked: 1 } });
    const refused = await failure(deleteServiceSlot(store.id, actor, booked!.id));
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(fieldPaths(refused)).toEqual(["slotId"]);
    await deleteServiceSlot(store.id, actor, free!.id);
    const left = await storeDb(store.id).serviceSlot.findMany({ where: { id: { in: [free!.id, booked!.id] } }, select: { id: true } });
    expect(left).toEqual([{ id: booked!.id }]);
    expect(await audits(store.id, "service_slot.deleted")).toEqual([expect.objectContaining({ targetId: free!.id })]);
  });

  it("lists the slots that have not ended, earliest first", async () => {
    const past = await storeDb(store.id).serviceSlot.create({
      data: { storeId: store.id, productId: serviceId, startsAt: new Date(Date.now() - 3 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000), capacity: 1 },
    });
    const slots = await listServiceSlots(store.id, serviceId);
    expect(slots.length).toBeGreaterThan(5);
    expect(slots.map((s) => s.id)).not.toContain(past.id);
    expect(slots.map((s) => s.startsAt.getTime())).toEqual([...slots.map((s) => s.startsAt.getTime())].sort((x, y) => x - y));
  });

  it("never reaches another store's products or slots", async () => {
    const eventsBefore = (await events(other.id)).length;
    expect(await failure(createServiceSlots(store.id, actor, victimServiceId, { date: dayAhead(3), time: "09:00", capacity: 1 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(updateServiceSlot(store.id, actor, victimSlotId, { capacity: 1 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(deleteServiceSlot(store.id, actor, victimSlotId))).toMatchObject({ code: "NOT_FOUND" });
    expect(await listServiceSlots(store.id, victimServiceId)).toEqual([]);
    expect(await storeDb(other.id).serviceSlot.findUniqueOrThrow({ where: { id: victimSlotId } })).toMatchObject({ capacity: 4 });
    expect((await events(other.id)).length).toBe(eventsBefore);
    expect(await events(store.id, "product.slots_changed")).not.toContainEqual(expect.objectContaining({ payload: expect.objectContaining({ productId: victimServiceId }) }));
  });
});
