import { storeDb } from "@/server/db";
import { ZCartId } from "./cart.schemas";
import { resolveShopperCart, type TShopperCart } from "./resolve-shopper-cart";

/**
 * How many units the shopper's cart holds, for the storefront header (asked on every page view):
 * the same cart as resolveShopperCart, read with one query instead of the whole cart view. Only
 * a signed-in customer with a guest cart still in the cookie takes resolveShopperCart's path,
 * which merges it (once).
 */
export async function shopperCartItemCount(
  storeId: string,
  shopper: { guestCartId?: string | null; customerId?: string | null },
): Promise<{ itemCount: number; clearGuestCookie: TShopperCart["clearGuestCookie"] }> {
  if (shopper.customerId && shopper.guestCartId) {
    const resolved = await resolveShopperCart(storeId, shopper);
    return { itemCount: resolved.cart?.itemCount ?? 0, clearGuestCookie: resolved.clearGuestCookie };
  }
  if (!shopper.customerId && !shopper.guestCartId) return { itemCount: 0, clearGuestCookie: false };
  const guestCartId = shopper.guestCartId && ZCartId.safeParse(shopper.guestCartId).success ? shopper.guestCartId : null;
  if (!shopper.customerId && !guestCartId) return { itemCount: 0, clearGuestCookie: true };
  const cart = await storeDb(storeId).cart.findFirst({
    where: shopper.customerId ? { storeId, customerId: shopper.customerId } : { storeId, id: guestCartId! },
    select: { customerId: true, lines: { select: { quantity: true } } },
  });
  // A guest cookie naming no live cart of this store, or a customer's cart, is cleared.
  if (!shopper.customerId && (!cart || cart.customerId)) return { itemCount: 0, clearGuestCookie: true };
  return { itemCount: cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0, clearGuestCookie: false };
}
