import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { availabilityOf, slotAvailabilityOf } from "@/server/inventory";
import { getStoreProfile } from "@/server/stores";
import { cartNotFound, loadCartLines, maxLineQuantityOf } from "./cart-lines";
import { buildCartView, type TCartView } from "./cart-view";

/**
 * The cart with every line priced and checked against the catalog and stock now: live title,
 * variant title, SKU, image, unit price, line total, availability and per-line problems
 * (product no longer active, sold out, fewer left than the quantity, slot gone, above the
 * per-line maximum), the subtotal and the item count. A cart of another store is NOT_FOUND.
 *
 * @throws AppError NOT_FOUND.
 */
export async function getCartView(storeId: string, cartId: string): Promise<TCartView> {
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const db = storeDb(storeId);
  const cart = await db.cart.findFirst({ where: { storeId, id: cartId }, select: { id: true, customerId: true } });
  if (!cart) throw cartNotFound();
  const [rows, maxLineQuantity] = await Promise.all([loadCartLines(db, storeId, cartId), maxLineQuantityOf(storeId, db)]);
  const [availability, seats] = await Promise.all([
    availabilityOf(storeId, rows.filter((r) => r.variant.product.type !== "SERVICE").map((r) => r.variantId)),
    slotAvailabilityOf(storeId, rows.flatMap((r) => (r.slotId ? [r.slotId] : []))),
  ]);
  return buildCartView(cart, store.currency, rows, availability, seats, maxLineQuantity);
}
