import { knownDbErrorCode, storeDb } from "@/server/db";
import { newCartId } from "./cart-lines";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/** The id of the customer's cart in the store, created when they have none (safe under concurrency). */
export async function customerCartId(storeId: string, customerId: string): Promise<string> {
  const db = storeDb(storeId);
  const existing = await db.cart.findFirst({ where: { storeId, customerId }, select: { id: true } });
  if (existing) return existing.id;
  try {
    const created = await db.cart.create({ data: { id: newCartId(), storeId, customerId }, select: { id: true } });
    return created.id;
  } catch (error) {
    // Another request created it meanwhile: (storeId, customerId) is unique.
    if (knownDbErrorCode(error) !== "UNIQUE_VIOLATION") throw error;
    const winner = await db.cart.findFirst({ where: { storeId, customerId }, select: { id: true } });
    if (!winner) throw error;
    return winner.id;
  }
}

/**
 * The signed-in customer's cart (one per customer and store; it follows them across
 * devices), created when they have none. `customerId` comes from the session.
 */
export async function getOrCreateCustomerCart(storeId: string, customerId: string): Promise<TCartView> {
  return getCartView(storeId, await customerCartId(storeId, customerId));
}
