import "server-only";
import { AppError } from "@/server/errors";
import { getCustomerActor } from "@/server/http";
import { getCustomerOrder, getOrderByToken, ZOrderId, ZOrderStatusQuery, type TOrderView } from "@/server/orders";

/**
 * The order a visitor may see: with the status link's token anyone holding the link (a guest,
 * the mail's reader), without it only the signed-in customer who placed it. Anything else
 * (wrong token, another customer's or store's order, a malformed id) is null: the page answers
 * 404 and admits nothing.
 */
export async function findVisibleOrder(storeId: string, orderId: string, token: string | null): Promise<TOrderView | null> {
  const id = ZOrderId.safeParse(orderId);
  if (!id.success) return null;
  if (token) {
    const query = ZOrderStatusQuery.safeParse({ token });
    if (query.success) {
      try {
        return await getOrderByToken(storeId, id.data, query.data.token);
      } catch (error) {
        if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      }
    }
  }
  const actor = await getCustomerActor();
  return actor && actor.storeId === storeId ? getCustomerOrder(storeId, actor.customerId, id.data) : null;
}
