import { AppError } from "@/server/errors";
import { rawClient, type RawClient } from "./client";

/**
 * Store-owned data: models whose storeId is required. Reached only through
 * `storeDb(storeId)`, absent from platformDb. Kept in step with schema.prisma by tenant.test.ts.
 */
export const STORE_OWNED_MODELS = [
  "StoreDomain",
  "StoreMembership",
  "StoreInvitation",
  "ApiKey",
  "Customer",
  "CustomerAddress",
  "CustomerToken",
  "Product",
  "ProductVariant",
  "Category",
  "ProductCategory",
  "Collection",
  "CollectionProduct",
  "MediaAsset",
  "ProductMedia",
  "ServiceSlot",
  "CheckoutSettings",
  "StockLocation",
  "StockLevel",
  "InventoryLedgerEntry",
  "Cart",
  "CartLine",
  "ShippingZone",
  "ShippingRate",
  "TaxRate",
  "OrderCounter",
  "Order",
  "OrderLine",
  "OrderEvent",
  "Payment",
] as const;

/**
 * Every model that carries `storeId` (the store-owned ones plus platform infrastructure with
 * an optional storeId). Through `storeDb(storeId)` every query on them is filtered by that
 * store and every write stamped with it, so a row of another store is simply not found.
 */
export const STORE_SCOPED_MODELS = [...STORE_OWNED_MODELS, "OutboxEvent", "AuditLogEntry", "MailboxMessage", "WebhookEvent"] as const;

const scoped = new Set<string>(STORE_SCOPED_MODELS);

const WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "upsert",
]);

type Args = Record<string, unknown> & { where?: object; data?: unknown; create?: object; update?: object };

function assertSameStore(data: unknown, storeId: string) {
  if (data && typeof data === "object" && "storeId" in data) {
    const value = (data as { storeId?: unknown }).storeId;
    if (value !== undefined && value !== storeId) {
      throw new AppError("INTERNAL", "A store-scoped write tried to change storeId");
    }
  }
}

/** Adds the store filter and stamp to one operation's arguments. Exported for unit tests. */
export function scopeArgs(operation: string, input: unknown, storeId: string): Args {
  const args: Args = { ...((input as Args | undefined) ?? {}) };
  if (WHERE_OPS.has(operation)) args.where = { ...(args.where ?? {}), storeId };
  switch (operation) {
    case "create":
      assertSameStore(args.data, storeId);
      args.data = { ...(args.data as object), storeId };
      break;
    case "createMany": {
      const rows = Array.isArray(args.data) ? args.data : [args.data];
      rows.forEach((row) => assertSameStore(row, storeId));
      args.data = rows.map((row) => ({ ...(row as object), storeId }));
      break;
    }
    case "update":
    case "updateMany":
      assertSameStore(args.data, storeId);
      break;
    case "upsert":
      assertSameStore(args.create, storeId);
      assertSameStore(args.update, storeId);
      args.create = { ...(args.create ?? {}), storeId };
      break;
  }
  return args;
}

function extendForStore(client: RawClient, storeId: string) {
  return client.$extends({
    name: "tenant-door",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (!scoped.has(model)) return query(args);
          return query(scopeArgs(operation, args, storeId) as typeof args);
        },
      },
    },
  });
}

export type StoreDb = ReturnType<typeof extendForStore>;

/**
 * The extended client of each recently used store, kept per process: `$extends` builds a new
 * client (about 0.13 ms) and its first query costs more again, and request code calls
 * storeDb(storeId) in every helper. Only the store id is captured, so a kept client is the same
 * door as a new one. Kept with the raw client it extends (tests and scripts replace that).
 */
const MAX_KEPT_STORE_CLIENTS = 1_000;
const storeClients = new Map<string, { client: RawClient; db: StoreDb }>();

/**
 * The tenant door: the one way to read and write a store's data. Reads, updates and deletes
 * are filtered by the store; creates are stamped with it. Writes still name `storeId` (the
 * generated types require it) and a write naming another store is refused. Raw SQL and
 * nested writes are not seen by the extension: pass storeId explicitly there.
 */
export function storeDb(storeId: string): StoreDb {
  if (!storeId) throw new AppError("INTERNAL", "storeDb needs a storeId");
  const client = rawClient();
  const kept = storeClients.get(storeId);
  if (kept && kept.client === client) {
    // Most recently used last: the first entry is the one evicted.
    storeClients.delete(storeId);
    storeClients.set(storeId, kept);
    return kept.db;
  }
  const db = extendForStore(client, storeId);
  storeClients.delete(storeId);
  if (storeClients.size >= MAX_KEPT_STORE_CLIENTS) storeClients.delete(storeClients.keys().next().value!);
  storeClients.set(storeId, { client, db });
  return db;
}

type OwnedDelegate = Uncapitalize<(typeof STORE_OWNED_MODELS)[number]>;

/** Platform-level data (stores, platform users, outbox, audit, mailbox); no store-owned models. */
export type PlatformDb = Omit<RawClient, OwnedDelegate>;

export function platformDb(): PlatformDb {
  return rawClient();
}

/**
 * Crosses stores. Only for the few operations that must: resolving a host to its store,
 * platform-admin listings. Every caller says why in a comment.
 */
export function unsafeCrossStoreDb(): RawClient {
  return rawClient();
}
