import { Prisma, knownDbErrorCode, platformDb, type StoreDb } from "@/server/db";
import { AppError, type TFieldIssue } from "@/server/errors";
import type { TAuditEntry } from "@/server/audit";
import { handleWithSuffix } from "./slugify";

/**
 * What every catalog write shares: who acts, the transaction type, proof that referenced ids
 * belong to the store, handle allocation and the mapping of unique violations to field errors.
 */

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

/** Who changes the catalog: a dashboard user or an API key (TAdminApiContext["actor"] fits). */
export type TCatalogActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };
/** Where the request came from, for the audit log. */
export type TRequestContext = { ip?: string | null; userAgent?: string | null };

/** Catalog writes run longer than Prisma's 5 s default when they replace 100 variants. */
export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

export function auditActor(actor: TCatalogActor, context: TRequestContext): Pick<TAuditEntry, "actorType" | "actorId" | "ip" | "userAgent"> {
  return {
    ...(actor.kind === "user" ? { actorType: "platform_user" as const, actorId: actor.userId } : { actorType: "api_key" as const, actorId: actor.keyId }),
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
  };
}

/** The store's currency: every price of its catalog is in it. */
export async function storeCurrency(storeId: string): Promise<string> {
  const store = await platformDb().store.findUnique({ where: { id: storeId }, select: { currency: true } });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store.currency;
}

export const validationFailed = (fields: TFieldIssue[]) => new AppError("VALIDATION_FAILED", "The request is not valid", { fields });
export const conflict = (path: string, message: string) => new AppError("CONFLICT", message, { fields: [{ path, message }] });

type TOwnedTable = "Product" | "Category" | "Collection" | "MediaAsset";
const NOUN: Record<TOwnedTable, string> = { Product: "Product", Category: "Category", Collection: "Collection", MediaAsset: "Media" };

/**
 * Proves that every id names a row of this store, inside the caller's transaction, and holds a
 * shared lock on those rows until it commits (so a concurrent delete cannot leave a link to a
 * missing row). An id of another store is "not found" exactly like an unknown one (404); the
 * field path says which (`path` for one id, `path.N` for a list).
 */
export async function assertOwned(tx: TStoreTx, storeId: string, table: TOwnedTable, ids: string | string[] | null | undefined, path: string): Promise<void> {
  const list = ids == null ? [] : Array.isArray(ids) ? ids : [ids];
  if (!list.length) return;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`\`${table}\``)} WHERE storeId = ${storeId} AND id IN (${Prisma.join(list)}) LOCK IN SHARE MODE`;
  const found = new Set(rows.map((r) => r.id));
  const missing = list.flatMap((id, i) => (found.has(id) ? [] : [{ path: Array.isArray(ids) ? `${path}.${i}` : path, message: `${NOUN[table]} not found` }]));
  if (missing.length) throw new AppError("NOT_FOUND", `${NOUN[table]} not found`, { fields: missing });
}

type THandleTable = "Product" | "Category" | "Collection";

/** Handles of the store in `table` that are `base` or `base-...`, other than row `exceptId`'s. */
async function takenHandles(tx: TStoreTx, storeId: string, table: THandleTable, base: string, exceptId?: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ handle: string }[]>`
    SELECT handle FROM ${Prisma.raw(`\`${table}\``)}
    WHERE storeId = ${storeId} AND (handle = ${base} OR handle LIKE ${`${base.slice(0, 140)}%`}) AND id <> ${exceptId ?? ""}`;
  return new Set(rows.map((r) => r.handle));
}

/** Refuses a handle another row of the store already has: 409 on the field "handle". */
export async function assertHandleFree(tx: TStoreTx, storeId: string, table: THandleTable, handle: string, exceptId?: string): Promise<void> {
  const taken = await takenHandles(tx, storeId, table, handle, exceptId);
  if (taken.has(handle)) throw conflict("handle", `Another ${table === "Product" ? "product" : table === "Category" ? "category" : "collection"} of this store already uses this handle`);
}

/** A free handle made from `base`: `base`, else `base-2`, `base-3`, ... (for generated handles). */
export async function allocateHandle(tx: TStoreTx, storeId: string, table: THandleTable, base: string): Promise<string> {
  const taken = await takenHandles(tx, storeId, table, base);
  for (let n = 1; ; n++) {
    const candidate = handleWithSuffix(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** The unique index a Prisma P2002 names, from the driver adapter's error (or its message). */
function violatedIndex(error: unknown): string | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { constraint?: { index?: string } } }; target?: unknown } }).meta;
  const index = meta?.driverAdapterError?.cause?.constraint?.index;
  if (typeof index === "string") return index;
  const match = /for key '([^']+)'/.exec(String((error as Error).message ?? ""));
  return match?.[1] ?? null;
}

/**
 * Runs a write and turns a unique violation that slipped past the checks (two concurrent
 * writes) into the same 409 with a field path that the checks give.
 */
export async function withUniqueFields<T>(write: () => Promise<T>, fields: Record<string, TFieldIssue>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (knownDbErrorCode(error) !== "UNIQUE_VIOLATION") throw error;
    const index = violatedIndex(error);
    const entry = Object.entries(fields).find(([suffix]) => index?.endsWith(suffix));
    if (!entry) throw error;
    throw new AppError("CONFLICT", entry[1].message, { fields: [entry[1]] });
  }
}
