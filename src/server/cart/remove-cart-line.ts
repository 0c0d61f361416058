import { sqlTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { cartNotFound, touchCart } from "./cart-lines";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/**
 * Removes a line from the cart. A line or cart of another store is NOT_FOUND. Returns the
 * cart view.
 *
 * @throws AppError NOT_FOUND.
 */
export async function removeCartLine(storeId: string, cartId: string, lineId: string): Promise<TCartView> {
  await sqlTransaction(async (tx) => {
    // The touch is the first statement: the cart row's lock, and whether the cart is the store's.
    if (!(await touchCart(tx, storeId, cartId))) throw cartNotFound();
    if (!(await tx.execute("DELETE FROM CartLine WHERE storeId = ? AND cartId = ? AND id = ?", [storeId, cartId, lineId]))) throw new AppError("NOT_FOUND", "Cart line not found");
  });
  return getCartView(storeId, cartId);
}
