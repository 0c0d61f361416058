import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { availabilityOf, slotAvailabilityOf } from "@/server/inventory";
import { MAX_CART_LINES, ZAddCartLineInput } from "./cart.schemas";
import { CART_TX_OPTIONS, cartNotFound, lockCart, maxLineQuantityOf, touchCart, type TStoreTx } from "./cart-lines";
import { getCartView } from "./get-cart-view";
import type { TCartView } from "./cart-view";

const field = (code: "VALIDATION_FAILED" | "NOT_FOUND" | "OUT_OF_STOCK", path: string, message: string) =>
  new AppError(code, message, { fields: [{ path, message }] });

/** Refuses more than the store's maximum per line (422 on quantity). */
export function assertLineMax(quantity: number, max: number, inCart = 0): void {
  if (quantity > max) {
    throw field("VALIDATION_FAILED", "quantity", inCart ? `At most ${max} per line (${inCart} already in the cart)` : `At most ${max} per line`);
  }
}

/**
 * Refuses a quantity the stock (or, for a service, the slot) cannot cover now: OUT_OF_STOCK on
 * `quantity` naming what is left. Checkout checks again, atomically, when it reserves.
 */
export async function assertCoverable(tx: TStoreTx, storeId: string, line: { variantId: string; slotId: string | null; service: boolean; title: string }, quantity: number): Promise<void> {
  if (line.service) {
    const seats = (await slotAvailabilityOf(storeId, [line.slotId!], tx)).get(line.slotId!) ?? 0;
    if (seats < quantity) throw field("OUT_OF_STOCK", "quantity", seats ? `Only ${seats} places left for ${line.title}` : `${line.title} is fully booked at this time`);
    return;
  }
  const available = (await availabilityOf(storeId, [line.variantId], tx)).get(line.variantId) ?? null;
  if (available !== null && available < quantity) throw field("OUT_OF_STOCK", "quantity", available ? `Only ${available} of ${line.title} left` : `${line.title} is sold out`);
}

/**
 * Adds a variant to the cart (ZAddCartLineInput), or adds to the line that already holds that
 * variant (and slot). The variant must be one of the store's ACTIVE products; an unknown,
 * draft, archived or another store's variant is NOT_FOUND on "variantId". A service needs
 * `slotId`, a future slot of that product (another product's or store's slot is NOT_FOUND on
 * "slotId"); other products take no slot. The line's quantity stays within 1..maxLineQuantity
 * (422) and what is in stock (OUT_OF_STOCK). Returns the cart view.
 *
 * @throws ZodError (422); AppError NOT_FOUND, VALIDATION_FAILED, OUT_OF_STOCK.
 */
export async function addCartLine(storeId: string, cartId: string, input: unknown): Promise<TCartView> {
  const data = ZAddCartLineInput.parse(input);
  const slotId = data.slotId ?? null;
  const max = await maxLineQuantityOf(storeId);
  assertLineMax(data.quantity, max);
  await storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCart(tx, storeId, cartId))) throw cartNotFound();
    const variant = await tx.productVariant.findFirst({
      where: { storeId, id: data.variantId, product: { storeId, status: "ACTIVE" } },
      select: { id: true, productId: true, product: { select: { title: true, type: true } } },
    });
    if (!variant) throw field("NOT_FOUND", "variantId", "Product not found");
    const service = variant.product.type === "SERVICE";
    if (service) {
      if (!slotId) throw field("VALIDATION_FAILED", "slotId", "Choose a time for this service");
      const slot = await tx.serviceSlot.findFirst({ where: { storeId, id: slotId, productId: variant.productId }, select: { startsAt: true } });
      if (!slot) throw field("NOT_FOUND", "slotId", "Time slot not found");
      if (slot.startsAt.getTime() <= Date.now()) throw field("VALIDATION_FAILED", "slotId", "This time has passed; choose another");
    } else if (slotId) {
      throw field("VALIDATION_FAILED", "slotId", "Only services are booked for a time");
    }
    const existing = await tx.cartLine.findFirst({ where: { storeId, cartId, variantId: variant.id, slotId }, select: { id: true, quantity: true } });
    const quantity = (existing?.quantity ?? 0) + data.quantity;
    assertLineMax(quantity, max, existing?.quantity);
    await assertCoverable(tx, storeId, { variantId: variant.id, slotId, service, title: variant.product.title }, quantity);
    if (existing) {
      await tx.cartLine.updateMany({ where: { storeId, id: existing.id }, data: { quantity } });
    } else {
      if ((await tx.cartLine.count({ where: { storeId, cartId } })) >= MAX_CART_LINES) {
        throw field("VALIDATION_FAILED", "variantId", `A cart holds at most ${MAX_CART_LINES} different items`);
      }
      await tx.cartLine.create({ data: { storeId, cartId, variantId: variant.id, slotId, quantity } });
    }
    await touchCart(tx, storeId, cartId);
  }, CART_TX_OPTIONS);
  return getCartView(storeId, cartId);
}
