/**
 * Seeds the demo catalogs through the catalog and media domains: categories, products with
 * variants (ACTIVE), a generated image per product (drawn locally with sharp: no network),
 * a featured home collection, a logo, service slots and the digital product's file.
 * Idempotent: a store whose catalog already has the seed's categories is left alone.
 */
import sharp from "sharp";
import { platformDb, storeDb } from "@/server/db";
import { createCategory, createCollection, createProduct } from "@/server/catalog";
import { uploadFile, uploadImage } from "@/server/media";
import { ACME_CATALOG, DEMO_CATALOG, type TSeedCatalog } from "./catalog-data";

const SYSTEM = { kind: "system" } as const;

/** A simple product picture: a coloured background with a few soft shapes. */
async function drawImage(hue: number, seed: number, size = 800): Promise<Uint8Array> {
  const c = (h: number, s: number, l: number) => `hsl(${(h + 360) % 360},${s}%,${l}%)`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="${c(hue, 45, 88)}"/>
    <circle cx="${300 + (seed % 5) * 40}" cy="${360 + (seed % 3) * 30}" r="${190 + (seed % 4) * 15}" fill="${c(hue, 55, 55)}"/>
    <rect x="${430 - (seed % 4) * 20}" y="${180 + (seed % 5) * 20}" width="220" height="260" rx="40" fill="${c(hue + 30, 50, 40)}" opacity="0.85"/>
    <circle cx="${560}" cy="${590 - (seed % 3) * 25}" r="80" fill="${c(hue - 40, 60, 70)}"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer());
}

/** A tiny valid PDF for the digital product. */
function pdfBytes(title: string): Uint8Array {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length 60>>stream\nBT /F1 14 Tf 20 70 Td (${title.replace(/[()\\]/g, "")}) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

async function seedCatalog(slug: string, storeId: string, ownerId: string, catalog: TSeedCatalog): Promise<void> {
  const db = storeDb(storeId);
  const existing = await db.category.count({ where: { storeId, handle: { in: catalog.categories.map((c) => c.handle) } } });
  if (existing > 0) return;
  const actor = { kind: "user", userId: ownerId } as const;

  const categoryIds = new Map<string, string>();
  for (const [position, category] of catalog.categories.entries()) {
    const created = await createCategory(storeId, actor, { ...category, position });
    categoryIds.set(category.handle, created.id);
  }

  const productIds = new Map<string, string>();
  for (const [index, p] of catalog.products.entries()) {
    const digital = p.type === "DIGITAL" ? await uploadFile(storeId, SYSTEM, { bytes: pdfBytes(p.title), filename: `${p.handle}.pdf`, declaredType: "application/pdf" }) : null;
    const product = await createProduct(storeId, actor, {
      title: p.title,
      handle: p.handle,
      description: p.description,
      type: p.type,
      status: "ACTIVE",
      vendor: p.vendor,
      tags: p.tags,
      options: p.options,
      variants: p.variants.map((v) => ({ sku: v.sku, optionValues: v.options, price: v.price, compareAtPrice: v.compareAtPrice, weightGrams: v.weightGrams, trackInventory: p.type === "PHYSICAL" })),
      categoryIds: [categoryIds.get(p.category)!],
      ...(p.serviceDurationMinutes ? { serviceDurationMinutes: p.serviceDurationMinutes } : {}),
      ...(digital ? { digitalMediaId: digital.id } : {}),
    });
    productIds.set(p.handle, product.id);
    const image = await uploadImage(storeId, SYSTEM, { bytes: await drawImage(p.hue, index), filename: `${p.handle}.jpg`, alt: p.title });
    await db.productMedia.create({ data: { storeId, productId: product.id, mediaId: image.id, position: 0 } });
    if (p.type === "SERVICE") {
      const day = 24 * 60 * 60 * 1000;
      const start = new Date(Math.ceil(Date.now() / day) * day + 9 * 60 * 60 * 1000);
      await db.serviceSlot.createMany({
        data: Array.from({ length: 6 }, (_, i) => ({
          storeId,
          productId: product.id,
          startsAt: new Date(start.getTime() + i * day),
          endsAt: new Date(start.getTime() + i * day + (p.serviceDurationMinutes ?? 60) * 60_000),
          capacity: 8,
        })),
      });
    }
  }

  const featured = await createCollection(storeId, actor, { title: "Featured", handle: "featured", productIds: catalog.featured.map((h) => productIds.get(h)!) });
  const logo = await uploadImage(storeId, SYSTEM, { bytes: await drawImage(catalog.products[0]!.hue + 180, 7, 256), filename: "logo.jpg", alt: "Logo" });
  await platformDb().store.update({
    where: { id: storeId },
    data: { homeCollectionId: featured.id, logoMediaId: logo.id, announcement: slug === "demo" ? "Island-wide delivery from Colombo · Cash on delivery available" : "New season jackets are in · Free returns within 30 days" },
  });
}

/** Adds the demo catalogs to the `demo` and `acme` stores (store ids by slug). */
export async function seedDemoCatalogs(storeIds: Record<string, string>): Promise<void> {
  for (const [slug, catalog] of [["demo", DEMO_CATALOG], ["acme", ACME_CATALOG]] as const) {
    const storeId = storeIds[slug];
    if (!storeId) continue;
    const owner = await storeDb(storeId).storeMembership.findFirst({ where: { storeId, role: "OWNER" }, select: { userId: true } });
    if (!owner) throw new Error(`seed: store ${slug} has no owner`);
    await seedCatalog(slug, storeId, owner.userId, catalog);
  }
}
