import { deleteOwnAccount, getCustomerProfile, updateCustomerAccount, ZCustomerAccountPatch, ZDeleteAccountApiBody } from "@/server/customers";
import { AppError } from "@/server/errors";
import { clientIp, forgetCustomerSession, requireCustomer, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

const context = (req: Request) => ({ ip: clientIp(req.headers), userAgent: userAgent(req.headers) });

/** GET /api/v1/storefront/account: the signed-in customer's profile (401 when signed out). */
export const GET = route({ authorize: () => requireCustomer() }, async ({ auth }) => {
  const profile = await getCustomerProfile(auth.storeId, auth.customerId);
  if (!profile) throw new AppError("NOT_FOUND", "Account not found");
  const { erasedAt: _erased, ...account } = profile;
  return { account };
});

/** PATCH /api/v1/storefront/account: any of name, phone (null or "" clears it), marketingConsent. */
export const PATCH = route({ authorize: () => requireCustomer(), body: ZCustomerAccountPatch }, async ({ req, auth, body }) => {
  const { erasedAt: _erased, ...account } = await updateCustomerAccount(auth.storeId, auth.customerId, body, {
    actorType: "customer",
    actorId: auth.customerId,
    ...context(req),
  });
  return { account };
});

/** DELETE /api/v1/storefront/account with {"confirm":"DELETE"}: erases the account's personal data. */
export const DELETE = route({ authorize: () => requireCustomer(), body: ZDeleteAccountApiBody }, async ({ req, auth, body }) => {
  await deleteOwnAccount(auth.storeId, auth.customerId, { confirmation: body.confirm }, context(req));
  forgetCustomerSession(auth.storeId, auth.customerId);
  return { ok: true, erased: true };
});
