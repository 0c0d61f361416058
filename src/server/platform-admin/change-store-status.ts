import "server-only";
import { recordAudit } from "@/server/audit";
import { platformDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { log } from "@/server/log";
import { invalidateStoreCache } from "@/server/tenancy";

export type TPlatformAdminActor = { userId: string; ip?: string | null; userAgent?: string | null };

export type TStoreStatusResult = {
  storeId: string;
  slug: string;
  status: "ACTIVE" | "SUSPENDED";
  /** False when the store already had that status (nothing was written). */
  changed: boolean;
};

const TRANSITIONS = {
  SUSPENDED: { from: "ACTIVE", action: "store.suspended" },
  ACTIVE: { from: "SUSPENDED", action: "store.reinstated" },
} as const;

async function changeStoreStatus(storeId: string, actor: TPlatformAdminActor, to: "ACTIVE" | "SUSPENDED"): Promise<TStoreStatusResult> {
  const { from, action } = TRANSITIONS[to];
  const result = await platformDb().$transaction(async (tx) => {
    const store = await tx.store.findUnique({ where: { id: storeId }, select: { slug: true } });
    if (!store) throw new AppError("NOT_FOUND", "Store not found");
    // Conditional on the current status, so two admins clicking at once record one change.
    const { count } = await tx.store.updateMany({ where: { id: storeId, status: from }, data: { status: to } });
    if (count === 0) return { store, changed: false };
    await recordAudit(
      {
        storeId,
        actorType: "platform_admin",
        actorId: actor.userId,
        action,
        targetType: "store",
        targetId: storeId,
        ip: actor.ip ?? null,
        userAgent: actor.userAgent ?? null,
        data: { from, to },
      },
      tx,
    );
    await enqueueEvent(tx, { type: action, storeId, payload: { storeId, status: to, actorId: actor.userId } });
    return { store, changed: true };
  });
  if (result.changed) {
    // This instance serves the new status at once; other instances within TENANT_CACHE_TTL_MS.
    invalidateStoreCache({ slug: result.store.slug });
    const domains = await storeDb(storeId).storeDomain.findMany({ where: { storeId }, select: { hostname: true } });
    for (const d of domains) invalidateStoreCache({ hostname: d.hostname });
    log.info({ storeId, actorId: actor.userId, status: to }, "store status changed by a platform admin");
  }
  return { storeId, slug: result.store.slug, status: to, changed: result.changed };
}

/**
 * Suspends a store: its storefront and storefront API answer 503 (the proxy reads the status),
 * while its staff can still sign in to the dashboard and export their data. Writes the status,
 * an audit entry (platform_admin, "store.suspended") and a `store.suspended` outbox event in
 * one transaction, then drops the host cache. A store already suspended is left as it is
 * (`changed: false`, nothing written). Unknown store: AppError NOT_FOUND.
 */
export function suspendStore(storeId: string, actor: TPlatformAdminActor): Promise<TStoreStatusResult> {
  return changeStoreStatus(storeId, actor, "SUSPENDED");
}

/**
 * Reinstates a suspended store (storefront serves again): status, audit entry
 * ("store.reinstated") and `store.reinstated` outbox event in one transaction, then the host
 * cache is dropped. An active store is left as it is (`changed: false`).
 */
export function reinstateStore(storeId: string, actor: TPlatformAdminActor): Promise<TStoreStatusResult> {
  return changeStoreStatus(storeId, actor, "ACTIVE");
}
