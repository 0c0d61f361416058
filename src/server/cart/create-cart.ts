import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { getStoreProfile } from "@/server/stores";
import { maxLineQuantityOf, newCartId } from "./cart-lines";
import { buildCartView, type TCartView } from "./cart-view";
import { getOrCreateCustomerCart } from "./get-or-create-customer-cart";

/**
 * A new empty cart (a guest's, whose id the storefront keeps in an httpOnly cookie and the API
 * returns as the bearer). With `customerId` (from the session) it is the customer's one cart,
 * created only if they have none.
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export async function createCart(storeId: string, options: { customerId?: string | null } = {}): Promise<TCartView> {
  if (options.customerId) return getOrCreateCustomerCart(storeId, options.customerId);
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const cart = await storeDb(storeId).cart.create({ data: { id: newCartId(), storeId, customerId: null }, select: { id: true, customerId: true } });
  return buildCartView(cart, store.currency, [], new Map(), new Map(), await maxLineQuantityOf(storeId));
}
