import { randomBytes } from "node:crypto";
import { newRowId, storeDb, type ProductStatus, type ProductType, type StoreDb, type TSql } from "@/server/db";
import { tagScopedCache } from "@/server/cache";
import { getStoreProfile } from "@/server/stores";
import { AppError } from "@/server/errors";
import { DEFAULT_MAX_LINE_QUANTITY } from "./cart.schemas";

/**
 * What the cart's operations share: new ids, the cart row lock, the line loader with the live
 * catalog data, and the store's per-line maximum. Lines store a variant, a quantity and (for
 * services) a slot only; everything else is read from the catalog on every load.
 */

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

/** Cart writes wait for the cart's row lock; checkout holds it while it places the order. */
export const CART_TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/** A new cart id: 32 base64url characters from 24 random bytes (the guest's bearer). */
export function newCartId(): string {
  return randomBytes(24).toString("base64url");
}

export { newRowId };

export const cartNotFound = () => new AppError("NOT_FOUND", "Cart not found");

/**
 * Locks the store's cart row until the transaction ends (its lines change under this lock
 * only, so concurrent adds never lose an update or duplicate a line). Null when the cart is
 * not this store's.
 */
export async function lockCart(tx: TSql, storeId: string, cartId: string): Promise<{ id: string; customerId: string | null } | null> {
  const rows = await tx.query<{ id: string; customerId: string | null }>("SELECT id, customerId FROM Cart WHERE storeId = ? AND id = ? FOR UPDATE", [storeId, cartId]);
  return rows[0] ?? null;
}

/**
 * Marks the cart as used now (stale carts are purged by updatedAt). Also its row lock when it
 * is the transaction's first statement. False when the store has no such cart.
 */
export async function touchCart(tx: TSql, storeId: string, cartId: string): Promise<boolean> {
  return (await tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date(), storeId, cartId])) === 1;
}

/** What cart reads need of the store on every call: its currency and per-line maximum. */
export type TCartStore = { slug: string; currency: string; maxLineQuantity: number };

/**
 * The store's currency and maximum quantity per line (CheckoutSettings.maxLineQuantity,
 * default 50), kept per process under the store's cache tag (tagScopedCache: store and
 * checkout-settings changes bump it).
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export const cartStoreOf = tagScopedCache(
  "cart-store",
  async (storeId: string): Promise<TCartStore> => {
    const [store, settings] = await Promise.all([
      getStoreProfile(storeId),
      storeDb(storeId).checkoutSettings.findUnique({ where: { storeId }, select: { maxLineQuantity: true } }),
    ]);
    if (!store) throw new AppError("NOT_FOUND", "Store not found");
    return { slug: store.slug, currency: store.currency, maxLineQuantity: settings?.maxLineQuantity ?? DEFAULT_MAX_LINE_QUANTITY };
  },
  (store) => store.slug,
);

/** The store's maximum quantity per cart line (CheckoutSettings.maxLineQuantity, default 50). */
export async function maxLineQuantityOf(storeId: string): Promise<number> {
  return (await cartStoreOf(storeId)).maxLineQuantity;
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
    /** Whether stock is counted (services never are: their stock is the slot). */
    trackInventory: boolean;
    lowStockThreshold: number | null;
    product: { id: string; handle: string; title: string; type: ProductType; status: ProductStatus; digitalMediaId: string | null };
  };
  slot: { id: string; productId: string; startsAt: Date; endsAt: Date } | null;
  image: { id: string; width: number | null; alt: string | null } | null;
  /**
   * What can be bought now, from the reading's snapshot (no locks): units available over all
   * locations for a tracked good (null = not tracked), seats left for a service's slot (0 once
   * it started or when missing).
   */
  available: number | null;
};

type TLineSqlRow = {
  cartId: string;
  cartCustomerId: string | null;
  id: string | null;
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
  trackInventory: unknown;
  lowStockThreshold: unknown;
  stockAvailable: unknown;
  seats: unknown;
  imageId: string | null;
  imageWidth: unknown;
  imageAlt: string | null;
};

export type TLoadedCart = { cart: { id: string; customerId: string | null } | null; rows: TCartLineRow[] };

/**
 * The cart row and its lines, oldest first, in ONE query (every table filtered by the store):
 * each line with its variant, product and slot as the catalog has them now, what is available
 * of it (TCartLineRow.available) and, unless `images: false`, its product's first image.
 * `cart` is null when the store has no such cart.
 */
export async function loadCart(db: TSql, storeId: string, cartId: string, options: { images?: boolean } = {}): Promise<TLoadedCart> {
  const images = options.images !== false;
  const rows = await db.query<TLineSqlRow>(
    `SELECT c.id AS cartId, c.customerId AS cartCustomerId,
            l.id, l.variantId, l.slotId, l.quantity, l.createdAt,
            v.sku, v.title AS variantTitle, v.priceMinor, v.weightGrams, v.trackInventory, v.lowStockThreshold,
            p.id AS productId, p.handle, p.title, p.type, p.status, p.digitalMediaId,
            s.productId AS slotProductId, s.startsAt, s.endsAt,
            IF(s.id IS NULL, 0, IF(s.startsAt > NOW(3), s.capacity - s.booked, 0)) AS seats,
            (SELECT CAST(COALESCE(SUM(sl.onHand - sl.reserved), 0) AS SIGNED) FROM StockLevel sl
              WHERE sl.storeId = ? AND sl.variantId = l.variantId) AS stockAvailable,
            ${images ? "m.id AS imageId, m.width AS imageWidth, m.alt AS imageAlt" : "NULL AS imageId, NULL AS imageWidth, NULL AS imageAlt"}
     FROM Cart c
     LEFT JOIN CartLine l ON l.storeId = ? AND l.cartId = c.id
     LEFT JOIN ProductVariant v ON v.id = l.variantId AND v.storeId = ?
     LEFT JOIN Product p ON p.id = v.productId AND p.storeId = ?
     LEFT JOIN ServiceSlot s ON s.id = l.slotId AND s.storeId = ?
     ${
       images
         ? `LEFT JOIN MediaAsset m ON m.storeId = ? AND m.id = (
              SELECT pm.mediaId FROM ProductMedia pm JOIN MediaAsset pma ON pma.id = pm.mediaId AND pma.storeId = ? AND pma.kind = 'IMAGE'
              WHERE pm.storeId = ? AND pm.productId = p.id ORDER BY pm.position, pm.mediaId LIMIT 1)`
         : ""
     }
     WHERE c.storeId = ? AND c.id = ?
     ORDER BY l.createdAt, l.id`,
    [...Array<string>(images ? 8 : 5).fill(storeId), storeId, cartId],
  );
  if (!rows.length) return { cart: null, rows: [] };
  const cart = { id: rows[0]!.cartId, customerId: rows[0]!.cartCustomerId };
  // A line whose variant or product is not the store's (never written so) is left out.
  const lines = rows.filter((r) => r.id !== null && r.productId != null);
  return {
    cart,
    rows: lines.map((r) => {
      const type = r.type;
      const trackInventory = Boolean(Number(r.trackInventory));
      return {
        id: r.id!,
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
          trackInventory,
          lowStockThreshold: r.lowStockThreshold == null ? null : Number(r.lowStockThreshold),
          product: { id: r.productId, handle: r.handle, title: r.title, type, status: r.status, digitalMediaId: r.digitalMediaId },
        },
        slot: r.slotId && r.slotProductId && r.startsAt && r.endsAt ? { id: r.slotId, productId: r.slotProductId, startsAt: r.startsAt, endsAt: r.endsAt } : null,
        image: r.imageId ? { id: r.imageId, width: r.imageWidth == null ? null : Number(r.imageWidth), alt: r.imageAlt } : null,
        available:
          type === "SERVICE"
            ? Math.max(0, Number(r.seats ?? 0))
            : trackInventory
              ? Math.max(0, Number(String(r.stockAvailable ?? 0)))
              : null,
      };
    }),
  };
}

