/**
 * Helpers for the inventory and orders integration tests (not shipped code paths): stores,
 * products with variants and slots written directly through the tenant door, the ledger
 * invariant check, and failures as values.
 */
import { platformDb, storeDb } from "@/server/db";

export const runId = Math.random().toString(36).slice(2, 8);
const unique = () => `${runId}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeStore(prefix: string, currency = "LKR") {
  return platformDb().store.create({
    data: { slug: `${prefix}-${unique()}`.slice(0, 40), name: `${prefix} shop`, country: currency === "USD" ? "US" : "LK", currency, timeZone: "UTC" },
    select: { id: true, slug: true, currency: true },
  });
}

export async function makeUser() {
  const user = await platformDb().platformUser.create({ data: { email: `inv-${unique()}@example.com`, name: "Staff", passwordHash: "x" } });
  return { kind: "user" as const, userId: user.id };
}

type TVariantSeed = { sku?: string; priceMinor?: bigint; trackInventory?: boolean; lowStockThreshold?: number | null; weightGrams?: number };

/** A product of `type` with one variant per seed; returns the product and variant ids. */
export async function addProduct(storeId: string, seeds: TVariantSeed[] = [{}], type: "PHYSICAL" | "DIGITAL" | "SERVICE" = "PHYSICAL") {
  const db = storeDb(storeId);
  const store = await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { currency: true } });
  const product = await db.product.create({
    data: { storeId, handle: `p-${unique()}`, title: `Product ${unique()}`, description: "", type, status: "ACTIVE", options: [], publishedAt: new Date() },
  });
  const variantIds: string[] = [];
  for (const [position, seed] of seeds.entries()) {
    const v = await db.productVariant.create({
      data: {
        storeId,
        productId: product.id,
        sku: seed.sku ?? `SKU-${unique()}`,
        title: `Variant ${position + 1}`,
        priceMinor: seed.priceMinor ?? 1000n,
        currency: store.currency,
        trackInventory: seed.trackInventory ?? true,
        lowStockThreshold: seed.lowStockThreshold ?? null,
        weightGrams: seed.weightGrams ?? null,
        position,
      },
    });
    variantIds.push(v.id);
  }
  return { productId: product.id, variantIds, variantId: variantIds[0]! };
}

/** A service product with one slot of `capacity` starting in `startsInMs`. */
export async function addServiceSlot(storeId: string, capacity: number, startsInMs = 86_400_000) {
  const { productId, variantId } = await addProduct(storeId, [{ trackInventory: false }], "SERVICE");
  const startsAt = new Date(Date.now() + startsInMs);
  const slot = await storeDb(storeId).serviceSlot.create({ data: { storeId, productId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity } });
  return { productId, variantId, slotId: slot.id };
}

export async function level(storeId: string, variantId: string, locationId?: string) {
  const rows = await storeDb(storeId).stockLevel.findMany({ where: { storeId, variantId, ...(locationId ? { locationId } : {}) } });
  return { onHand: rows.reduce((n, r) => n + r.onHand, 0), reserved: rows.reduce((n, r) => n + r.reserved, 0) };
}

/**
 * The ledger invariant: for every (variant, location) of the store, the level's onHand and
 * reserved equal the sums of the ledger's deltas. Returns the mismatches (empty when it holds).
 */
export async function ledgerMismatches(storeId: string): Promise<string[]> {
  const db = storeDb(storeId);
  const [levels, sums] = await Promise.all([
    db.stockLevel.findMany({ where: { storeId } }),
    db.inventoryLedgerEntry.groupBy({ by: ["variantId", "locationId"], where: { storeId }, _sum: { onHandDelta: true, reservedDelta: true } }),
  ]);
  const byKey = new Map(sums.map((s) => [`${s.variantId}/${s.locationId}`, s._sum]));
  const problems: string[] = [];
  for (const l of levels) {
    const s = byKey.get(`${l.variantId}/${l.locationId}`);
    byKey.delete(`${l.variantId}/${l.locationId}`);
    if ((s?.onHandDelta ?? 0) !== l.onHand || (s?.reservedDelta ?? 0) !== l.reserved) {
      problems.push(`${l.variantId}/${l.locationId}: level ${l.onHand}/${l.reserved}, ledger ${s?.onHandDelta ?? 0}/${s?.reservedDelta ?? 0}`);
    }
  }
  for (const [key, s] of byKey) if (s.onHandDelta || s.reservedDelta) problems.push(`${key}: ledger without a level`);
  return problems;
}

export const events = (storeId: string, type?: string) =>
  storeDb(storeId).outboxEvent.findMany({ where: { ...(type && { type }) }, orderBy: { id: "asc" }, select: { type: true, payload: true } });

/** The AppError (or other error) a promise rejects with. */
export async function failure(promise: Promise<unknown>): Promise<{ code?: string; status?: number; message?: string; details?: { fields?: { path: string; message: string }[] }; issues?: { path: (string | number)[] }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a failure");
}

/** Options for tests that run many transactions at once against a 10-connection pool. */
export const CONCURRENT_TX = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * Runs every task, at most `inFlight` (the connection pool's size) at a time, and settles them
 * all. The database sees as many concurrent transactions as the pool holds the whole time;
 * waiting beyond that happens here rather than in the pool, whose 10-second acquire timeout a
 * slow, shared test server could otherwise exceed.
 */
export async function settleConcurrently<T>(count: number, task: (i: number) => Promise<T>, inFlight = 10): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      try {
        results[i] = { status: "fulfilled", value: await task(i) };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return results;
}
