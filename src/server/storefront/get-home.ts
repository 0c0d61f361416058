import "server-only";
import { storeDb } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { listTopCategories } from "./category-tree";
import { getStoreTheme, type TStoreTheme } from "./get-store-theme";
import { loadProductCards } from "./product-cards";
import type { TCategoryTile, TProductCard } from "./types";

/** The home page shows at most this many products of the home collection. */
export const HOME_PRODUCT_LIMIT = 24;

export type THome = {
  theme: TStoreTheme;
  /** The home collection (null when none is set or it belongs to nobody in this store). */
  collection: { title: string; products: TProductCard[] } | null;
  /** Top-level categories with their images. */
  categories: TCategoryTile[];
};

/**
 * The storefront home: theme, the home collection's ACTIVE products in the merchant's order,
 * and the top-level categories. Null when the store does not exist.
 */
export async function getHome(storeId: string): Promise<THome | null> {
  const store = await getStoreProfile(storeId);
  if (!store) return null;
  const [theme, categories] = await Promise.all([getStoreTheme(storeId), listTopCategories(storeId)]);
  let collection: THome["collection"] = null;
  if (theme.homeCollectionId) {
    const db = storeDb(storeId);
    const found = await db.collection.findUnique({ where: { id: theme.homeCollectionId }, select: { id: true, title: true } });
    if (found) {
      // Over-fetch ids so that drafts in the list do not leave the grid short.
      const entries = await db.collectionProduct.findMany({
        where: { collectionId: found.id, product: { status: "ACTIVE" } },
        orderBy: [{ position: "asc" }, { productId: "asc" }],
        take: HOME_PRODUCT_LIMIT * 2,
        select: { productId: true },
      });
      const products = await loadProductCards(storeId, store.currency, entries.map((e) => e.productId));
      collection = { title: found.title, products: products.slice(0, HOME_PRODUCT_LIMIT) };
    }
  }
  return { theme, collection, categories };
}
