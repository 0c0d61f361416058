import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { applyPaymentSucceeded, expireReservations, getOrderForStaff, RESERVATION_EXPIRED_REASON } from "./index";
import { addProduct, addServiceSlot, events, ledgerMismatches, level, makeStore, makeUser, placeTestOrder } from "./int-test-support";

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
/** Long past, so this file's orders come first in the cross-store scan whatever other files do. */
const LAPSED = new Date("2001-01-01T00:00:00Z");

beforeAll(async () => {
  store = await makeStore("ord-expire");
  staff = await makeUser();
});
afterAll(disconnectDb);

const mine = (result: Awaited<ReturnType<typeof expireReservations>>) => result.expired.filter((e) => e.storeId === store.id).map((e) => e.orderId);

describe("reservation expiry", () => {
  it("releases lapsed unpaid orders' stock and slots once, even with two workers at once, and leaves COD and fresh orders alone", async () => {
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, quantity: 10, reason: "Received" });
    const { variantId: service, slotId } = await addServiceSlot(store.id, 3);
    const lapsed: string[] = [];
    for (let i = 0; i < 4; i++) lapsed.push((await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", reservationExpiresAt: LAPSED })).orderId);
    const booking = (await placeTestOrder(store.id, { lines: [{ variantId: service, slotId, quantity: 2 }], method: "STRIPE", reservationExpiresAt: LAPSED })).orderId;
    const fresh = (await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE" })).orderId;
    const cod = (await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "COD" })).orderId;
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 6 });

    // Other test files may run the job at the same time: what matters is that each lapsed order
    // is expired exactly once, whoever did it.
    const [first, second] = await Promise.all([expireReservations({ limit: 1000 }), expireReservations({ limit: 1000 })]);
    const reported = [...mine(first), ...mine(second)];
    expect(new Set(reported).size).toBe(reported.length);
    expect(reported.every((id) => [...lapsed, booking].includes(id))).toBe(true);
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 2 });
    expect((await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } })).booked).toBe(0);

    const order = await getOrderForStaff(store.id, lapsed[0]!);
    expect([order.status, order.paymentStatus, order.cancelReason, order.timeline.at(-1)?.kind]).toEqual(["CANCELLED", "VOIDED", RESERVATION_EXPIRED_REASON, "reservation_expired"]);
    expect((await getOrderForStaff(store.id, fresh)).status).toBe("OPEN");
    expect((await getOrderForStaff(store.id, cod)).status).toBe("OPEN");
    const expiredEvents = (await events(store.id, "order.reservation_expired")).map((e) => (e.payload as { orderId: string }).orderId).sort();
    expect(expiredEvents).toEqual([...lapsed, booking].sort());

    expect(mine(await expireReservations({ limit: 1000 }))).toEqual([]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 2 });
    expect(await storeDb(store.id).inventoryLedgerEntry.count({ where: { storeId: store.id, kind: "RELEASE" } })).toBe(4);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a payment arriving after expiry reopens the order when stock is still there", async () => {
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, quantity: 1, reason: "Received" });
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", reservationExpiresAt: LAPSED, providerRef: `pi_late_${variantId}` });
    await expireReservations({ limit: 1000 });
    expect((await getOrderForStaff(store.id, orderId)).status).toBe("CANCELLED");
    const outcome = await storeDb(store.id).$transaction((tx) => applyPaymentSucceeded(tx, store.id, orderId, { provider: "STRIPE", providerRef: `pi_late_${variantId}`, amountMinor: 1000n }));
    expect(outcome).toBe("reinstated");
    expect(await level(store.id, variantId)).toEqual({ onHand: 0, reserved: 0 });
    expect((await getOrderForStaff(store.id, orderId)).status).toBe("OPEN");
  });
});
