/**
 * Writes a bulk benchmark catalog into one store (`npm run seed:bulk`).
 *
 * Why not createProduct() per product: this is a benchmark fixture loader, not a merchant
 * action. createProduct validates, checks handles and SKUs, writes an audit entry and a
 * product.created event per product in its own transaction (10,000 products would take
 * minutes and flood the outbox with events nobody needs). Here the rows are generated valid
 * by construction (unique handles and SKUs carry the run id), written with createMany through
 * the tenant door in transactions of ~500 products, and the run is recorded once: ONE outbox
 * event `catalog.bulk_seeded` and ONE audit entry, committed with the last batch.
 *
 * Images: no new files. Each product links ONE existing image of the store (round robin over
 * the store's IMAGE media, e.g. the demo seed's pictures), so product pages and cards render
 * a gallery like real ones; a store without images gets products without images.
 *
 * A crash mid-run leaves the batches already committed (their handles carry the run id) and
 * no event; running again adds a new run rather than failing.
 */
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/server/audit";
import { Prisma, platformDb, storeDb } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import { BULK_CATEGORIES, bulkProduct, bulkRunId, seededRandom } from "./bulk-catalog";

export type TBulkSeedOptions = {
  products: number;
  /** Products per transaction (default 500). */
  batchSize?: number;
  /** PRNG seed (default: time based). */
  seed?: number;
  onBatch?: (done: number, total: number) => void;
};

export type TBulkSeedResult = {
  runId: string;
  products: number;
  variants: number;
  categories: { id: string; handle: string }[];
  /** A few product handles of this run (first, middle, last), for smoke checks and benchmarks. */
  sampleHandles: string[];
  imagesLinked: boolean;
};

const TX = { timeout: 120_000, maxWait: 10_000 } as const;

/** A cuid-like id (25 characters, starts with "c"), generated here so batches can link rows. */
export function bulkId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`.slice(0, 25);
}

/**
 * Adds `products` ACTIVE products (1-3 variants each, in the store's currency) in five new
 * categories to the store. Throws when the store does not exist or `products` is not a
 * positive integer.
 */
export async function seedBulkCatalog(storeId: string, options: TBulkSeedOptions): Promise<TBulkSeedResult> {
  const total = options.products;
  if (!Number.isInteger(total) || total < 1) throw new Error("products must be a positive integer");
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 500));
  const store = await platformDb().store.findUnique({ where: { id: storeId }, select: { currency: true } });
  if (!store) throw new Error("store not found");
  const rand = seededRandom(options.seed ?? Date.now());
  const runId = bulkRunId(Date.now(), rand);
  const db = storeDb(storeId);

  const images = await db.mediaAsset.findMany({ where: { storeId, kind: "IMAGE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true }, take: 500 });
  const last = await db.category.findFirst({ where: { storeId, parentId: null }, orderBy: { position: "desc" }, select: { position: true } });
  const categories = BULK_CATEGORIES.map((c, i) => ({ id: bulkId(), storeId, handle: `${runId}-${c.key}`, name: `${c.name} (${runId})`, description: `Benchmark catalog ${runId}: ${c.name.toLowerCase()}.`, position: (last?.position ?? 0) + 1 + i }));
  await db.category.createMany({ data: categories });

  const now = Date.now();
  let variantsWritten = 0;
  const sampleAt = new Set([0, Math.floor(total / 2), total - 1]);
  const sampleHandles: string[] = [];
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const products: Prisma.ProductCreateManyInput[] = [];
    const variants: Prisma.ProductVariantCreateManyInput[] = [];
    const links: Prisma.ProductCategoryCreateManyInput[] = [];
    const media: Prisma.ProductMediaCreateManyInput[] = [];
    for (let index = start; index < end; index++) {
      const p = bulkProduct(runId, index, rand, store.currency, categories.length);
      const id = bulkId();
      if (sampleAt.has(index)) sampleHandles.push(p.handle);
      // Newest first in listings: product 0 is the most recently published.
      const publishedAt = new Date(now - index * 1000);
      products.push({ id, storeId, handle: p.handle, title: p.title, description: p.description, type: "PHYSICAL", status: "ACTIVE", vendor: p.vendor, tags: p.tags, options: p.options, publishedAt, createdAt: publishedAt });
      for (const v of p.variants) variants.push({ id: bulkId(), storeId, productId: id, currency: store.currency, trackInventory: true, ...v });
      p.categoryIndexes.forEach((c, position) => links.push({ storeId, productId: id, categoryId: categories[c]!.id, position }));
      if (images.length) media.push({ storeId, productId: id, mediaId: images[index % images.length]!.id, position: 0 });
    }
    const isLast = end === total;
    await db.$transaction(async (tx) => {
      await tx.product.createMany({ data: products });
      await tx.productVariant.createMany({ data: variants });
      await tx.productCategory.createMany({ data: links });
      if (media.length) await tx.productMedia.createMany({ data: media });
      if (isLast) {
        const facts = { runId, products: total, variants: variantsWritten + variants.length, categoryIds: categories.map((c) => c.id) };
        await recordAudit({ storeId, actorType: "system", action: "catalog.bulk_seeded", targetType: "store", targetId: storeId, data: facts }, tx);
        await enqueueEvent(tx, { type: "catalog.bulk_seeded", storeId, payload: facts });
      }
    }, TX);
    variantsWritten += variants.length;
    options.onBatch?.(end, total);
  }
  return {
    runId,
    products: total,
    variants: variantsWritten,
    categories: categories.map((c) => ({ id: c.id, handle: c.handle })),
    sampleHandles,
    imagesLinked: images.length > 0,
  };
}
