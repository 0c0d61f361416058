"use server";

import { refresh } from "next/cache";
import { itemCountText } from "@/components/storefront/cart/line-label";
import type { TAddToCartInput, TAddToCartResult, TCartLineState } from "@/components/storefront/cart/cart-types";
import { addCartLine, removeCartLine, updateCartLine } from "@/server/cart";
import { actionFailure } from "./action-errors";
import { cartGone, currentShopper, ensureShopperCartId, findShopperCartId } from "./shopper-cart";

/**
 * "Add to cart" on the (cached, static) product page: the browser calls this action, which
 * finds or creates the shopper's cart (cookie for guests, the customer's own cart when signed
 * in) and adds the line. Only the variant, quantity and slot are passed on; the domain parses
 * them with ZAddCartLineInput and checks the store, the product, the slot and the stock.
 */
export async function addToCartAction(input: TAddToCartInput): Promise<TAddToCartResult> {
  const line = { variantId: input?.variantId, quantity: input?.quantity, slotId: input?.slotId || undefined };
  try {
    const shopper = await currentShopper();
    const cartId = await ensureShopperCartId(shopper);
    const cart = await addCartLine(shopper.storeId, cartId, line);
    return { ok: true, itemCount: cart.itemCount, message: `Added to your cart. Your cart has ${itemCountText(cart.itemCount)}.` };
  } catch (error) {
    const failure = actionFailure(error);
    const message =
      failure.code === "OUT_OF_STOCK"
        ? (failure.fieldErrors.quantity ?? failure.message)
        : failure.code === "VALIDATION_FAILED" || failure.code === "NOT_FOUND"
          ? (Object.values(failure.fieldErrors)[0] ?? failure.message)
          : failure.message;
    return { ok: false, code: failure.code, message, fieldErrors: failure.fieldErrors };
  }
}

/** /cart: sets a line's quantity (bound to the line id by the page). */
export async function updateCartLineAction(lineId: string, _prev: TCartLineState, form: FormData): Promise<TCartLineState> {
  const quantity = String(form.get("quantity") ?? "");
  try {
    const shopper = await currentShopper();
    const cartId = await findShopperCartId(shopper);
    if (!cartId) throw cartGone();
    const cart = await updateCartLine(shopper.storeId, cartId, lineId, { quantity });
    refresh();
    return { ok: true, message: "Quantity updated.", itemCount: cart.itemCount };
  } catch (error) {
    const failure = actionFailure(error);
    return { ok: false, error: failure.fieldErrors.quantity ?? failure.message, quantity };
  }
}

/** /cart: removes a line (bound to the line id by the page). */
export async function removeCartLineAction(lineId: string, _prev: TCartLineState, _form: FormData): Promise<TCartLineState> {
  try {
    const shopper = await currentShopper();
    const cartId = await findShopperCartId(shopper);
    if (!cartId) throw cartGone();
    const cart = await removeCartLine(shopper.storeId, cartId, lineId);
    refresh();
    return { ok: true, message: "Removed from your cart.", itemCount: cart.itemCount };
  } catch (error) {
    const failure = actionFailure(error);
    // Already gone (another tab, or a double click): the page simply shows the cart as it is.
    if (failure.code === "NOT_FOUND") {
      refresh();
      return { ok: true, message: "Removed from your cart." };
    }
    return { ok: false, error: failure.message };
  }
}
