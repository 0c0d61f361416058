import { exportProductsStream } from "@/server/catalog-csv";
import { authorizeAdminApi, route } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/products/export (catalog:read): every product of the store with its
 * variants as CSV (docs/csv-format.md), streamed a page of products at a time.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read") }, async ({ auth }) => {
  return new Response(exportProductsStream(auth.storeId), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="products.csv"', "cache-control": "no-store" },
  });
});
