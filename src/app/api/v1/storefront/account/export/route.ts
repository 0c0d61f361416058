import { customerExportFilename, exportCustomerData } from "@/server/customers";
import { AppError } from "@/server/errors";
import { clientIp, requireCustomer, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/storefront/account/export (also /account/export, "Download my data"): the signed-in customer's data as a JSON attachment. */
export const GET = route({ authorize: () => requireCustomer() }, async ({ req, auth }) => {
  const data = await exportCustomerData(auth.storeId, auth.customerId, {
    actorType: "customer",
    actorId: auth.customerId,
    ip: clientIp(req.headers),
    userAgent: userAgent(req.headers),
  });
  if (!data) throw new AppError("NOT_FOUND", "Account not found");
  return new Response(JSON.stringify(data), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${customerExportFilename(data)}"`,
      "cache-control": "no-store",
    },
  });
});
