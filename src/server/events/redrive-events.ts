import "server-only";
import { recordAudit } from "@/server/audit";
import { platformDb, Prisma } from "@/server/db";
import { log } from "@/server/log";

export type TRedriveInput = {
  /** At most 500; ids that are not DEAD (or do not exist) are ignored. */
  eventIds: readonly bigint[];
  /** The platform admin's user id. */
  actorId: string;
  ip?: string | null;
  userAgent?: string | null;
};

/**
 * Re-drives dead events: DEAD -> PENDING, due now, attempts back to 0 (handlers that already
 * succeeded stay recorded and are not run again). In the same transaction an AuditLogEntry
 * (actorType "platform_admin", action "outbox.redrive") lists the ids re-driven; nothing is
 * written when none was DEAD. Returns how many were re-driven.
 */
export async function redriveEvents(input: TRedriveInput): Promise<number> {
  const ids = [...new Set(input.eventIds)];
  if (ids.length === 0) return 0;
  if (ids.length > 500) throw new RangeError("redriveEvents: at most 500 events at once");
  const redriven = await platformDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM OutboxEvent WHERE id IN (${Prisma.join(ids)}) AND status = 'DEAD' FOR UPDATE`;
    const dead = rows.map((r) => BigInt(r.id));
    if (!dead.length) return dead;
    await tx.outboxEvent.updateMany({
      where: { id: { in: dead }, status: "DEAD" },
      data: { status: "PENDING", attempts: 0, availableAt: new Date(), lockedBy: null, lockedUntil: null },
    });
    await recordAudit(
      {
        actorType: "platform_admin",
        actorId: input.actorId,
        action: "outbox.redrive",
        targetType: "OutboxEvent",
        targetId: dead.length === 1 ? String(dead[0]) : null,
        ip: input.ip ?? null,
        userAgent: input.userAgent ?? null,
        data: { eventIds: dead.map(String), requested: ids.length },
      },
      tx,
    );
    return dead;
  });
  if (redriven.length) log.info({ actorId: input.actorId, count: redriven.length }, "outbox events re-driven");
  return redriven.length;
}
