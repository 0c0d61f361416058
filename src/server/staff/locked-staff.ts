import { storeDb, type StoreDb } from "@/server/db";
import { roleCan, type TStoreRole } from "@/server/access";
import { AppError } from "@/server/errors";

export type TStaffTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];
export type TLockedMember = { id: string; userId: string; role: TStoreRole };

/**
 * Runs `fn` in a transaction of the store that first locks every membership row of the store
 * (SELECT ... FOR UPDATE). Concurrent staff changes of one store therefore run one after the
 * other and each sees the others' result, which is what keeps the invariant "a store always
 * has at least one owner" true: two owners demoting each other at once cannot both succeed.
 * Raw SQL is not seen by the tenant door: the store is named explicitly.
 */
export async function withLockedStaff<T>(storeId: string, fn: (tx: TStaffTx, members: TLockedMember[]) => Promise<T>): Promise<T> {
  return storeDb(storeId).$transaction(async (tx) => {
    const members = await tx.$queryRaw<TLockedMember[]>`SELECT id, userId, role FROM StoreMembership WHERE storeId = ${storeId} FOR UPDATE`;
    return fn(tx, members);
  });
}

/**
 * The acting user's membership, read under the lock and re-checked for staff:manage (the
 * route checked it too; this keeps the domain safe on its own). Not on the staff -> 404.
 */
export function actorMember(members: TLockedMember[], userId: string): TLockedMember {
  const me = members.find((m) => m.userId === userId);
  if (!me) throw new AppError("NOT_FOUND", "Store not found");
  if (!roleCan(me.role, "staff:manage")) throw new AppError("FORBIDDEN", "Your role does not include staff:manage");
  return me;
}

export function targetMember(members: TLockedMember[], membershipId: string): TLockedMember {
  const target = members.find((m) => m.id === membershipId);
  if (!target) throw new AppError("NOT_FOUND", "That person is not on this store's staff");
  return target;
}

export const CANNOT_MANAGE = "Your role cannot change this member";

export const LAST_OWNER = "A store must keep at least one owner. Make someone else an owner first.";

/** Refuses a change that would leave the store without an owner. */
export function assertOwnerRemains(members: TLockedMember[], leaving: TLockedMember): void {
  if (leaving.role !== "OWNER") return;
  const owners = members.filter((m) => m.role === "OWNER").length;
  if (owners <= 1) throw new AppError("CONFLICT", LAST_OWNER);
}

/** Who acts, for the audit log. */
export type TStaffActor = { userId: string; ip?: string | null; userAgent?: string | null };
