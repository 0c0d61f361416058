import { exportCustomersCsv } from "@/server/customers";
import { clientIp, requireStaff, route, userAgent } from "@/server/http";
import { z } from "zod";

export const dynamic = "force-dynamic";

/** /dashboard/{store}/customers/export: every customer of the store as CSV (customers:export; audited). */
export const GET = route({ params: z.object({ store: z.string().min(1).max(40) }) }, async ({ req, params }) => {
  const staff = await requireStaff(params.store, "customers:export");
  const { csv } = await exportCustomersCsv(staff.store.id, {
    actorType: "platform_user",
    actorId: staff.actor.userId,
    ip: clientIp(req.headers),
    userAgent: userAgent(req.headers),
  });
  const filename = `customers-${staff.store.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
