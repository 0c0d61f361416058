/**
 * Pure generator of a large, realistic-looking catalog for benchmarks (`npm run seed:bulk`):
 * titles and descriptions from word lists, 1-3 variants with prices in the store's currency,
 * and category assignments. Deterministic for a given random source, so tests can pin it.
 * Nothing here touches the database; scripts/lib/bench/seed-bulk-store.ts writes the rows.
 */
import { currencyDigits } from "@/lib/money";
import { slugify, variantTitle, type TProductOption } from "@/server/catalog";

/** A random source returning floats in [0, 1). */
export type TRandom = () => number;

/** mulberry32: a tiny seeded PRNG, good enough for fixture data (not for secrets). */
export function seededRandom(seed: number): TRandom {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: TRandom, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const ADJECTIVES = ["Hand-woven", "Classic", "Everyday", "Heritage", "Coastal", "Rustic", "Minimal", "Vintage", "Organic", "Artisan", "Lightweight", "Sturdy", "Polished", "Soft", "Bold", "Tropical"] as const;
const MATERIALS = ["Teak", "Cotton", "Linen", "Clay", "Brass", "Bamboo", "Coconut", "Leather", "Silk", "Ceramic", "Rattan", "Copper", "Jute", "Oak", "Wool", "Batik"] as const;
const NOUNS = ["Serving Bowl", "Tote Bag", "Cushion Cover", "Tea Cup", "Wall Hanging", "Table Runner", "Lamp", "Notebook", "Scarf", "Candle Holder", "Tray", "Planter", "Throw Blanket", "Coaster Set", "Spice Box", "Pendant"] as const;
const VENDORS = ["Kandy Crafts", "Galle Workshop", "Island Loom", "Hill Country Co.", "Lagoon Studio", "Spice Route Goods"] as const;
const TAGS = ["handmade", "gift", "eco", "bestseller", "new", "limited", "home", "kitchen", "decor", "fair-trade", "sustainable", "travel"] as const;
const OPTION_SETS: readonly TProductOption[] = [
  { name: "Size", values: ["Small", "Medium", "Large"] },
  { name: "Colour", values: ["Sand", "Indigo", "Charcoal"] },
  { name: "Finish", values: ["Natural", "Oiled", "Lacquered"] },
];

/** The categories a bulk run creates (handles get the run id as a prefix). */
export const BULK_CATEGORIES = [
  { key: "home", name: "Home" },
  { key: "kitchen", name: "Kitchen" },
  { key: "textiles", name: "Textiles" },
  { key: "gifts", name: "Gifts" },
  { key: "decor", name: "Decor" },
] as const;

/** Whole-unit price ranges by currency; other currencies use the default range. */
const PRICE_RANGE_MAJOR: Record<string, readonly [number, number]> = {
  LKR: [500, 45_000],
  JPY: [500, 30_000],
  INR: [200, 20_000],
};
const DEFAULT_PRICE_RANGE: readonly [number, number] = [5, 400];

export type TBulkVariant = {
  sku: string;
  title: string;
  option1: string | null;
  priceMinor: bigint;
  compareAtMinor: bigint | null;
  weightGrams: number;
  position: number;
};

export type TBulkProduct = {
  handle: string;
  title: string;
  description: string;
  vendor: string;
  tags: string;
  options: TProductOption[];
  variants: TBulkVariant[];
  /** Indexes into BULK_CATEGORIES: the first is the product's main category. */
  categoryIndexes: number[];
};

/**
 * A run id: lower-case letters and digits, starting with "b", unique enough per run (time in
 * base 36 plus two random characters), so a second run adds products instead of colliding.
 */
export function bulkRunId(now: number, rand: TRandom): string {
  const random = Math.floor(rand() * 36 * 36).toString(36).padStart(2, "0");
  return `b${now.toString(36)}${random}`;
}

/**
 * A price in minor units of `currency`: a whole amount in the currency's usual range, rounded
 * to 50 for currencies with big units, else with .00, .50 or .99 (when it has minor digits).
 */
export function bulkPriceMinor(rand: TRandom, currency: string): bigint {
  const code = currency.toUpperCase();
  const [min, max] = PRICE_RANGE_MAJOR[code] ?? DEFAULT_PRICE_RANGE;
  let major = min + Math.floor(rand() * (max - min + 1));
  if (PRICE_RANGE_MAJOR[code]) major = Math.max(min, Math.round(major / 50) * 50);
  const digits = currencyDigits(code);
  const unit = 10n ** BigInt(digits);
  const cents = digits >= 2 && !PRICE_RANGE_MAJOR[code] ? BigInt(pick(rand, [0, 50, 99])) * 10n ** BigInt(digits - 2) : 0n;
  return BigInt(major) * unit + cents;
}

function description(rand: TRandom, title: string, material: string, vendor: string): string {
  const uses = pick(rand, ["everyday use", "gifting", "slow mornings", "long dinners", "a calm corner", "travel"]);
  return [
    `The **${title}** is made by ${vendor} in small batches, for ${uses}.`,
    "",
    `- ${material}, finished by hand`,
    `- ${pick(rand, ["Wipe clean", "Hand wash only", "Machine washable at 30°C", "Keep dry"])}`,
    `- Ships in ${1 + Math.floor(rand() * 4)} working days`,
  ].join("\n");
}

/**
 * Product number `index` of run `runId`: a word-list title, a handle and SKUs unique within the
 * run (the run id and index are part of both), 1-3 variants (one "Default" variant without
 * options, else one per value of one option) priced in `currency`, some with a compare-at
 * price, and one or two of `categoryCount` categories.
 */
export function bulkProduct(runId: string, index: number, rand: TRandom, currency: string, categoryCount: number): TBulkProduct {
  const material = pick(rand, MATERIALS);
  const title = `${pick(rand, ADJECTIVES)} ${material} ${pick(rand, NOUNS)}`;
  const vendor = pick(rand, VENDORS);
  const variantCount = 1 + Math.floor(rand() * 3);
  const options = variantCount === 1 ? [] : [(({ name, values }) => ({ name, values: values.slice(0, variantCount) }))(pick(rand, OPTION_SETS))];
  const basePrice = bulkPriceMinor(rand, currency);
  const onSale = rand() < 0.2;
  const skuBase = `${runId}-${index}`.toUpperCase();
  const values = options[0]?.values ?? [null];
  const variants = values.map((value, position) => {
    const priceMinor = basePrice + BigInt(position) * (basePrice / 10n);
    return {
      sku: options.length ? `${skuBase}-${position + 1}` : skuBase,
      title: variantTitle(value === null ? [] : [value]),
      option1: value,
      priceMinor,
      compareAtMinor: onSale ? (priceMinor * 5n) / 4n : null,
      weightGrams: 100 + Math.floor(rand() * 1900),
      position,
    };
  });
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, TAGS)))].join(", ");
  const main = Math.floor(rand() * categoryCount);
  const second = Math.floor(rand() * categoryCount);
  const categoryIndexes = categoryCount > 1 && rand() < 0.3 && second !== main ? [main, second] : [main];
  return {
    handle: `${slugify(title)}-${runId}-${index}`,
    title,
    description: description(rand, title, material, vendor),
    vendor,
    tags,
    options,
    variants,
    categoryIndexes,
  };
}
