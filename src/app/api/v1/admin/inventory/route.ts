import { authorizeAdminApi, privateJson, route } from "@/server/http";
import { getVariantInventory, ZInventoryQuery } from "@/server/inventory";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/inventory?variantId= (catalog:read: stock is part of the catalog as staff
 * read it; there is no separate inventory:read): a variant's on hand, reserved and available
 * stock at every location and in total.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), query: ZInventoryQuery }, async ({ auth, query }) => {
  return privateJson(await getVariantInventory(auth.storeId, query.variantId));
});
