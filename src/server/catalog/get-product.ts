import { storeDb } from "@/server/db";
import { loadProductView, type TProductView } from "./product-view";

/**
 * One product of the store with its variants (prices as decimal strings), category and media
 * ids; null when the id is unknown or another store's (callers answer 404 either way).
 */
export async function getProduct(storeId: string, id: string): Promise<TProductView | null> {
  return loadProductView(storeDb(storeId), storeId, id);
}
