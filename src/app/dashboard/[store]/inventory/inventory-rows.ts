import "server-only";
import { getProduct, listProducts, type TProductListItem } from "@/server/catalog";
import { getVariantInventory, type TLocationLevel } from "@/server/inventory";

/**
 * The inventory list's page, composed from the catalog's product list (search by title, tags
 * or SKU, paged by product) and the inventory domain's per-variant levels.
 *
 * Why here and not one query in the inventory domain: that domain has no paged "variants with
 * their levels" read yet (asked of the lead). This uses only public domain functions, is
 * bounded by the page size, and can be replaced by such a read without touching the page.
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
  const products = await Promise.all(
    list.items.map(async (item): Promise<TInventoryProduct> => {
      const product = await getProduct(storeId, item.id);
      const variants = await Promise.all(
        (product?.variants ?? []).map(async (v): Promise<TInventoryRow> => {
          const tracked = v.trackInventory && item.type !== "SERVICE";
          if (!tracked) return { variantId: v.id, variantTitle: v.title, sku: v.sku, tracked, lowStockThreshold: null, onHand: 0, reserved: 0, available: 0, levels: [] };
          const inv = await getVariantInventory(storeId, v.id);
          return { variantId: v.id, variantTitle: v.title, sku: v.sku, tracked, lowStockThreshold: inv.lowStockThreshold, onHand: inv.onHand, reserved: inv.reserved, available: inv.available, levels: inv.levels };
        }),
      );
      return { id: item.id, title: item.title, type: item.type, status: item.status, variants };
    }),
  );
  return { products, page: list.page, pageCount: list.pageCount, total: list.total };
}
