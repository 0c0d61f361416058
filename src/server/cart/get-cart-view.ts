import { sql } from "@/server/db";
import { cartNotFound, cartStoreOf, loadCart, type TLoadedCart } from "./cart-lines";
import { buildCartView, type TCartView } from "./cart-view";

/**
 * The cart with every line priced and checked against the catalog and stock now: live title,
 * variant title, SKU, image, unit price, line total, availability and per-line problems
 * (product no longer active, sold out, fewer left than the quantity, slot gone, above the
 * per-line maximum), the subtotal and the item count. One query (loadCart) besides the store's
 * kept currency and line maximum. A cart of another store is NOT_FOUND.
 *
 * @throws AppError NOT_FOUND.
 */
export async function getCartView(storeId: string, cartId: string): Promise<TCartView> {
  return cartViewOf(storeId, await loadCart(sql(), storeId, cartId));
}

/** The view of a cart loaded with loadCart (for writers that read it in their own transaction). */
export async function cartViewOf(storeId: string, { cart, rows }: TLoadedCart): Promise<TCartView> {
  if (!cart) throw cartNotFound();
  const store = await cartStoreOf(storeId);
  return buildCartView(cart, store.currency, rows, store.maxLineQuantity);
}
