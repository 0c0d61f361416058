/**
 * A service's "Time slots" on the dashboard: the server actions re-check catalog:write and the
 * store, turn bad input into field errors without writing, and the product page lists the
 * slots in the store's time zone with thumbnails from the dashboard's own media route. The
 * session is a mock of getPlatformActor; everything below it is real.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { createProduct, createServiceSlots, localDateTime, setProductMedia } from "@/server/catalog";
import { disconnectDb, storeDb } from "@/server/db";
import { createStoresAB, form, session } from "../dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("../dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("../dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("../dashboard-test-session")).mockNextCache());

const actions = await import("./slot-actions");
const EditProductPage = (await import("./[id]/page")).default;

const TZ = "Asia/Colombo";
let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let supportA: string;
let serviceA: string;
let serviceB: string;
let slotB: string;

const dayAhead = (days: number) => localDateTime(new Date(Date.now() + days * 86_400_000), TZ).date;
const slotCount = (storeId: string) => storeDb(storeId).serviceSlot.count({ where: { storeId } });

beforeAll(async () => {
  let ownerB: string;
  ({ a, b, ownerA, memberA: supportA, ownerB } = await createStoresAB("slots", { a: { name: "Slots A", timeZone: TZ }, b: { name: "Slots B" } }));
  const actor = { kind: "user" as const, userId: ownerA };
  serviceA = (await createProduct(a.id, actor, { title: "Tea tasting", type: "SERVICE", serviceDurationMinutes: 90, sku: "TASTE", price: "7500" })).id;
  serviceB = (await createProduct(b.id, { kind: "user", userId: ownerB }, { title: "Victim class", type: "SERVICE", serviceDurationMinutes: 60, sku: "VIC", price: "10" })).id;
  slotB = (await createServiceSlots(b.id, { kind: "user", userId: ownerB }, serviceB, { date: dayAhead(4), time: "10:00", capacity: 3 }))[0]!.id;
  const image = await storeDb(a.id).mediaAsset.create({
    data: { storeId: a.id, kind: "IMAGE", storageKey: `${a.id}/images/x/full`, mimeType: "image/png", byteSize: 100, width: 800, height: 600, alt: "Cups" },
  });
  await setProductMedia(a.id, actor, serviceA, [{ mediaId: image.id, position: 0 }]);
});
beforeEach(() => {
  session.userId = null;
});
afterAll(disconnectDb);

describe("time slot actions", () => {
  it("add a weekly series in the store's time zone", async () => {
    session.userId = ownerA;
    const result = await actions.createServiceSlotsAction(a.slug, serviceA, IDLE, form({ date: dayAhead(7), time: "09:30", capacity: "6", durationMinutes: "", count: "3", weekdays: ["1", "3"] }));
    expect(result).toMatchObject({ status: "ok", message: "3 time slots added." });
    const slots = await storeDb(a.id).serviceSlot.findMany({ where: { productId: serviceA }, orderBy: { startsAt: "asc" } });
    expect(slots).toHaveLength(3);
    expect(slots.map((s) => localDateTime(s.startsAt, TZ).time)).toEqual(["09:30", "09:30", "09:30"]);
    expect(slots.every((s) => s.capacity === 6 && s.endsAt.getTime() - s.startsAt.getTime() === 90 * 60_000)).toBe(true);
  });

  it("return field errors with what was typed, writing nothing", async () => {
    session.userId = ownerA;
    const before = await slotCount(a.id);
    const bad = await actions.createServiceSlotsAction(a.slug, serviceA, IDLE, form({ date: "2026-02-30", time: "9", capacity: "none", durationMinutes: "", count: "1" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { date: expect.any(String), time: expect.any(String), capacity: expect.any(String) }, values: { capacity: "none" } });
    const past = await actions.createServiceSlotsAction(a.slug, serviceA, IDLE, form({ date: dayAhead(-2), time: "09:00", capacity: "2", durationMinutes: "", count: "1" }));
    expect(past).toMatchObject({ status: "error", fieldErrors: { date: expect.stringContaining("already passed") } });
    const slot = await storeDb(a.id).serviceSlot.findFirstOrThrow({ where: { productId: serviceA } });
    await storeDb(a.id).serviceSlot.update({ where: { id: slot.id }, data: { booked: 2 } });
    const low = await actions.updateServiceSlotAction(a.slug, serviceA, IDLE, form({ slotId: slot.id, capacity: "1" }));
    expect(low).toMatchObject({ status: "error", fieldErrors: { capacity: expect.stringContaining("2 places are already booked") } });
    const booked = await actions.deleteServiceSlotAction(a.slug, serviceA, IDLE, form({ slotId: slot.id }));
    expect(booked).toMatchObject({ status: "error", message: expect.stringContaining("cannot be removed") });
    expect(await slotCount(a.id)).toBe(before);
    expect(await actions.updateServiceSlotAction(a.slug, serviceA, IDLE, form({ slotId: slot.id, capacity: "2" }))).toMatchObject({ status: "ok" });
    expect((await storeDb(a.id).serviceSlot.findUniqueOrThrow({ where: { id: slot.id } })).capacity).toBe(2);
  });

  it("are refused to members without catalog:write and to another store's staff", async () => {
    const before = await slotCount(b.id);
    session.userId = supportA;
    expect(await actions.createServiceSlotsAction(a.slug, serviceA, IDLE, form({ date: dayAhead(9), time: "09:00", capacity: "2", durationMinutes: "", count: "1" }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/role does not include/),
    });
    session.userId = ownerA;
    const results = [
      await actions.createServiceSlotsAction(b.slug, serviceB, IDLE, form({ date: dayAhead(9), time: "09:00", capacity: "2", durationMinutes: "", count: "1" })),
      await actions.createServiceSlotsAction(a.slug, serviceB, IDLE, form({ date: dayAhead(9), time: "09:00", capacity: "2", durationMinutes: "", count: "1" })),
      await actions.updateServiceSlotAction(a.slug, serviceA, IDLE, form({ slotId: slotB, capacity: "99" })),
      await actions.deleteServiceSlotAction(a.slug, serviceA, IDLE, form({ slotId: slotB })),
    ];
    for (const r of results) expect(r).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    expect(await slotCount(b.id)).toBe(before);
    expect((await storeDb(b.id).serviceSlot.findUniqueOrThrow({ where: { id: slotB } })).capacity).toBe(3);
  });
});

describe("the product page of a service", () => {
  it("lists the upcoming slots in the store's zone and shows thumbnails from the dashboard's media route", async () => {
    session.userId = ownerA;
    const html = renderToStaticMarkup(await EditProductPage({ params: Promise.resolve({ store: a.slug, id: serviceA }), searchParams: Promise.resolve({}) }));
    expect(html).toContain("Time slots");
    expect(html).toContain(TZ);
    const first = await storeDb(a.id).serviceSlot.findFirstOrThrow({ where: { productId: serviceA }, orderBy: { startsAt: "asc" } });
    const { time } = localDateTime(first.startsAt, TZ);
    expect(html).toContain(`, ${time}</td>`);
    const thumbnail = html.match(/<img[^>]*>/)?.[0];
    expect(thumbnail).toMatch(new RegExp(`src="/dashboard/${a.slug}/media/[^/"]+/160"`));
    expect(html).not.toMatch(/src="https?:\/\//);
  });
});
