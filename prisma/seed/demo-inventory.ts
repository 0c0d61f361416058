/**
 * Makes the demo stores ready to sell: stock for every tracked variant in the default location
 * (a realistic spread: most in stock, a few low, a few sold out), low-stock thresholds on some
 * variants, checkout settings, shipping zones with flat, weight-band and free-over rates, and
 * tax rates. Stock goes through the inventory domain (ledger entries, kind IMPORT); settings,
 * zones and rates through the tenant door. Idempotent: variants that already have ledger
 * entries keep their stock, settings are upserted, and zones and tax rates are only added to a
 * store that has none.
 */
import { createHash } from "node:crypto";
import { storeDb } from "@/server/db";
import { ensureDefaultLocation, importStockLevels } from "@/server/inventory";
import { ensureOrderCounter } from "@/server/orders";

type TRateSeed = { name: string; kind: "FLAT" | "WEIGHT"; priceMinor: bigint; minWeightGrams?: number; maxWeightGrams?: number; freeOverMinor?: bigint };
type TZoneSeed = { name: string; countries: { country: string; regions?: string[] }[]; rates: TRateSeed[] };
type TCommerceSeed = {
  settings: { pricesIncludeTax: boolean; shipCountries: string[]; codEnabled: boolean; codInstructions: string; localPickupEnabled: boolean; pickupInstructions: string | null };
  zones: TZoneSeed[];
  taxRates: { country: string; region: string | null; name: string; rateBp: number }[];
};

/** Amounts are minor units: LKR and USD have 2 decimals. */
const COMMERCE: Record<string, TCommerceSeed> = {
  demo: {
    settings: {
      pricesIncludeTax: true,
      shipCountries: ["LK"],
      codEnabled: true,
      codInstructions: "Pay the courier in cash when your parcel arrives, or by bank transfer to the account in your confirmation email.",
      localPickupEnabled: true,
      pickupInstructions: "Collect from our studio at 42 Flower Road, Colombo 07, Monday to Saturday 10:00-18:00. Bring your order number.",
    },
    zones: [
      {
        name: "Sri Lanka",
        countries: [{ country: "LK" }],
        rates: [
          { name: "Standard delivery (2-4 days)", kind: "FLAT", priceMinor: 450_00n, freeOverMinor: 15_000_00n },
          { name: "Courier, up to 2 kg (1-2 days)", kind: "WEIGHT", priceMinor: 650_00n, minWeightGrams: 0, maxWeightGrams: 2000 },
          { name: "Courier, 2-10 kg (1-2 days)", kind: "WEIGHT", priceMinor: 1_250_00n, minWeightGrams: 2001, maxWeightGrams: 10_000 },
        ],
      },
    ],
    // Sri Lanka's VAT is 18 % (since January 2024); demo prices include it.
    taxRates: [{ country: "LK", region: null, name: "VAT", rateBp: 1800 }],
  },
  acme: {
    settings: {
      pricesIncludeTax: false,
      shipCountries: ["US", "CA"],
      codEnabled: true,
      codInstructions: "Pay by bank transfer: our account details are in your confirmation email. We ship once the payment arrives.",
      localPickupEnabled: false,
      pickupInstructions: null,
    },
    zones: [
      {
        name: "United States",
        countries: [{ country: "US" }],
        rates: [
          { name: "Standard (5-7 business days)", kind: "FLAT", priceMinor: 7_95n, freeOverMinor: 100_00n },
          { name: "Ground, up to 1 kg", kind: "WEIGHT", priceMinor: 6_50n, minWeightGrams: 0, maxWeightGrams: 1000 },
          { name: "Ground, 1-5 kg", kind: "WEIGHT", priceMinor: 12_00n, minWeightGrams: 1001, maxWeightGrams: 5000 },
          { name: "Express (2 business days)", kind: "FLAT", priceMinor: 24_00n },
        ],
      },
      {
        name: "Canada",
        countries: [{ country: "CA" }],
        rates: [
          { name: "International standard (7-12 business days)", kind: "FLAT", priceMinor: 19_00n, freeOverMinor: 250_00n },
          { name: "International tracked, up to 3 kg", kind: "WEIGHT", priceMinor: 29_00n, minWeightGrams: 0, maxWeightGrams: 3000 },
        ],
      },
    ],
    // US sales tax by state (state rates only, no local add-ons); Canada's federal GST.
    taxRates: [
      { country: "US", region: "CA", name: "California sales tax", rateBp: 725 },
      { country: "US", region: "NY", name: "New York sales tax", rateBp: 400 },
      { country: "US", region: "TX", name: "Texas sales tax", rateBp: 625 },
      { country: "US", region: "WA", name: "Washington sales tax", rateBp: 650 },
      { country: "CA", region: null, name: "GST", rateBp: 500 },
    ],
  },
};

/** Stock levels to pick from: mostly healthy, some low, two in ten sold out. */
const STOCK_SPREAD = [0, 2, 3, 6, 12, 18, 24, 35, 0, 48, 60, 9, 15, 1, 30, 80, 20, 5, 40, 14];

/** A stable pick per SKU, so a re-seeded database looks the same. */
const pick = (sku: string, salt: string) => createHash("sha256").update(`${salt}:${sku}`).digest().readUInt32BE(0);

async function seedStock(storeId: string, actor: { kind: "user"; userId: string }): Promise<void> {
  const db = storeDb(storeId);
  await ensureDefaultLocation(storeId);
  const variants = await db.productVariant.findMany({
    where: { storeId, trackInventory: true, product: { type: "PHYSICAL" } },
    select: { id: true, sku: true, lowStockThreshold: true },
    orderBy: { sku: "asc" },
  });
  const stocked = new Set(
    (await db.inventoryLedgerEntry.groupBy({ by: ["variantId"], where: { storeId, variantId: { in: variants.map((v) => v.id) } } })).map((g) => g.variantId),
  );
  const rows = variants
    .filter((v) => !stocked.has(v.id))
    .map((v) => ({ variantId: v.id, quantity: STOCK_SPREAD[pick(v.sku, "stock") % STOCK_SPREAD.length]! }))
    .filter((r) => r.quantity > 0);
  for (let i = 0; i < rows.length; i += 500) {
    await importStockLevels(storeId, actor, { rows: rows.slice(i, i + 500), reason: "Opening stock (demo data)" }, { reference: "seed:demo" });
  }
  // About one variant in three warns at 5 or fewer (set directly: no event for a demo setting).
  const watched = variants.filter((v) => v.lowStockThreshold == null && pick(v.sku, "threshold") % 3 === 0).map((v) => v.id);
  if (watched.length) await db.productVariant.updateMany({ where: { storeId, id: { in: watched } }, data: { lowStockThreshold: 5 } });
}

async function seedCheckout(storeId: string, seed: TCommerceSeed): Promise<void> {
  const db = storeDb(storeId);
  await db.checkoutSettings.upsert({ where: { storeId }, update: seed.settings, create: { storeId, ...seed.settings } });
  if ((await db.shippingZone.count({ where: { storeId } })) === 0) {
    for (const [position, zone] of seed.zones.entries()) {
      const created = await db.shippingZone.create({ data: { storeId, name: zone.name, countries: zone.countries, position } });
      await db.shippingRate.createMany({
        data: zone.rates.map((r, i) => ({
          storeId,
          zoneId: created.id,
          name: r.name,
          kind: r.kind,
          priceMinor: r.priceMinor,
          minWeightGrams: r.minWeightGrams ?? null,
          maxWeightGrams: r.maxWeightGrams ?? null,
          freeOverMinor: r.freeOverMinor ?? null,
          position: i,
        })),
      });
    }
  }
  if ((await db.taxRate.count({ where: { storeId } })) === 0) {
    await db.taxRate.createMany({ data: seed.taxRates.map((t) => ({ storeId, ...t })) });
  }
}

/** Stock, checkout settings, shipping and tax for the `demo` and `acme` stores (store ids by slug). */
export async function seedDemoCommerce(storeIds: Record<string, string>): Promise<void> {
  for (const [slug, seed] of Object.entries(COMMERCE)) {
    const storeId = storeIds[slug];
    if (!storeId) continue;
    const owner = await storeDb(storeId).storeMembership.findFirst({ where: { storeId, role: "OWNER" }, select: { userId: true } });
    if (!owner) throw new Error(`seed: store ${slug} has no owner`);
    await ensureOrderCounter(storeId);
    await seedCheckout(storeId, seed);
    await seedStock(storeId, { kind: "user", userId: owner.userId });
  }
}
