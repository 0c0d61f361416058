import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView, mergeGuestCart, removeCartLine, updateCartLine } from "@/server/cart";
import { checkoutCart, getCheckoutQuote, getShippingRates } from "@/server/checkout";
import { customerIdFor, failure, makeProduct, makeStore } from "./int-test-support";

/**
 * An attacker store uses ids of a victim store's cart, line and variant: everything is
 * NOT_FOUND, and the victim's cart is unchanged and never leaks through an answer.
 */
let victim: Awaited<ReturnType<typeof makeStore>>;
let attacker: Awaited<ReturnType<typeof makeStore>>;
let victimCart: string;
let victimLine: string;
let victimVariant: string;
let attackerVariant: string;

beforeAll(async () => {
  victim = await makeStore("victim");
  attacker = await makeStore("attacker");
  await storeDb(attacker.id).checkoutSettings.create({ data: { storeId: attacker.id, shipCountries: ["LK"], localPickupEnabled: true } });
  const secret = await makeProduct(victim.id, { title: "Victim secret teapot", variants: [{ priceMinor: 9_999n, trackInventory: false }] });
  const own = await makeProduct(attacker.id, { title: "Attacker mug", variants: [{ priceMinor: 100n, trackInventory: false }] });
  victimVariant = secret.variants[0]!.id;
  attackerVariant = own.variants[0]!.id;
  const cart = await createCart(victim.id);
  victimCart = cart.id;
  victimLine = (await addCartLine(victim.id, victimCart, { variantId: victimVariant, quantity: 2 })).lines[0]!.id;
});

describe("cross-tenant carts", () => {
  it("store B's cart id on store A is not found, for every operation", async () => {
    const attempts: [string, () => Promise<unknown>][] = [
      ["view", () => getCartView(attacker.id, victimCart)],
      ["add", () => addCartLine(attacker.id, victimCart, { variantId: attackerVariant, quantity: 1 })],
      ["update", () => updateCartLine(attacker.id, victimCart, victimLine, { quantity: 5 })],
      ["remove", () => removeCartLine(attacker.id, victimCart, victimLine)],
      ["rates", () => getShippingRates(attacker.id, victimCart, { country: "LK" })],
      ["quote", () => getCheckoutQuote(attacker.id, victimCart, {})],
      ["checkout", () => checkoutCart(attacker.id, victimCart, { email: "x@example.com", shippingRateId: "pickup", paymentMethod: "cod", checkoutKey: `x-${randomUUID()}` })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await failure(attempt());
      expect(error, name).toMatchObject({ code: "NOT_FOUND" });
      expect(JSON.stringify(error), name).not.toContain("Victim secret");
    }
  });

  it("store A's line ids and variant ids are unknown to store B's cart", async () => {
    const own = await createCart(attacker.id);
    expect(await failure(addCartLine(attacker.id, own.id, { variantId: victimVariant, quantity: 1 }))).toMatchObject({ code: "NOT_FOUND", details: { fields: [{ path: "variantId" }] } });
    expect(await failure(updateCartLine(attacker.id, own.id, victimLine, { quantity: 1 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(removeCartLine(attacker.id, own.id, victimLine))).toMatchObject({ code: "NOT_FOUND" });
    expect((await mergeGuestCart(attacker.id, victimCart, customerIdFor("thief"))).lines).toEqual([]);
    expect(await storeDb(attacker.id).cartLine.count({ where: { storeId: attacker.id } })).toBe(0);
  });

  it("left the victim's cart exactly as it was", async () => {
    const view = await getCartView(victim.id, victimCart);
    expect(view.lines.map((l) => [l.id, l.variantId, l.quantity])).toEqual([[victimLine, victimVariant, 2]]);
    expect(await storeDb(victim.id).order.count({ where: { storeId: victim.id } })).toBe(0);
  });
});
