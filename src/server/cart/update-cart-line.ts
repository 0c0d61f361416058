import { sqlOf, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { availabilityOf, slotAvailabilityOf } from "@/server/inventory";
import { ZUpdateCartLineInput } from "./cart.schemas";
import { CART_TX_OPTIONS, cartNotFound, maxLineQuantityOf, touchCart } from "./cart-lines";
import { assertCoverable, assertLineMax } from "./add-cart-line";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

/**
 * Sets a line's quantity (ZUpdateCartLineInput, 1..maxLineQuantity; remove a line with
 * removeCartLine). Raising it is checked against stock (OUT_OF_STOCK); lowering it is always
 * allowed. A line or cart of another store is NOT_FOUND. Returns the cart view.
 *
 * @throws ZodError (422); AppError NOT_FOUND, VALIDATION_FAILED, OUT_OF_STOCK.
 */
export async function updateCartLine(storeId: string, cartId: string, lineId: string, input: unknown): Promise<TCartView> {
  const { quantity } = ZUpdateCartLineInput.parse(input);
  assertLineMax(quantity, await maxLineQuantityOf(storeId));
  await storeDb(storeId).$transaction(async (tx) => {
    // The touch is the first statement: the cart row's lock, and whether the cart is the store's.
    if (!(await touchCart(sqlOf(tx), storeId, cartId))) throw cartNotFound();
    const line = await tx.cartLine.findFirst({
      where: { storeId, cartId, id: lineId },
      select: { id: true, quantity: true, variantId: true, slotId: true, variant: { select: { product: { select: { title: true, type: true } } } } },
    });
    if (!line) throw new AppError("NOT_FOUND", "Cart line not found");
    if (quantity > line.quantity) {
      const { title, type } = line.variant.product;
      const service = type === "SERVICE" && !!line.slotId;
      const available = service
        ? ((await slotAvailabilityOf(storeId, [line.slotId!], tx)).get(line.slotId!) ?? 0)
        : ((await availabilityOf(storeId, [line.variantId], tx)).get(line.variantId) ?? null);
      assertCoverable({ service, title }, available, quantity);
    }
    await tx.cartLine.updateMany({ where: { storeId, id: line.id }, data: { quantity } });
  }, CART_TX_OPTIONS);
  return getCartView(storeId, cartId);
}
