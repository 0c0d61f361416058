import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadOrder, toOrderView, type TOrderView } from "./order-view";
import { statusTokenMatches } from "./status-token";

/**
 * The order behind a guest status link: the store's order `orderId` whose status token is
 * `token` (the hash compared in constant time). A wrong token, another store's order or an
 * unknown id are all the same NOT_FOUND (404), so the link admits nothing.
 */
export async function getOrderByToken(storeId: string, orderId: string, token: string): Promise<TOrderView> {
  const order = await loadOrder(storeDb(storeId), storeId, orderId);
  if (!order || !token || !statusTokenMatches(order.statusTokenHash, token)) throw new AppError("NOT_FOUND", "Order not found");
  return toOrderView(order);
}
