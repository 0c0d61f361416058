/**
 * Carts: a guest's cart is reached by its unguessable id (the storefront keeps it in an
 * httpOnly cookie on the store host; the API uses it as the bearer); a signed-in customer has
 * one cart per store that follows them across devices, and signing in merges the guest cart
 * into it. Lines hold a variant, a quantity and (services) a slot only: titles, prices,
 * availability and totals are recomputed from the catalog and stock on every read. Everything
 * takes the storeId first; another store's cart, line, variant or slot is NOT_FOUND.
 */
import "server-only";

export {
  ZCartId,
  ZCartIdParams,
  ZCartLineParams,
  ZAddCartLineInput,
  ZCreateCartBody,
  ZUpdateCartLineInput,
  ZQuantity,
  MAX_LINE_QUANTITY_LIMIT,
  DEFAULT_MAX_LINE_QUANTITY,
  MAX_CART_LINES,
  type TAddCartLineInput,
  type TUpdateCartLineInput,
} from "./cart.schemas";
export type { TCartView, TCartLineView, TCartLineProblem, TCartLineProblemCode } from "./cart-view";
export { loadCart, lockCart, maxLineQuantityOf, type TCartLineRow, type TLoadedCart } from "./cart-lines";
export { createCart } from "./create-cart";
export { getCartView } from "./get-cart-view";
export { addCartLine } from "./add-cart-line";
export { updateCartLine } from "./update-cart-line";
export { removeCartLine } from "./remove-cart-line";
export { getOrCreateCustomerCart } from "./get-or-create-customer-cart";
export { mergeGuestCart } from "./merge-guest-cart";
export { purgeStaleCarts, STALE_CART_DAYS } from "./purge-stale-carts";
export { resolveShopperCart, type TShopperCart } from "./resolve-shopper-cart";
export { shopperCartItemCount } from "./shopper-cart-item-count";
