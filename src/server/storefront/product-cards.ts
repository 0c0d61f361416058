import "server-only";
import { storeDb } from "@/server/db";
import { productAvailabilityOf } from "@/server/inventory";
import { minorToDecimal } from "@/lib/money";
import type { TProductCard } from "./types";

/**
 * Grid cards for the given product ids, in the order given. Only ACTIVE products with at least
 * one variant come back (a product without a variant has no price to show), so a list built
 * from any id source can never leak a draft, an archived product or another store's product:
 * the lookup goes through the tenant door. Availability (inventory's rule: some variant in stock
 * or untracked, a service with a free upcoming seat) is one query for the whole list.
 */
export async function loadProductCards(storeId: string, currency: string, productIds: string[]): Promise<TProductCard[]> {
  if (productIds.length === 0) return [];
  const cardRows = storeDb(storeId).product.findMany({
    where: { id: { in: productIds }, status: "ACTIVE" },
    select: {
      id: true,
      handle: true,
      title: true,
      variants: { where: { storeId }, select: { priceMinor: true, compareAtMinor: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      media: {
        where: { storeId, media: { storeId, kind: "IMAGE" } },
        orderBy: [{ position: "asc" }, { mediaId: "asc" }],
        take: 1,
        select: { media: { select: { id: true, width: true, height: true, alt: true } } },
      },
    },
  });
  const [rows, availability] = await Promise.all([cardRows, productAvailabilityOf(storeId, productIds)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cards: TProductCard[] = [];
  for (const id of productIds) {
    const row = byId.get(id);
    if (!row || row.variants.length === 0) continue;
    const cheapest = row.variants.reduce((min, v) => (v.priceMinor < min.priceMinor ? v : min));
    const compareAt = cheapest.compareAtMinor !== null && cheapest.compareAtMinor > cheapest.priceMinor ? cheapest.compareAtMinor : null;
    cards.push({
      id: row.id,
      handle: row.handle,
      title: row.title,
      currency,
      price: minorToDecimal(cheapest.priceMinor, currency),
      compareAtPrice: compareAt === null ? null : minorToDecimal(compareAt, currency),
      priceVaries: row.variants.some((v) => v.priceMinor !== cheapest.priceMinor),
      image: row.media[0]?.media ?? null,
      available: availability.get(row.id) ?? false,
    });
  }
  return cards;
}
