import { registerCustomer, ZRegisterCustomerInput } from "@/server/customers";
import { clientIp, route, userAgent } from "@/server/http";
import { storeOfApiRequest } from "@/server/storefront";

/**
 * POST /api/v1/storefront/customers: registers a customer of this host's store. Always 202
 * with the same body, whether or not the email already has an account here (the mailbox
 * tells the owner which); 422 for bad fields, 429 with Retry-After when throttled.
 */
export const POST = route({ authorize: (req) => storeOfApiRequest(req.headers), body: ZRegisterCustomerInput }, async ({ req, auth, body }) => {
  await registerCustomer(auth.storeId, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return Response.json(
    { ok: true, message: "If this email can be used here, we have sent a message to it. Follow it to continue." },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});
