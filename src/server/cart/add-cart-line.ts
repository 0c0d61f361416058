import { sqlTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { MAX_CART_LINES, ZAddCartLineInput } from "./cart.schemas";
import { cartNotFound, loadCart, maxLineQuantityOf, newRowId, touchCart } from "./cart-lines";
import { cartViewOf } from "./get-cart-view";
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
 * `quantity` naming what is left (`available`: units, seats, or null when stock is not
 * counted). Checkout checks again, atomically, when it reserves.
 */
export function assertCoverable(line: { service: boolean; title: string }, available: number | null, quantity: number): void {
  if (line.service) {
    const seats = available ?? 0;
    if (seats < quantity) throw field("OUT_OF_STOCK", "quantity", seats ? `Only ${seats} places left for ${line.title}` : `${line.title} is fully booked at this time`);
    return;
  }
  if (available !== null && available < quantity) throw field("OUT_OF_STOCK", "quantity", available ? `Only ${available} of ${line.title} left` : `${line.title} is sold out`);
}

type TAddTarget = {
  id: string;
  productId: string;
  title: string;
  type: string;
  trackInventory: unknown;
  stock: unknown;
  lineId: string | null;
  lineQuantity: unknown;
  lineCount: unknown;
  slotId: string | null;
  startsAt: Date | null;
  seats: unknown;
};

/**
 * Adds a variant to the cart (ZAddCartLineInput), or adds to the line that already holds that
 * variant (and slot). The variant must be one of the store's ACTIVE products; an unknown,
 * draft, archived or another store's variant is NOT_FOUND on "variantId". A service needs
 * `slotId`, a future slot of that product (another product's or store's slot is NOT_FOUND on
 * "slotId"); other products take no slot. The line's quantity stays within 1..maxLineQuantity
 * (422) and what is in stock (OUT_OF_STOCK). Returns the cart view.
 *
 * One short transaction on the driver (sqlTransaction): the cart row is touched first (its
 * lock: lines change under it only, so concurrent adds never lose an update or duplicate a
 * line) and, in the same query behind it, ONE read finds the variant, its product, slot, stock or
 * seats, the line already holding it and the number of lines (with BEGIN: one round trip);
 * then one write, the cart view's read (loadCart) and COMMIT (one more).
 *
 * @throws ZodError (422); AppError NOT_FOUND, VALIDATION_FAILED, OUT_OF_STOCK.
 */
export async function addCartLine(storeId: string, cartId: string, input: unknown): Promise<TCartView> {
  const data = ZAddCartLineInput.parse(input);
  const slotId = data.slotId ?? null;
  const max = await maxLineQuantityOf(storeId);
  assertLineMax(data.quantity, max);
  const loaded = await sqlTransaction(async (tx) => {
    // One batch: the touch (the cart row's lock, and whether the cart is the store's) and the read.
    const [touched, [target]] = await Promise.all([
      touchCart(tx, storeId, cartId),
      tx.query<TAddTarget>(
        `SELECT v.id, v.productId, p.title, p.type, v.trackInventory,
                (SELECT CAST(COALESCE(SUM(sl.onHand - sl.reserved), 0) AS SIGNED) FROM StockLevel sl WHERE sl.storeId = ? AND sl.variantId = v.id) AS stock,
                (SELECT l.id FROM CartLine l WHERE l.storeId = ? AND l.cartId = ? AND l.variantId = v.id AND l.slotId <=> ? LIMIT 1) AS lineId,
                (SELECT l.quantity FROM CartLine l WHERE l.storeId = ? AND l.cartId = ? AND l.variantId = v.id AND l.slotId <=> ? LIMIT 1) AS lineQuantity,
                (SELECT COUNT(*) FROM CartLine l WHERE l.storeId = ? AND l.cartId = ?) AS lineCount,
                s.id AS slotId, s.startsAt, IF(s.startsAt > NOW(3), s.capacity - s.booked, 0) AS seats
         FROM ProductVariant v
         JOIN Product p ON p.id = v.productId AND p.storeId = ? AND p.status = 'ACTIVE'
         LEFT JOIN ServiceSlot s ON s.storeId = ? AND s.id = ? AND s.productId = v.productId
         WHERE v.storeId = ? AND v.id = ?`,
        [storeId, storeId, cartId, slotId, storeId, cartId, slotId, storeId, cartId, storeId, storeId, slotId, storeId, data.variantId],
      ),
    ]);
    if (!touched) throw cartNotFound();
    if (!target) throw field("NOT_FOUND", "variantId", "Product not found");
    const service = target.type === "SERVICE";
    if (service) {
      if (!slotId) throw field("VALIDATION_FAILED", "slotId", "Choose a time for this service");
      if (!target.slotId || !target.startsAt) throw field("NOT_FOUND", "slotId", "Time slot not found");
      if (target.startsAt.getTime() <= Date.now()) throw field("VALIDATION_FAILED", "slotId", "This time has passed; choose another");
    } else if (slotId) {
      throw field("VALIDATION_FAILED", "slotId", "Only services are booked for a time");
    }
    const inCart = target.lineId ? Number(target.lineQuantity) : 0;
    const quantity = inCart + data.quantity;
    assertLineMax(quantity, max, inCart);
    const available = service ? Math.max(0, Number(target.seats)) : Boolean(Number(target.trackInventory)) ? Math.max(0, Number(String(target.stock))) : null;
    assertCoverable({ service, title: target.title }, available, quantity);
    if (!target.lineId && Number(target.lineCount) >= MAX_CART_LINES) {
      throw field("VALIDATION_FAILED", "variantId", `A cart holds at most ${MAX_CART_LINES} different items`);
    }
    const write = target.lineId
      ? tx.execute("UPDATE CartLine SET quantity = ? WHERE storeId = ? AND id = ?", [quantity, storeId, target.lineId])
      : tx.execute("INSERT INTO CartLine (id, storeId, cartId, variantId, slotId, quantity, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)", [
          newRowId(),
          storeId,
          cartId,
          target.id,
          slotId,
          quantity,
          new Date(),
        ]);
    // The cart as it now is, read behind the write, and the COMMIT: one round trip.
    const [, cart] = await Promise.all([write, loadCart(tx, storeId, cartId), tx.commit()]);
    return cart;
  });
  return cartViewOf(storeId, loaded);
}
