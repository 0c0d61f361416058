import { knownDbErrorCode, storeDb, type StoreDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { ZStockLocationInput } from "./inventory.schemas";
import { auditActorOf, newRowId, type TStockActor, type TStoreTx } from "./inventory-tx";

export type TStockLocationView = { id: string; name: string; isDefault: boolean; createdAt: Date };

/** The name of the location every store gets first. */
export const DEFAULT_LOCATION_NAME = "Main warehouse";

async function findDefault(tx: TStoreTx | StoreDb, storeId: string, lock: boolean): Promise<TStockLocationView | null> {
  const rows = lock
    ? await tx.$queryRaw<TStockLocationView[]>`
        SELECT id, name, isDefault, createdAt FROM StockLocation WHERE storeId = ${storeId} AND isDefault = true
        ORDER BY createdAt, id LIMIT 1 LOCK IN SHARE MODE`
    : await tx.$queryRaw<TStockLocationView[]>`
        SELECT id, name, isDefault, createdAt FROM StockLocation WHERE storeId = ${storeId} AND isDefault = true
        ORDER BY createdAt, id LIMIT 1`;
  const row = rows[0];
  return row ? { ...row, isDefault: Boolean(row.isDefault) } : null;
}

/**
 * The store's default stock location, created ("Main warehouse") when the store has none.
 * Safe under concurrency: creators meet on the (storeId, name) unique key, and the final read
 * is a locking (current) read, so a location another transaction just created is seen. Pass
 * `tx` to run inside a transaction (the checkout's); otherwise it runs on its own.
 */
export async function ensureDefaultLocation(storeId: string, tx?: TStoreTx): Promise<TStockLocationView> {
  if (!tx) {
    const found = await findDefault(storeDb(storeId), storeId, false);
    return found ?? storeDb(storeId).$transaction((t) => ensureDefaultLocation(storeId, t));
  }
  const existing = await findDefault(tx, storeId, false);
  if (existing) return existing;
  await tx.$executeRaw`
    INSERT INTO StockLocation (id, storeId, name, isDefault, createdAt)
    VALUES (${newRowId()}, ${storeId}, ${DEFAULT_LOCATION_NAME}, true, NOW(3))
    ON DUPLICATE KEY UPDATE isDefault = true`;
  const created = await findDefault(tx, storeId, true);
  if (!created) throw new AppError("INTERNAL", "The default stock location could not be created");
  return created;
}

/**
 * How long a process keeps a store's default location id for the checkout's fast path. A
 * change of default is seen at once by the process that made it and within this time by the
 * others; until then they reserve at the old default, which is still a real location of the
 * store (each reservation records where it was made), so only the preference lags.
 */
export const DEFAULT_LOCATION_TTL_MS = 30_000;

/** Default location ids with the time they were read, per process. */
const defaultLocations = new Map<string, { id: string; readAt: number }>();

/** The store's default stock location id (created when missing), kept per process for DEFAULT_LOCATION_TTL_MS. */
export async function defaultLocationIdOf(storeId: string, now = Date.now()): Promise<string> {
  const known = defaultLocations.get(storeId);
  if (known && now - known.readAt < DEFAULT_LOCATION_TTL_MS) return known.id;
  const id = (await ensureDefaultLocation(storeId)).id;
  if (defaultLocations.size >= 10_000) defaultLocations.clear();
  defaultLocations.set(storeId, { id, readAt: now });
  return id;
}

/** Drops this process's kept default location of the store (after changing it). */
export function forgetDefaultLocation(storeId: string): void {
  defaultLocations.delete(storeId);
}

/** The store's stock locations, the default first, then by name. Creates the default when missing. */
export async function listStockLocations(storeId: string): Promise<TStockLocationView[]> {
  await ensureDefaultLocation(storeId);
  const rows = await storeDb(storeId).stockLocation.findMany({
    where: { storeId },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    select: { id: true, name: true, isDefault: true, createdAt: true },
  });
  return rows;
}

const LOCATION_SELECT = { id: true, name: true, isDefault: true, createdAt: true } as const;

/** Runs `write`, answering a taken name with 409 on "name". */
async function withUniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      const message = "Another location of this store already has this name";
      throw new AppError("CONFLICT", message, { fields: [{ path: "name", message }] });
    }
    throw error;
  }
}

/**
 * Locks every location row of the store (the order in which location changes take their locks)
 * and returns them with the one asked for: NOT_FOUND when it is not this store's.
 */
async function lockLocations(tx: TStoreTx, storeId: string, locationId: string): Promise<{ target: TStockLocationView; locations: TStockLocationView[] }> {
  const rows = await tx.$queryRaw<TStockLocationView[]>`
    SELECT id, name, isDefault, createdAt FROM StockLocation WHERE storeId = ${storeId} ORDER BY id FOR UPDATE`;
  const locations = rows.map((r) => ({ ...r, isDefault: Boolean(r.isDefault) }));
  const target = locations.find((r) => r.id === locationId);
  if (!target) throw new AppError("NOT_FOUND", "Stock location not found");
  return { target, locations };
}

/**
 * Adds a stock location (ZStockLocationInput: a name unique in the store; 409 on "name" when
 * taken). Callers check inventory:write. Audited.
 */
export async function createStockLocation(storeId: string, actor: TStockActor, input: unknown): Promise<TStockLocationView> {
  const { name } = ZStockLocationInput.parse(input);
  await ensureDefaultLocation(storeId);
  return withUniqueName(() =>
    storeDb(storeId).$transaction(async (tx) => {
      const row = await tx.stockLocation.create({ data: { storeId, name, isDefault: false }, select: LOCATION_SELECT });
      await recordAudit({ storeId, ...auditActorOf(actor), action: "inventory.location_created", targetType: "stock_location", targetId: row.id, data: { name } }, tx);
      return row;
    }),
  );
}

/**
 * Renames one of the store's locations (ZStockLocationInput; 409 on "name" when another
 * location has it). The ledger and stock levels refer to locations by id, so history keeps
 * following the location under its new name. Callers check inventory:write. Audited with the
 * old and new names. Another store's location is NOT_FOUND.
 */
export async function renameStockLocation(storeId: string, actor: TStockActor, locationId: string, input: unknown): Promise<TStockLocationView> {
  const { name } = ZStockLocationInput.parse(input);
  return withUniqueName(() =>
    storeDb(storeId).$transaction(async (tx) => {
      const { target: before } = await lockLocations(tx, storeId, locationId);
      if (before.name === name) return before;
      const row = await tx.stockLocation.update({ where: { id: locationId }, data: { name }, select: LOCATION_SELECT });
      await recordAudit(
        { storeId, ...auditActorOf(actor), action: "inventory.location_renamed", targetType: "stock_location", targetId: locationId, data: { from: before.name, to: name } },
        tx,
      );
      return row;
    }),
  );
}

/**
 * Makes one of the store's locations its default: where checkout reserves first and where
 * adjustments without a location go. Exactly one location is the default before and after,
 * also when two staff choose different ones at once (both lock every location row of the store
 * first). Stock already reserved stays where it was reserved: each order's reservation records
 * its locations, and paying or releasing follows those. This process forgets the old default
 * at once; other instances within DEFAULT_LOCATION_TTL_MS (defaultLocationIdOf). Callers check
 * inventory:write. Audited. Another store's location is NOT_FOUND.
 */
export async function setDefaultStockLocation(storeId: string, actor: TStockActor, locationId: string): Promise<TStockLocationView> {
  const row = await storeDb(storeId).$transaction(async (tx) => {
    const { target, locations } = await lockLocations(tx, storeId, locationId);
    if (target.isDefault) return target;
    const previous = locations.find((l) => l.isDefault);
    await tx.$executeRaw`UPDATE StockLocation SET isDefault = (id = ${locationId}) WHERE storeId = ${storeId}`;
    await recordAudit(
      { storeId, ...auditActorOf(actor), action: "inventory.location_made_default", targetType: "stock_location", targetId: locationId, data: { name: target.name, previous: previous?.name ?? null } },
      tx,
    );
    return { ...target, isDefault: true };
  });
  forgetDefaultLocation(storeId);
  return row;
}
