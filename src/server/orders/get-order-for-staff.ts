import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadOrderDetail, type TOrderDetail } from "./order-view";

/**
 * An order with its lines, payments and timeline for the dashboard and the admin API (callers
 * check orders:read). Another store's order is NOT_FOUND (404).
 */
export async function getOrderForStaff(storeId: string, orderId: string): Promise<TOrderDetail> {
  const order = await loadOrderDetail(storeDb(storeId), storeId, orderId);
  if (!order) throw new AppError("NOT_FOUND", "Order not found");
  return order;
}
