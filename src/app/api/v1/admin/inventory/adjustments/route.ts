import { authorizeAdminApi, privateJson, route } from "@/server/http";
import { adjustStock, ZStockAdjustmentInput } from "@/server/inventory";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/admin/inventory/adjustments (inventory:write) with {variantId, locationId?,
 * delta | quantity, reason}: changes on-hand stock by `delta` or sets it to `quantity` at the
 * location (the default one when omitted), with the reason in the ledger. Answers 200 with the
 * variant's inventory afterwards (a quantity equal to the current one writes nothing). 422 when
 * on hand would go below what open orders hold reserved.
 */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "inventory:write"), body: ZStockAdjustmentInput }, async ({ auth, body }) => {
  return privateJson(await adjustStock(auth.storeId, auth.actor, body));
});
