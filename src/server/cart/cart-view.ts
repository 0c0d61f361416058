import { minorToDecimal } from "@/lib/money";
import type { ProductType } from "@/server/db";
import type { TCartLineRow } from "./cart-lines";

export type TCartLineProblemCode = "PRODUCT_UNAVAILABLE" | "SOLD_OUT" | "NOT_ENOUGH_STOCK" | "SLOT_UNAVAILABLE" | "QUANTITY_ABOVE_MAX";
export type TCartLineProblem = { code: TCartLineProblemCode; message: string };

export type TCartLineView = {
  id: string;
  variantId: string;
  productId: string;
  productHandle: string;
  productType: ProductType;
  title: string;
  variantTitle: string;
  sku: string;
  image: { id: string; width: number | null; alt: string | null } | null;
  quantity: number;
  unitPriceMinor: bigint;
  unitPrice: string;
  lineTotalMinor: bigint;
  lineTotal: string;
  /** Units (or, for services, seats of the slot) that can be bought now; null = unlimited. */
  available: number | null;
  requiresShipping: boolean;
  weightGrams: number | null;
  slot: { id: string; startsAt: Date; endsAt: Date } | null;
  /** Why this line cannot be checked out as it is (empty when it can). */
  problems: TCartLineProblem[];
};

export type TCartView = {
  id: string;
  customerId: string | null;
  currency: string;
  lines: TCartLineView[];
  /** Units in the cart. */
  itemCount: number;
  /** Sum of the line totals at today's catalog prices (before shipping and tax). */
  subtotalMinor: bigint;
  subtotal: string;
  requiresShipping: boolean;
  /** Whether any line has a problem (checkout refuses such a cart). */
  hasProblems: boolean;
  maxLineQuantity: number;
};

/** Physical goods ship; digital goods and services never do. */
export const shipsProductType = (type: ProductType) => type === "PHYSICAL";

/**
 * What is wrong with a line now: a product that is no longer ACTIVE, a missing or past slot,
 * sold out, fewer units (or seats) than the quantity, or a quantity above the store's maximum.
 */
export function lineProblems(line: TCartLineRow, available: number | null, maxLineQuantity: number): TCartLineProblem[] {
  const title = line.variant.product.title;
  if (line.variant.product.status !== "ACTIVE") return [{ code: "PRODUCT_UNAVAILABLE", message: `${title} is no longer available` }];
  const problems: TCartLineProblem[] = [];
  const service = line.variant.product.type === "SERVICE";
  if (service && (!line.slot || line.slot.productId !== line.variant.product.id || available === 0)) {
    problems.push({ code: "SLOT_UNAVAILABLE", message: `The time booked for ${title} is no longer available` });
  } else if (available === 0) {
    problems.push({ code: "SOLD_OUT", message: `${title} is sold out` });
  } else if (available !== null && line.quantity > available) {
    problems.push({ code: "NOT_ENOUGH_STOCK", message: service ? `Only ${available} places left for ${title}` : `Only ${available} of ${title} left` });
  }
  if (line.quantity > maxLineQuantity) problems.push({ code: "QUANTITY_ABOVE_MAX", message: `At most ${maxLineQuantity} per line` });
  return problems;
}

/** The cart as shoppers see it (each line's availability as loadCart read it). */
export function buildCartView(cart: { id: string; customerId: string | null }, currency: string, rows: TCartLineRow[], maxLineQuantity: number): TCartView {
  let itemCount = 0;
  let subtotalMinor = 0n;
  let requiresShipping = false;
  const lines = rows.map((row): TCartLineView => {
    const { variant } = row;
    const service = variant.product.type === "SERVICE";
    const available = service && !row.slotId ? 0 : row.available;
    const lineTotalMinor = variant.priceMinor * BigInt(row.quantity);
    const ships = shipsProductType(variant.product.type);
    itemCount += row.quantity;
    subtotalMinor += lineTotalMinor;
    requiresShipping ||= ships;
    return {
      id: row.id,
      variantId: row.variantId,
      productId: variant.product.id,
      productHandle: variant.product.handle,
      productType: variant.product.type,
      title: variant.product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      image: row.image,
      quantity: row.quantity,
      unitPriceMinor: variant.priceMinor,
      unitPrice: minorToDecimal(variant.priceMinor, currency),
      lineTotalMinor,
      lineTotal: minorToDecimal(lineTotalMinor, currency),
      available,
      requiresShipping: ships,
      weightGrams: variant.weightGrams,
      slot: row.slot ? { id: row.slot.id, startsAt: row.slot.startsAt, endsAt: row.slot.endsAt } : null,
      problems: lineProblems(row, available, maxLineQuantity),
    };
  });
  return {
    id: cart.id,
    customerId: cart.customerId,
    currency,
    lines,
    itemCount,
    subtotalMinor,
    subtotal: minorToDecimal(subtotalMinor, currency),
    requiresShipping,
    hasProblems: lines.some((l) => l.problems.length > 0),
    maxLineQuantity,
  };
}
