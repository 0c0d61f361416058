import { authorizeAdminApi, privateJson, route } from "@/server/http";
import { getOrderForStaff, ZOrderIdParams } from "@/server/orders";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/orders/{id} (orders:read): the order with its lines, payments and timeline. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "orders:read"), params: ZOrderIdParams }, async ({ auth, params }) => {
  return privateJson(await getOrderForStaff(auth.storeId, params.id));
});
