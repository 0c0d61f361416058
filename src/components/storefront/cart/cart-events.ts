/**
 * Dispatched on window when the shopper's cart changes (added, updated, removed, ordered), for
 * header parts that show the cart. `detail.itemCount` carries the new count when the sender
 * knows it; without it, listeners ask the server again.
 */
export const CART_CHANGED_EVENT = "ecom:cart-changed";

export type TCartChangedDetail = { itemCount?: number };

/** Tells the header (CartLink) that the cart changed. */
export function announceCartChange(itemCount?: number): void {
  const detail: TCartChangedDetail = itemCount === undefined ? {} : { itemCount };
  window.dispatchEvent(new CustomEvent<TCartChangedDetail>(CART_CHANGED_EVENT, { detail }));
}
