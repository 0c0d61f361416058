import { sqlOf, storeDb } from "@/server/db";
import { MAX_CART_LINES } from "./cart.schemas";
import { CART_TX_OPTIONS, lockCart, maxLineQuantityOf, touchCart } from "./cart-lines";
import { customerCartId } from "./get-or-create-customer-cart";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/**
 * Signing in merges the guest cart into the customer's cart: each guest line is added to the
 * customer's line of the same variant and slot (quantities summed, capped at the store's
 * per-line maximum) or copied as a new line (up to MAX_CART_LINES), then the guest cart is
 * deleted. Idempotent: an unknown, already merged or another store's guest cart changes
 * nothing, and so does a guest cart that already belongs to a customer (the same customer's
 * cart is the target itself; another customer's is never taken). Returns the customer's cart.
 */
export async function mergeGuestCart(storeId: string, guestCartId: string, customerId: string): Promise<TCartView> {
  const targetId = await customerCartId(storeId, customerId);
  if (guestCartId !== targetId) {
    const max = await maxLineQuantityOf(storeId);
    await storeDb(storeId).$transaction(async (tx) => {
      // Both carts are locked in id order, so two merges (or a merge and a checkout) never deadlock.
      const [first, second] = [guestCartId, targetId].sort();
      const raw = sqlOf(tx);
      const locked = new Map<string, { customerId: string | null } | null>();
      locked.set(first!, await lockCart(raw, storeId, first!));
      locked.set(second!, await lockCart(raw, storeId, second!));
      const guest = locked.get(guestCartId);
      if (!guest || guest.customerId !== null || !locked.get(targetId)) return;
      const [guestLines, targetLines] = await Promise.all([
        tx.cartLine.findMany({ where: { storeId, cartId: guestCartId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { variantId: true, slotId: true, quantity: true } }),
        tx.cartLine.findMany({ where: { storeId, cartId: targetId }, select: { id: true, variantId: true, slotId: true, quantity: true } }),
      ]);
      const key = (l: { variantId: string; slotId: string | null }) => `${l.variantId}\u0000${l.slotId ?? ""}`;
      const byKey = new Map(targetLines.map((l) => [key(l), l]));
      let count = targetLines.length;
      for (const line of guestLines) {
        const existing = byKey.get(key(line));
        if (existing) {
          const quantity = Math.min(max, existing.quantity + line.quantity);
          if (quantity !== existing.quantity) await tx.cartLine.updateMany({ where: { storeId, id: existing.id }, data: { quantity } });
          existing.quantity = quantity;
        } else if (count < MAX_CART_LINES) {
          await tx.cartLine.create({ data: { storeId, cartId: targetId, variantId: line.variantId, slotId: line.slotId, quantity: Math.min(max, line.quantity) } });
          count++;
        }
      }
      await tx.cart.deleteMany({ where: { storeId, id: guestCartId } });
      await touchCart(raw, storeId, targetId);
    }, CART_TX_OPTIONS);
  }
  return getCartView(storeId, targetId);
}
