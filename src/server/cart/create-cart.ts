import { sql } from "@/server/db";
import { cartStoreOf, newCartId } from "./cart-lines";
import { buildCartView, type TCartView } from "./cart-view";
import { getOrCreateCustomerCart } from "./get-or-create-customer-cart";

/**
 * A new empty cart (a guest's, whose id the storefront keeps in an httpOnly cookie and the API
 * returns as the bearer): one INSERT, with the store's currency and line maximum from the
 * per-process cache. With `customerId` (from the session) it is the customer's one cart,
 * created only if they have none.
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export async function createCart(storeId: string, options: { customerId?: string | null } = {}): Promise<TCartView> {
  if (options.customerId) return getOrCreateCustomerCart(storeId, options.customerId);
  const store = await cartStoreOf(storeId);
  const cart = { id: newCartId(), customerId: null };
  const now = new Date();
  await sql().execute("INSERT INTO Cart (id, storeId, customerId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)", [cart.id, storeId, now, now]);
  return buildCartView(cart, store.currency, [], store.maxLineQuantity);
}
