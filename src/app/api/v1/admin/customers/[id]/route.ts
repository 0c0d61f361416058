import { getCustomerForStaff, ZCustomerIdParams } from "@/server/customers";
import { AppError } from "@/server/errors";
import { authorizeAdminApi, route } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/customers/{id}?store=<slug>: one customer with addresses and consent
 * (customers:read). Another store's customer id is 404, exactly like an unknown one.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "customers:read"), params: ZCustomerIdParams }, async ({ auth, params }) => {
  const customer = await getCustomerForStaff(auth.storeId, params.id);
  if (!customer) throw new AppError("NOT_FOUND", "Customer not found");
  return { customer: customer.profile, addresses: customer.addresses };
});
