import { z } from "zod";
import { customerExportFilename, exportCustomerData, ZCustomerId } from "@/server/customers";
import { AppError } from "@/server/errors";
import { clientIp, requireStaff, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * /dashboard/{store}/customers/{id}/gdpr-export: the customer's data export, run by staff with
 * customers:export (audited). Another store's customer id is 404.
 */
export const GET = route({ params: z.object({ store: z.string().min(1).max(40), customerId: ZCustomerId }) }, async ({ req, params }) => {
  const staff = await requireStaff(params.store, "customers:export");
  const data = await exportCustomerData(staff.store.id, params.customerId, {
    actorType: "platform_user",
    actorId: staff.actor.userId,
    ip: clientIp(req.headers),
    userAgent: userAgent(req.headers),
  });
  if (!data) throw new AppError("NOT_FOUND", "Customer not found");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${customerExportFilename(data).replace(".json", `-${data.account.id}.json`)}"`,
      "cache-control": "no-store",
    },
  });
});
