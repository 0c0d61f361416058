import { sqlTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { cartNotFound, loadCart, touchCart } from "./cart-lines";
import { cartViewOf } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/**
 * Removes a line from the cart. A line or cart of another store is NOT_FOUND. Returns the
 * cart view. One short transaction on the driver: one query for the statements and the view,
 * then COMMIT.
 *
 * @throws AppError NOT_FOUND.
 */
export async function removeCartLine(storeId: string, cartId: string, lineId: string): Promise<TCartView> {
  const loaded = await sqlTransaction(async (tx) => {
    // One query: the touch (first: the cart row's lock, and whether the cart is the store's), the
    // delete, and the cart as it then is; the checks below roll it all back when one fails.
    const [touched, removed, cart] = await Promise.all([
      touchCart(tx, storeId, cartId),
      tx.execute("DELETE FROM CartLine WHERE storeId = ? AND cartId = ? AND id = ?", [storeId, cartId, lineId]),
      loadCart(tx, storeId, cartId),
    ]);
    if (!touched) throw cartNotFound();
    if (!removed) throw new AppError("NOT_FOUND", "Cart line not found");
    return cart;
  });
  return cartViewOf(storeId, loaded);
}
