import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { checkoutCart } from "@/server/checkout";
import { makeProduct, makeStore, setStock } from "@/server/cart/int-test-support";

const SHOPPERS = 200;
const STOCK = 10;

describe("200 concurrent checkouts for 10 in stock", () => {
  it("places exactly 10 orders numbered 1001..1010, answers 190 OUT_OF_STOCK, ends at 0 available with a balanced ledger", async () => {
    const store = await makeStore("rush");
    const product = await makeProduct(store.id, { title: "Limited print", type: "PHYSICAL", variants: [{ priceMinor: 5_000n, weightGrams: 100 }] });
    const variantId = product.variants[0]!.id;
    await setStock(store.id, variantId, STOCK);
    await storeDb(store.id).checkoutSettings.create({ data: { storeId: store.id, shipCountries: ["LK"], localPickupEnabled: true } });
    // 200 guest carts of one line each, written directly (the cart operations have their own tests).
    const carts = Array.from({ length: SHOPPERS }, () => randomBytes(24).toString("base64url"));
    await storeDb(store.id).cart.createMany({ data: carts.map((id) => ({ id, storeId: store.id })) });
    await storeDb(store.id).cartLine.createMany({ data: carts.map((cartId) => ({ storeId: store.id, cartId, variantId, quantity: 1 })) });
    const db = storeDb(store.id);
    const lastEventBefore = (await db.outboxEvent.findFirst({ where: { storeId: store.id }, orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

    const results = await Promise.allSettled(
      carts.map((cartId, i) =>
        checkoutCart(store.id, cartId, { email: `shopper${i}@example.com`, shippingRateId: "pickup", paymentMethod: "cod", checkoutKey: `rush-${randomUUID()}` }),
      ),
    );
    const placed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code?: string; message?: string; details?: { fields?: { path: string; message: string }[] } }] : []));

    expect(refused.filter((e) => e.code !== "OUT_OF_STOCK").slice(0, 3)).toEqual([]);
    expect(placed).toHaveLength(STOCK);
    expect(refused).toHaveLength(SHOPPERS - STOCK);
    for (const error of refused) {
      expect(error.code).toBe("OUT_OF_STOCK");
      expect(error.details?.fields).toEqual([{ path: "lines.0", message: "Limited print is out of stock (0 left)" }]);
    }
    expect(placed.map((p) => p.order.number).sort((a, b) => a - b)).toEqual(Array.from({ length: STOCK }, (_, i) => 1001 + i));

    const orders = await db.order.findMany({ where: { storeId: store.id }, select: { id: true, number: true } });
    expect(orders.map((o) => o.number).sort((a, b) => a - b)).toEqual(Array.from({ length: STOCK }, (_, i) => 1001 + i));
    expect(await db.orderLine.count({ where: { storeId: store.id } })).toBe(STOCK);
    expect(await db.payment.count({ where: { storeId: store.id } })).toBe(STOCK);
    expect(await db.orderCounter.findFirst({ where: { storeId: store.id }, select: { lastNumber: true } })).toEqual({ lastNumber: 1000 + STOCK });
    expect(await db.outboxEvent.count({ where: { storeId: store.id, type: "order.placed" } })).toBe(STOCK);
    expect(await db.outboxEvent.count({ where: { storeId: store.id, type: "mail.send" } })).toBe(STOCK);
    // Only the orders' events were written: nothing from the refused checkouts.
    const since = { storeId: store.id, id: { gt: lastEventBefore } };
    expect(await db.outboxEvent.count({ where: since })).toBe(
      await db.outboxEvent.count({ where: { ...since, type: { in: ["order.placed", "mail.send", "inventory.low_stock", "inventory.availability_changed"] } } }),
    );
    // Selling the last unit is one crossing of zero: one availability event for the whole burst.
    expect(await db.outboxEvent.count({ where: { ...since, type: "inventory.availability_changed" } })).toBe(1);

    const levels = await db.stockLevel.findMany({ where: { storeId: store.id, variantId } });
    expect(levels.reduce((s, l) => s + l.onHand - l.reserved, 0)).toBe(0);
    expect(levels.reduce((s, l) => s + l.reserved, 0)).toBe(STOCK);
    for (const level of levels) {
      const sums = await db.inventoryLedgerEntry.aggregate({ where: { storeId: store.id, variantId, locationId: level.locationId }, _sum: { onHandDelta: true, reservedDelta: true } });
      expect({ onHand: sums._sum.onHandDelta, reserved: sums._sum.reservedDelta }).toEqual({ onHand: level.onHand, reserved: level.reserved });
    }
    const reservations = await db.inventoryLedgerEntry.findMany({ where: { storeId: store.id, kind: "RESERVATION" }, select: { reference: true, reservedDelta: true } });
    expect(reservations.map((r) => r.reference).sort()).toEqual(orders.map((o) => `order:${o.id}`).sort());
    expect(reservations.every((r) => r.reservedDelta === 1)).toBe(true);

    // The winners' carts are empty; every loser's cart still holds its line.
    const lineCount = await db.cartLine.count({ where: { storeId: store.id } });
    expect(lineCount).toBe(SHOPPERS - STOCK);
  }, 180_000);
});
