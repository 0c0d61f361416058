import { registerCustomer, ZRegisterCustomerInput } from "@/server/customers";
import { AppError } from "@/server/errors";
import { clientIp, route, userAgent } from "@/server/http";
import { STORE_HEADER } from "@/server/tenancy";

/** The store of a storefront API request: the proxy resolved it from the host (clients cannot set it). */
async function storefrontStore(req: Request): Promise<{ storeId: string }> {
  const storeId = req.headers.get("x-ecom-area") === "store" ? req.headers.get(STORE_HEADER) : null;
  if (!storeId) throw new AppError("NOT_FOUND", "Not found");
  return { storeId };
}

/**
 * POST /api/v1/storefront/customers: registers a customer of this host's store. Always 202
 * with the same body, whether or not the email already has an account here (the mailbox
 * tells the owner which); 422 for bad fields, 429 with Retry-After when throttled.
 */
export const POST = route({ authorize: storefrontStore, body: ZRegisterCustomerInput }, async ({ req, auth, body }) => {
  await registerCustomer(auth.storeId, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return Response.json(
    { ok: true, message: "If this email can be used here, we have sent a message to it. Follow it to continue." },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});
