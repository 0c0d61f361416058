import "server-only";
import { listProducts, type TProductListItem } from "@/server/catalog";
import { listProductInventories, type TLocationLevel } from "@/server/inventory";

/**
 * The inventory list's page: the catalog's product list (search by title, tags or SKU, paged
 * by product) with the inventory domain's levels of all those products' variants, read at once
 * (listProductInventories: a fixed number of queries per page).
 */

export type TInventoryRow = {
  variantId: string;
  variantTitle: string;
  sku: string;
  /** Stock levels apply (the variant tracks inventory and is not a service). */
  tracked: boolean;
  lowStockThreshold: number | null;
  onHand: number;
  reserved: number;
  available: number;
  levels: TLocationLevel[];
};

export type TInventoryProduct = Pick<TProductListItem, "id" | "title" | "type" | "status"> & { variants: TInventoryRow[] };

export type TInventoryPage = { products: TInventoryProduct[]; page: number; pageCount: number; total: number };

/** Products per inventory page (each with all its variants). */
export const INVENTORY_PAGE_SIZE = 10;

export async function loadInventoryPage(storeId: string, query: { q?: string; page?: number }): Promise<TInventoryPage> {
  const list = await listProducts(storeId, { q: query.q, page: query.page ?? 1, pageSize: INVENTORY_PAGE_SIZE, sort: query.q ? undefined : "title" });
  const inventories = await listProductInventories(storeId, list.items.map((item) => item.id));
  const products = list.items.map((item): TInventoryProduct => {
    const variants = (inventories.get(item.id) ?? []).map((v): TInventoryRow => {
      const tracked = v.trackInventory && item.type !== "SERVICE";
      if (!tracked) return { variantId: v.variantId, variantTitle: v.variantTitle, sku: v.sku, tracked, lowStockThreshold: null, onHand: 0, reserved: 0, available: 0, levels: [] };
      return { variantId: v.variantId, variantTitle: v.variantTitle, sku: v.sku, tracked, lowStockThreshold: v.lowStockThreshold, onHand: v.onHand, reserved: v.reserved, available: v.available, levels: v.levels };
    });
    return { id: item.id, title: item.title, type: item.type, status: item.status, variants };
  });
  return { products, page: list.page, pageCount: list.pageCount, total: list.total };
}
