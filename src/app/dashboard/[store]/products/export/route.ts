import { z } from "zod";
import { exportProductsStream } from "@/server/catalog-csv";
import { requireStaff, route } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /dashboard/{store}/products/export (staff with catalog:read): the store's products as
 * a CSV download, the same file as GET /api/v1/admin/products/export.
 */
export const GET = route({ params: z.object({ store: z.string().min(1).max(100) }) }, async ({ params }) => {
  const staff = await requireStaff(params.store, "catalog:read");
  return new Response(exportProductsStream(staff.store.id), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${staff.store.slug}-products.csv"`,
      "cache-control": "no-store",
    },
  });
});
