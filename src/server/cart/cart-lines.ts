import { randomBytes } from "node:crypto";
import { storeDb, type ProductStatus, type ProductType, type StoreDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { DEFAULT_MAX_LINE_QUANTITY } from "./cart.schemas";

/**
 * What the cart's operations share: new ids, the cart row lock, the line loader with the live
 * catalog data, and the store's per-line maximum. Lines store a variant, a quantity and (for
 * services) a slot only; everything else is read from the catalog on every load.
 */

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];
type TReader = TStoreTx | StoreDb;

/** Cart writes wait for the cart's row lock; checkout holds it while it places the order. */
export const CART_TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/** A new cart id: 32 base64url characters from 24 random bytes (the guest's bearer). */
export function newCartId(): string {
  return randomBytes(24).toString("base64url");
}

export const cartNotFound = () => new AppError("NOT_FOUND", "Cart not found");

/**
 * Locks the store's cart row until the transaction ends (its lines change under this lock
 * only, so concurrent adds never lose an update or duplicate a line). Null when the cart is
 * not this store's.
 */
export async function lockCart(tx: TStoreTx, storeId: string, cartId: string): Promise<{ id: string; customerId: string | null } | null> {
  const rows = await tx.$queryRaw<{ id: string; customerId: string | null }[]>`
    SELECT id, customerId FROM Cart WHERE storeId = ${storeId} AND id = ${cartId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Marks the cart as used now (stale carts are purged by updatedAt). */
export async function touchCart(tx: TStoreTx, storeId: string, cartId: string): Promise<void> {
  await tx.cart.updateMany({ where: { storeId, id: cartId }, data: { updatedAt: new Date() } });
}

/** The store's maximum quantity per cart line (CheckoutSettings.maxLineQuantity, default 50). */
export async function maxLineQuantityOf(storeId: string, db: TReader = storeDb(storeId)): Promise<number> {
  const row = await db.checkoutSettings.findUnique({ where: { storeId }, select: { maxLineQuantity: true } });
  return row?.maxLineQuantity ?? DEFAULT_MAX_LINE_QUANTITY;
}

export type TCartLineRow = {
  id: string;
  variantId: string;
  slotId: string | null;
  quantity: number;
  createdAt: Date;
  variant: {
    id: string;
    sku: string;
    title: string;
    priceMinor: bigint;
    weightGrams: number | null;
    product: { id: string; handle: string; title: string; type: ProductType; status: ProductStatus; digitalMediaId: string | null };
  };
  slot: { id: string; productId: string; startsAt: Date; endsAt: Date } | null;
  image: { id: string; width: number | null; alt: string | null } | null;
};

type TLineSqlRow = {
  id: string;
  variantId: string;
  slotId: string | null;
  quantity: unknown;
  createdAt: Date;
  sku: string;
  variantTitle: string;
  priceMinor: unknown;
  weightGrams: unknown;
  productId: string;
  handle: string;
  title: string;
  type: ProductType;
  status: ProductStatus;
  digitalMediaId: string | null;
  slotProductId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
};

/**
 * The cart's lines, oldest first, with their variant, product and slot as the catalog has them
 * now (one query; every table filtered by the store), and each product's first image (unless
 * `images: false`).
 */
export async function loadCartLines(db: TReader, storeId: string, cartId: string, options: { images?: boolean } = {}): Promise<TCartLineRow[]> {
  const rows = await db.$queryRaw<TLineSqlRow[]>`
    SELECT l.id, l.variantId, l.slotId, l.quantity, l.createdAt,
           v.sku, v.title AS variantTitle, v.priceMinor, v.weightGrams,
           p.id AS productId, p.handle, p.title, p.type, p.status, p.digitalMediaId,
           s.productId AS slotProductId, s.startsAt, s.endsAt
    FROM CartLine l
    JOIN ProductVariant v ON v.id = l.variantId AND v.storeId = ${storeId}
    JOIN Product p ON p.id = v.productId AND p.storeId = ${storeId}
    LEFT JOIN ServiceSlot s ON s.id = l.slotId AND s.storeId = ${storeId}
    WHERE l.storeId = ${storeId} AND l.cartId = ${cartId}
    ORDER BY l.createdAt, l.id`;
  const productIds = [...new Set(rows.map((r) => r.productId))];
  const media =
    productIds.length && options.images !== false
      ? await db.productMedia.findMany({
          where: { storeId, productId: { in: productIds }, media: { storeId, kind: "IMAGE" } },
          orderBy: [{ position: "asc" }, { mediaId: "asc" }],
          select: { productId: true, media: { select: { id: true, width: true, alt: true } } },
        })
      : [];
  const firstImage = new Map<string, { id: string; width: number | null; alt: string | null }>();
  for (const m of media) if (!firstImage.has(m.productId)) firstImage.set(m.productId, m.media);
  return rows.map((r) => ({
    id: r.id,
    variantId: r.variantId,
    slotId: r.slotId,
    quantity: Number(r.quantity),
    createdAt: r.createdAt,
    variant: {
      id: r.variantId,
      sku: r.sku,
      title: r.variantTitle,
      priceMinor: BigInt(r.priceMinor as bigint | number | string),
      weightGrams: r.weightGrams == null ? null : Number(r.weightGrams),
      product: { id: r.productId, handle: r.handle, title: r.title, type: r.type, status: r.status, digitalMediaId: r.digitalMediaId },
    },
    slot: r.slotId && r.slotProductId && r.startsAt && r.endsAt ? { id: r.slotId, productId: r.slotProductId, startsAt: r.startsAt, endsAt: r.endsAt } : null,
    image: firstImage.get(r.productId) ?? null,
  }));
}
