/**
 * Catalog rows for this domain's integration tests, written directly through the tenant door
 * (the storefront only reads; the catalog domain owns real writes and their events).
 */
import { platformDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";

export const runId = Math.random().toString(36).slice(2, 8);

export async function makeStore(prefix: string, currency = "LKR") {
  return platformDb().store.create({
    data: { slug: `${prefix}-${runId}-${Math.random().toString(36).slice(2, 6)}`, name: `${prefix} shop ${runId}`, country: "LK", currency, timeZone: "UTC" },
    select: { id: true, slug: true, name: true },
  });
}

/**
 * `stock` makes the variant track inventory with that many on hand in the default location
 * (through inventory's adjustStock, as staff would); without it the variant does not track
 * inventory (always available).
 */
type TVariantSeed = { sku: string; priceMinor: bigint; compareAtMinor?: bigint; options?: string[]; stock?: number };

/** The staff actor of these tests' stock adjustments. */
export async function makeStaff() {
  const user = await platformDb().platformUser.create({ data: { email: `sf-${runId}-${Math.random().toString(36).slice(2, 8)}@example.com`, name: "Staff", passwordHash: "x" } });
  return { kind: "user" as const, userId: user.id };
}

export type TProductSeed = {
  handle: string;
  title: string;
  description?: string;
  tags?: string;
  status?: "DRAFT" | "ACTIVE" | "ARCHIVED";
  options?: { name: string; values: string[] }[];
  variants: TVariantSeed[];
  categoryIds?: string[];
  mediaIds?: string[];
  publishedAt?: Date;
};

export async function addProduct(storeId: string, seed: TProductSeed) {
  const db = storeDb(storeId);
  const product = await db.product.create({
    data: {
      storeId,
      handle: seed.handle,
      title: seed.title,
      description: seed.description ?? "",
      tags: seed.tags ?? "",
      status: seed.status ?? "ACTIVE",
      options: seed.options ?? [],
      publishedAt: seed.publishedAt ?? new Date(),
    },
  });
  const store = await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { currency: true } });
  const variantIds: string[] = [];
  for (const [position, v] of seed.variants.entries()) {
    const variant = await db.productVariant.create({
      data: {
        storeId,
        productId: product.id,
        sku: v.sku,
        title: v.options?.join(" / ") || "Default",
        option1: v.options?.[0] ?? null,
        option2: v.options?.[1] ?? null,
        option3: v.options?.[2] ?? null,
        priceMinor: v.priceMinor,
        compareAtMinor: v.compareAtMinor ?? null,
        currency: store.currency,
        trackInventory: v.stock !== undefined,
        position,
      },
    });
    variantIds.push(variant.id);
    if (v.stock) await adjustStock(storeId, await makeStaff(), { variantId: variant.id, quantity: v.stock, reason: "Test stock" });
  }
  for (const [position, categoryId] of (seed.categoryIds ?? []).entries()) {
    await db.productCategory.create({ data: { storeId, productId: product.id, categoryId, position } });
  }
  for (const [position, mediaId] of (seed.mediaIds ?? []).entries()) {
    await db.productMedia.create({ data: { storeId, productId: product.id, mediaId, position } });
  }
  return { ...product, variantIds };
}

export async function addCategory(storeId: string, handle: string, name: string, parentId: string | null = null, position = 0) {
  return storeDb(storeId).category.create({ data: { storeId, handle, name, parentId, position } });
}

export async function addImage(storeId: string, alt: string) {
  return storeDb(storeId).mediaAsset.create({
    data: { storeId, kind: "IMAGE", storageKey: `${storeId}/${Math.random().toString(36).slice(2)}`, mimeType: "image/png", byteSize: 100, width: 800, height: 600, alt },
  });
}
