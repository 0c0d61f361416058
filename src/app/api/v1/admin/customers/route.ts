import { listCustomers, ZCustomerListQuery } from "@/server/customers";
import { authorizeAdminApi, route } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/customers?store=<slug>&q=<email part>&page=<n>: one page of the store's
 * customers (customers:read). `q` matches email addresses only: names are encrypted.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "customers:read"), query: ZCustomerListQuery }, async ({ auth, query }) => {
  return listCustomers(auth.storeId, query);
});
