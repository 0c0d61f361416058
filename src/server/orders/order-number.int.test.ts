import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { FIRST_ORDER_NUMBER } from "./index";
import { addProduct, makeStore, placeTestOrder, settleConcurrently } from "./int-test-support";

afterAll(disconnectDb);

describe("order numbers", () => {
  // The store has no counter yet: the first orders also race to create it.
  it("are unique and gapless from 1001 under 50 concurrent checkouts of which some roll back", async () => {
    const store = await makeStore("ord-numbers");
    const { variantId } = await addProduct(store.id, [{ trackInventory: false }]);
    const results = await settleConcurrently(50, (i) => placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], failAtEnd: i % 4 === 1 }));
    const failed = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason?.message));
    expect(failed).toEqual(Array.from({ length: failed.length }, () => "rolled back on purpose"));
    expect(failed).toHaveLength(13);
    const numbers = (await storeDb(store.id).order.findMany({ where: { storeId: store.id }, select: { number: true } })).map((o) => o.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 37 }, (_, i) => FIRST_ORDER_NUMBER + i));
    const counter = await storeDb(store.id).orderCounter.findFirstOrThrow({ where: { storeId: store.id } });
    expect(counter.lastNumber).toBe(FIRST_ORDER_NUMBER + 36);
  });

  it("are counted per store", async () => {
    const a = await makeStore("ord-num-a");
    const b = await makeStore("ord-num-b");
    const va = (await addProduct(a.id, [{ trackInventory: false }])).variantId;
    const vb = (await addProduct(b.id, [{ trackInventory: false }])).variantId;
    expect((await placeTestOrder(a.id, { lines: [{ variantId: va, quantity: 1 }] })).number).toBe(1001);
    expect((await placeTestOrder(a.id, { lines: [{ variantId: va, quantity: 1 }] })).number).toBe(1002);
    expect((await placeTestOrder(b.id, { lines: [{ variantId: vb, quantity: 1 }] })).number).toBe(1001);
  });
});
