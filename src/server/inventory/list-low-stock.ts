import { storeDb } from "@/server/db";
import { ZLowStockQuery } from "./inventory.schemas";
import { toNumber } from "./stock-change";

export type TLowStockItem = {
  variantId: string;
  productId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  available: number;
  threshold: number;
};

export type TLowStockPage = { items: TLowStockItem[]; page: number; pageSize: number; pageCount: number; total: number };

/**
 * One page of the store's tracked variants whose available stock (all locations) is at or
 * under their low-stock threshold, the emptiest first (archived products left out).
 * ZLowStockQuery: page, pageSize.
 */
export async function listLowStock(storeId: string, query: unknown = {}): Promise<TLowStockPage> {
  const { page, pageSize } = ZLowStockQuery.parse(query);
  const db = storeDb(storeId);
  const low = `
    SELECT v.id AS variantId, v.productId, p.title AS productTitle, v.title AS variantTitle, v.sku, v.lowStockThreshold AS threshold,
           CAST(COALESCE(SUM(s.onHand - s.reserved), 0) AS SIGNED) AS available
    FROM ProductVariant v
    JOIN Product p ON p.id = v.productId AND p.storeId = ? AND p.status <> 'ARCHIVED' AND p.type <> 'SERVICE'
    LEFT JOIN StockLevel s ON s.storeId = ? AND s.variantId = v.id
    WHERE v.storeId = ? AND v.trackInventory = true AND v.lowStockThreshold IS NOT NULL
    GROUP BY v.id, v.productId, p.title, v.title, v.sku, v.lowStockThreshold
    HAVING available <= threshold`;
  const [count] = await db.$queryRawUnsafe<{ total: unknown }[]>(`SELECT COUNT(*) AS total FROM (${low}) x`, storeId, storeId, storeId);
  const rows = await db.$queryRawUnsafe<{ variantId: string; productId: string; productTitle: string; variantTitle: string; sku: string; threshold: unknown; available: unknown }[]>(
    `${low} ORDER BY available ASC, productTitle ASC, variantId ASC LIMIT ? OFFSET ?`,
    storeId,
    storeId,
    storeId,
    pageSize,
    (page - 1) * pageSize,
  );
  const total = toNumber(count?.total);
  return {
    items: rows.map((r) => ({ ...r, threshold: toNumber(r.threshold), available: Math.max(0, toNumber(r.available)) })),
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
