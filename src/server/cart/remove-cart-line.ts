import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { CART_TX_OPTIONS, cartNotFound, lockCart, touchCart } from "./cart-lines";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/**
 * Removes a line from the cart. A line or cart of another store is NOT_FOUND. Returns the
 * cart view.
 *
 * @throws AppError NOT_FOUND.
 */
export async function removeCartLine(storeId: string, cartId: string, lineId: string): Promise<TCartView> {
  await storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCart(tx, storeId, cartId))) throw cartNotFound();
    const { count } = await tx.cartLine.deleteMany({ where: { storeId, cartId, id: lineId } });
    if (!count) throw new AppError("NOT_FOUND", "Cart line not found");
    await touchCart(tx, storeId, cartId);
  }, CART_TX_OPTIONS);
  return getCartView(storeId, cartId);
}
