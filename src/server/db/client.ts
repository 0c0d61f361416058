import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { poolConfigFromUrl } from "./connection";
import { closeSqlPool } from "./sql";

export type RawClient = PrismaClient;

/** Creates a Prisma client for a connection URL (tests and scripts use their own URL). */
export function createPrismaClient(url: string): RawClient {
  return new PrismaClient({ adapter: new PrismaMariaDb(poolConfigFromUrl(url), { useTextProtocol: true }) });
}

const globalForPrisma = globalThis as unknown as { __ecomPrisma?: RawClient };

/**
 * The process-wide raw client. Only src/server/db touches it (lint rule
 * no-restricted-imports); everyone else goes through `storeDb` or `platformDb`.
 */
export function rawClient(): RawClient {
  globalForPrisma.__ecomPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.__ecomPrisma;
}

/** Closes the process-wide client and the driver pool (scripts and the worker on shutdown). */
export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.__ecomPrisma;
  globalForPrisma.__ecomPrisma = undefined;
  await Promise.all([client?.$disconnect(), closeSqlPool()]);
}
