/**
 * Helpers for the cart and checkout integration tests (not shipped code paths): stores in a
 * chosen currency and country, products of any type with variants written straight through
 * the tenant door, service slots, stock set through the inventory domain, and row counts
 * that prove "nothing was written".
 */
import { platformDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";

export { failure, fieldPaths } from "@/server/catalog/int-test-support";

export const runId = Math.random().toString(36).slice(2, 8);
const unique = () => `${runId}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeStore(prefix: string, options: { currency?: string; country?: string } = {}) {
  return platformDb().store.create({
    data: { slug: `${prefix}-${unique()}`.slice(0, 40), name: `${prefix} shop`, country: options.country ?? "LK", currency: options.currency ?? "LKR", timeZone: "UTC" },
    select: { id: true, slug: true, name: true, currency: true, country: true },
  });
}

type TVariantSeed = { sku?: string; title?: string; priceMinor: bigint; weightGrams?: number | null; trackInventory?: boolean };

export async function makeProduct(
  storeId: string,
  seed: { title?: string; type?: "PHYSICAL" | "DIGITAL" | "SERVICE"; status?: "DRAFT" | "ACTIVE" | "ARCHIVED"; variants: TVariantSeed[] },
) {
  const db = storeDb(storeId);
  const store = await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { currency: true } });
  const title = seed.title ?? `Product ${unique()}`;
  const product = await db.product.create({
    data: {
      storeId,
      handle: `p-${unique()}`,
      title,
      description: "",
      type: seed.type ?? "PHYSICAL",
      status: seed.status ?? "ACTIVE",
      options: [],
      serviceDurationMinutes: seed.type === "SERVICE" ? 60 : null,
      publishedAt: new Date(),
    },
    select: { id: true, title: true },
  });
  const variants = [];
  for (const [position, v] of seed.variants.entries()) {
    variants.push(
      await db.productVariant.create({
        data: {
          storeId,
          productId: product.id,
          sku: v.sku ?? `SKU-${unique()}`,
          title: v.title ?? "Default",
          priceMinor: v.priceMinor,
          currency: store.currency,
          weightGrams: v.weightGrams ?? null,
          trackInventory: v.trackInventory ?? true,
          position,
        },
        select: { id: true, sku: true, title: true },
      }),
    );
  }
  return { ...product, variants };
}

export async function makeSlot(storeId: string, productId: string, options: { startsInHours?: number; capacity?: number } = {}) {
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 48) * 3_600_000);
  return storeDb(storeId).serviceSlot.create({
    data: { storeId, productId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: options.capacity ?? 5 },
    select: { id: true, startsAt: true },
  });
}

/** Sets a variant's on-hand stock at the default location (a ledgered adjustment). */
export async function setStock(storeId: string, variantId: string, quantity: number) {
  return adjustStock(storeId, { kind: "system" }, { variantId, quantity, reason: "test stock" });
}

/** Rows a failed operation must not have written. */
export async function writtenRows(storeId: string) {
  const db = storeDb(storeId);
  const [cartLines, orders, orderLines, payments, ledger, events] = await Promise.all([
    db.cartLine.count({ where: { storeId } }),
    db.order.count({ where: { storeId } }),
    db.orderLine.count({ where: { storeId } }),
    db.payment.count({ where: { storeId } }),
    db.inventoryLedgerEntry.count({ where: { storeId } }),
    db.outboxEvent.count({ where: { storeId } }),
  ]);
  return { cartLines, orders, orderLines, payments, ledger, events };
}

/** A customer id for carts (Cart.customerId has no foreign key; the session supplies real ones). */
export const customerIdFor = (label: string) => `cust-${label}-${unique()}`;
