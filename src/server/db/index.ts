/**
 * The data layer's public surface. The raw Prisma client never leaves src/server/db (lint rule
 * no-restricted-imports): store data goes through `storeDb(storeId)`, platform data through
 * `platformDb()`, and the rare cross-store read through `unsafeCrossStoreDb()`. The hottest
 * storefront paths write plain SQL through the driver (`sql()`, `sqlTransaction`; see sql.ts).
 */
import "server-only";

export { storeDb, platformDb, unsafeCrossStoreDb, STORE_SCOPED_MODELS, STORE_OWNED_MODELS } from "./tenant";
export type { StoreDb, PlatformDb } from "./tenant";
export { disconnectDb } from "./client";
export { Prisma } from "@/generated/prisma/client";
export type * from "@/generated/prisma/models";
export * from "@/generated/prisma/enums";
export { knownDbErrorCode } from "./errors";
export { newRowId } from "./row-id";
export { deleteInBatches, daysBefore, type TPruneOptions } from "./delete-in-batches";
export { asSql, sql, sqlOf, sqlTransaction, valueRows, type TSql, type TSqlCapable, type TSqlValue } from "./sql";
