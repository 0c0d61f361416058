import { describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView, getOrCreateCustomerCart, mergeGuestCart, purgeStaleCarts, resolveShopperCart } from "@/server/cart";
import { customerIdFor, makeProduct, makeSlot, makeStore } from "./int-test-support";

describe("customer carts", () => {
  it("a customer has one cart, however many requests ask for it at once", async () => {
    const store = await makeStore("cust-cart");
    const customerId = customerIdFor("one");
    const carts = await Promise.all(Array.from({ length: 6 }, () => getOrCreateCustomerCart(store.id, customerId)));
    expect(new Set(carts.map((c) => c.id)).size).toBe(1);
    expect(carts[0]!.customerId).toBe(customerId);
    expect((await createCart(store.id, { customerId })).id).toBe(carts[0]!.id);
    expect(await storeDb(store.id).cart.count({ where: { storeId: store.id, customerId } })).toBe(1);
  });
});

describe("mergeGuestCart", () => {
  it("sums quantities of the same variant (capped at the maximum), copies the rest, deletes the guest cart, and is idempotent", async () => {
    const store = await makeStore("merge");
    await storeDb(store.id).checkoutSettings.create({ data: { storeId: store.id, shipCountries: ["LK"], maxLineQuantity: 10 } });
    const tea = await makeProduct(store.id, { title: "Tea", variants: [{ priceMinor: 100n, trackInventory: false }] });
    const cup = await makeProduct(store.id, { title: "Cup", variants: [{ priceMinor: 200n, trackInventory: false }] });
    const spa = await makeProduct(store.id, { title: "Spa", type: "SERVICE", variants: [{ priceMinor: 900n }] });
    const slot = await makeSlot(store.id, spa.id, { capacity: 10 });
    const customerId = customerIdFor("merge");
    const mine = await getOrCreateCustomerCart(store.id, customerId);
    await addCartLine(store.id, mine.id, { variantId: tea.variants[0]!.id, quantity: 7 });
    await addCartLine(store.id, mine.id, { variantId: spa.variants[0]!.id, quantity: 1, slotId: slot.id });
    const guest = await createCart(store.id);
    await addCartLine(store.id, guest.id, { variantId: tea.variants[0]!.id, quantity: 5 });
    await addCartLine(store.id, guest.id, { variantId: cup.variants[0]!.id, quantity: 2 });
    await addCartLine(store.id, guest.id, { variantId: spa.variants[0]!.id, quantity: 2, slotId: slot.id });

    const merged = await mergeGuestCart(store.id, guest.id, customerId);
    expect(merged.id).toBe(mine.id);
    expect(merged.lines.map((l) => [l.title, l.quantity])).toEqual([
      ["Tea", 10],
      ["Spa", 3],
      ["Cup", 2],
    ]);
    expect(await storeDb(store.id).cart.findFirst({ where: { storeId: store.id, id: guest.id } })).toBeNull();
    expect(await storeDb(store.id).cartLine.count({ where: { storeId: store.id, cartId: guest.id } })).toBe(0);

    const again = await mergeGuestCart(store.id, guest.id, customerId);
    expect(again.lines.map((l) => [l.title, l.quantity])).toEqual(merged.lines.map((l) => [l.title, l.quantity]));
  });

  it("never takes another customer's cart, and merges nothing across stores", async () => {
    const store = await makeStore("merge-guard");
    const other = await makeStore("merge-other");
    const tea = await makeProduct(store.id, { variants: [{ priceMinor: 100n, trackInventory: false }] });
    const foreignTea = await makeProduct(other.id, { variants: [{ priceMinor: 100n, trackInventory: false }] });
    const alice = customerIdFor("alice");
    const bob = customerIdFor("bob");
    const aliceCart = await getOrCreateCustomerCart(store.id, alice);
    await addCartLine(store.id, aliceCart.id, { variantId: tea.variants[0]!.id, quantity: 1 });
    expect((await mergeGuestCart(store.id, aliceCart.id, bob)).lines).toEqual([]);
    expect((await getCartView(store.id, aliceCart.id)).lines).toHaveLength(1);

    const foreignGuest = await createCart(other.id);
    await addCartLine(other.id, foreignGuest.id, { variantId: foreignTea.variants[0]!.id, quantity: 3 });
    expect((await mergeGuestCart(store.id, foreignGuest.id, alice)).lines.map((l) => l.quantity)).toEqual([1]);
    expect((await getCartView(other.id, foreignGuest.id)).lines.map((l) => l.quantity)).toEqual([3]);
  });
});

describe("resolveShopperCart", () => {
  it("merges the guest cookie's cart on the first signed-in request, and gives guests only guest carts", async () => {
    const store = await makeStore("resolve");
    const other = await makeStore("resolve-other");
    const tea = await makeProduct(store.id, { title: "Tea", variants: [{ priceMinor: 100n, trackInventory: false }] });
    const customerId = customerIdFor("resolve");
    const guest = await createCart(store.id);
    await addCartLine(store.id, guest.id, { variantId: tea.variants[0]!.id, quantity: 2 });

    expect(await resolveShopperCart(store.id, {})).toEqual({ cart: null, clearGuestCookie: false });
    expect((await resolveShopperCart(store.id, { guestCartId: guest.id })).cart?.itemCount).toBe(2);
    const signedIn = await resolveShopperCart(store.id, { guestCartId: guest.id, customerId });
    expect(signedIn.clearGuestCookie).toBe(true);
    expect(signedIn.cart).toMatchObject({ customerId, itemCount: 2 });
    expect(await resolveShopperCart(store.id, { guestCartId: guest.id })).toEqual({ cart: null, clearGuestCookie: true });
    expect(await resolveShopperCart(store.id, { guestCartId: signedIn.cart!.id })).toEqual({ cart: null, clearGuestCookie: true });
    expect(await resolveShopperCart(store.id, { guestCartId: "not a cart id" })).toEqual({ cart: null, clearGuestCookie: true });
    const foreign = await createCart(other.id);
    expect(await resolveShopperCart(store.id, { guestCartId: foreign.id })).toEqual({ cart: null, clearGuestCookie: true });
    expect((await resolveShopperCart(store.id, { customerId })).cart?.id).toBe(signedIn.cart!.id);
  });
});

describe("purgeStaleCarts", () => {
  it("deletes carts unused for 30 days with their lines, and keeps the rest", async () => {
    const store = await makeStore("purge");
    const tea = await makeProduct(store.id, { variants: [{ priceMinor: 100n, trackInventory: false }] });
    const stale = await createCart(store.id);
    await addCartLine(store.id, stale.id, { variantId: tea.variants[0]!.id, quantity: 1 });
    const fresh = await createCart(store.id);
    const old = new Date(Date.now() - 31 * 24 * 3_600_000);
    await storeDb(store.id).$executeRaw`UPDATE Cart SET updatedAt = ${old} WHERE storeId = ${store.id} AND id = ${stale.id}`;
    expect(await purgeStaleCarts({ olderThan: new Date(Date.now() - 30 * 24 * 3_600_000) })).toBeGreaterThanOrEqual(1);
    expect(await storeDb(store.id).cart.findMany({ where: { storeId: store.id }, select: { id: true } })).toEqual([{ id: fresh.id }]);
    expect(await storeDb(store.id).cartLine.count({ where: { storeId: store.id } })).toBe(0);
  });
});
