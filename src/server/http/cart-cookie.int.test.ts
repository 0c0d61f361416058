import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/env";
import { disconnectDb, storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView, getOrCreateCustomerCart, shopperCartItemCount } from "@/server/cart";
import { customerIdFor, makeProduct, makeStore, setStock } from "@/server/cart/int-test-support";
import { cartCookieHeader, cartIdFromCookieHeader, withGuestCartMerge } from "./cart-cookie";

let store: Awaited<ReturnType<typeof makeStore>>;
let other: Awaited<ReturnType<typeof makeStore>>;
let variantId: string;
const ID = "A".repeat(16) + "b-_9".repeat(4);

async function guestCart(quantity: number) {
  const cart = await createCart(store.id);
  await addCartLine(store.id, cart.id, { variantId, quantity });
  return cart.id;
}

beforeAll(async () => {
  [store, other] = await Promise.all([makeStore("cookie-a"), makeStore("cookie-b")]);
  const product = await makeProduct(store.id, { title: "Mug", variants: [{ priceMinor: 1_000n }] });
  variantId = product.variants[0]!.id;
  await setStock(store.id, variantId, 100);
});
afterAll(disconnectDb);

describe("the ecom_cart cookie", () => {
  it("reads a cart id from a Cookie header and ignores anything that cannot be one", () => {
    expect(cartIdFromCookieHeader(`ecom_cart=${ID}`)).toBe(ID);
    expect(cartIdFromCookieHeader(`a=1; ecom_cart=${ID}; b=2`)).toBe(ID);
    expect(cartIdFromCookieHeader(`x_ecom_cart=${ID}`)).toBeNull();
    expect(cartIdFromCookieHeader("ecom_cart=short")).toBeNull();
    expect(cartIdFromCookieHeader(`ecom_cart=${ID.slice(1)}%27`)).toBeNull();
    expect(cartIdFromCookieHeader("ecom_cart=")).toBeNull();
    expect(cartIdFromCookieHeader(null)).toBeNull();
  });

  it("is httpOnly, SameSite=Lax, host-only for 30 days, and Secure over https", () => {
    const saved = process.env.PUBLIC_PROTOCOL;
    try {
      process.env.PUBLIC_PROTOCOL = "http";
      resetEnvForTests();
      expect(cartCookieHeader(ID)).toBe(`ecom_cart=${ID}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax`);
      expect(cartCookieHeader(null)).toBe("ecom_cart=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
      process.env.PUBLIC_PROTOCOL = "https";
      resetEnvForTests();
      expect(cartCookieHeader(ID)).toBe(`ecom_cart=${ID}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure`);
      expect(cartCookieHeader(ID)).not.toMatch(/Domain=/i);
    } finally {
      if (saved === undefined) delete process.env.PUBLIC_PROTOCOL;
      else process.env.PUBLIC_PROTOCOL = saved;
      resetEnvForTests();
    }
  });
});

describe("shopperCartItemCount (the header's cart count)", () => {
  it("a guest: the cookie's cart, none without a cookie, and a cookie to clear for a cart that is not this store's", async () => {
    const cartId = await guestCart(2);
    expect(await shopperCartItemCount(store.id, {})).toEqual({ itemCount: 0, clearGuestCookie: false });
    expect(await shopperCartItemCount(store.id, { guestCartId: cartId })).toEqual({ itemCount: 2, clearGuestCookie: false });
    expect(await shopperCartItemCount(other.id, { guestCartId: cartId })).toEqual({ itemCount: 0, clearGuestCookie: true });
    expect(await shopperCartItemCount(store.id, { guestCartId: ID })).toEqual({ itemCount: 0, clearGuestCookie: true });
  });

  it("a customer: their own cart, with the cookie's guest cart merged into it", async () => {
    const customerId = customerIdFor("visitor");
    expect(await shopperCartItemCount(store.id, { customerId })).toEqual({ itemCount: 0, clearGuestCookie: false });
    const cartId = await guestCart(3);
    expect(await shopperCartItemCount(store.id, { customerId, guestCartId: cartId })).toEqual({ itemCount: 3, clearGuestCookie: true });
    expect(await storeDb(store.id).cart.count({ where: { id: cartId } })).toBe(0);
    expect(await shopperCartItemCount(store.id, { customerId })).toEqual({ itemCount: 3, clearGuestCookie: false });
  });
});

describe("withGuestCartMerge (the sign-in hook)", () => {
  const base: NextAuthOptions = { providers: [], events: {} };
  const signIn = (options: NextAuthOptions, userId: string) => options.events!.signIn!({ user: { id: userId }, account: null });

  it("merges the guest cart into the customer's cart when next-auth reports the sign-in, and says so", async () => {
    const customerId = customerIdFor("signin");
    const before = await getOrCreateCustomerCart(store.id, customerId);
    await addCartLine(store.id, before.id, { variantId, quantity: 1 });
    const cartId = await guestCart(2);
    const earlier = vi.fn();
    const hook = withGuestCartMerge({ ...base, events: { signIn: earlier } }, store.id, cartId);
    expect(hook.merged()).toBe(false);
    await signIn(hook.options, customerId);
    expect(earlier).toHaveBeenCalledTimes(1);
    expect(hook.merged()).toBe(true);
    expect((await getCartView(store.id, before.id)).lines).toMatchObject([{ variantId, quantity: 3 }]);
    expect(await storeDb(store.id).cart.count({ where: { id: cartId } })).toBe(0);
  });

  it("changes nothing without a guest cart, and a failed merge never fails the sign-in", async () => {
    expect(withGuestCartMerge(base, store.id, null).options).toBe(base);
    const cartId = await guestCart(1);
    const hook = withGuestCartMerge(base, "no-such-store", cartId);
    await expect(signIn(hook.options, customerIdFor("broken"))).resolves.toBeUndefined();
    expect(hook.merged()).toBe(false);
    expect((await getCartView(store.id, cartId)).itemCount).toBe(1);
  });
});
