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

/**
 * Adds a stock location (ZStockLocationInput: a name unique in the store; 409 on "name" when
 * taken). Callers check inventory:write. Audited.
 */
export async function createStockLocation(storeId: string, actor: TStockActor, input: unknown): Promise<TStockLocationView> {
  const { name } = ZStockLocationInput.parse(input);
  await ensureDefaultLocation(storeId);
  try {
    return await storeDb(storeId).$transaction(async (tx) => {
      const row = await tx.stockLocation.create({ data: { storeId, name, isDefault: false }, select: { id: true, name: true, isDefault: true, createdAt: true } });
      await recordAudit({ storeId, ...auditActorOf(actor), action: "inventory.location_created", targetType: "stock_location", targetId: row.id, data: { name } }, tx);
      return row;
    });
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      const message = "Another location of this store already has this name";
      throw new AppError("CONFLICT", message, { fields: [{ path: "name", message }] });
    }
    throw error;
  }
}
