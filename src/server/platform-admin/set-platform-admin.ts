import "server-only";
import { recordAudit } from "@/server/audit";
import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { ZPlatformAdminGrantInput } from "./platform-admin.schemas";

export type TPlatformAdminGrantResult = {
  userId: string;
  isPlatformAdmin: boolean;
  /** False when the user already had (or already lacked) the rights: nothing was written. */
  changed: boolean;
};

/**
 * Grants (or with `revoke: true` takes away) platform admin rights of an existing platform
 * user, by email. This is the only code path that changes isPlatformAdmin besides the seed;
 * no page or API calls it (operators run `npm run admin:grant -- <email> [--revoke]`). The
 * change and its audit entry (actorType "system", "platform_admin.granted" / ".revoked")
 * commit together. Running instances see the change within their 10 s session cache.
 * Throws AppError NOT_FOUND when no user has that email, VALIDATION_FAILED for a bad email.
 */
export async function setPlatformAdmin(input: unknown): Promise<TPlatformAdminGrantResult> {
  const { email, revoke } = ZPlatformAdminGrantInput.parse(input);
  const isPlatformAdmin = !revoke;
  return platformDb().$transaction(async (tx) => {
    const user = await tx.platformUser.findUnique({ where: { email }, select: { id: true, isPlatformAdmin: true } });
    if (!user) throw new AppError("NOT_FOUND", "No platform user has that email. They must sign up first.");
    if (user.isPlatformAdmin === isPlatformAdmin) return { userId: user.id, isPlatformAdmin, changed: false };
    await tx.platformUser.update({ where: { id: user.id }, data: { isPlatformAdmin } });
    await recordAudit(
      {
        actorType: "system",
        action: isPlatformAdmin ? "platform_admin.granted" : "platform_admin.revoked",
        targetType: "platform_user",
        targetId: user.id,
        data: { via: "admin:grant" },
      },
      tx,
    );
    return { userId: user.id, isPlatformAdmin, changed: true };
  });
}
