import type { TCartLineRow } from "./cart-lines";

/** What a unit test may set on a cart line row; everything else has a fixed default. */
export type TLineRowOver = {
  variantId?: string;
  quantity?: number;
  type?: "PHYSICAL" | "DIGITAL" | "SERVICE";
  status?: "ACTIVE" | "DRAFT" | "ARCHIVED";
  title?: string;
  variantTitle?: string;
  sku?: string;
  price?: bigint;
  weightGrams?: number | null;
  track?: boolean;
  threshold?: number | null;
  slot?: TCartLineRow["slot"];
  slotId?: string | null;
  /** Units (or seats) available now; default 10, null = not tracked. */
  available?: number | null;
};

/** A loaded cart line (loadCart's shape) for unit tests of the pure cart and checkout helpers. */
export function cartLineRow(over: TLineRowOver = {}): TCartLineRow {
  const variantId = over.variantId ?? "v1";
  return {
    id: `line-${variantId}`,
    variantId,
    slotId: over.slotId !== undefined ? over.slotId : (over.slot?.id ?? null),
    quantity: over.quantity ?? 2,
    createdAt: new Date(0),
    variant: {
      id: variantId,
      sku: over.sku ?? "SKU-1",
      title: over.variantTitle ?? "Blue",
      priceMinor: over.price ?? 1_250n,
      weightGrams: over.weightGrams !== undefined ? over.weightGrams : 300,
      trackInventory: over.track ?? true,
      lowStockThreshold: over.threshold ?? null,
      product: { id: "p1", handle: "teapot", title: over.title ?? "Teapot", type: over.type ?? "PHYSICAL", status: over.status ?? "ACTIVE", digitalMediaId: null },
    },
    slot: over.slot ?? null,
    image: null,
    available: over.available === undefined ? 10 : over.available,
  };
}
