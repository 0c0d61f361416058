import mariadb from "mariadb";
import { poolConfigFromUrl } from "../src/server/db/connection";

export const port = process.env.E2E_PORT ?? "3100";
export const platformUrl = (path = "/") => `http://localhost:${port}${path}`;
export const storeUrl = (slug: string, path = "/") => `http://${slug}.localhost:${port}${path}`;

/**
 * Node (Playwright's request API) does not resolve *.localhost as browsers do: API calls to a
 * store host go to 127.0.0.1 with the store's Host header.
 */
export function storeApi(slug: string, path: string) {
  return { url: `http://127.0.0.1:${port}${path}`, headers: { host: `${slug}.localhost:${port}` } };
}

export const DEMO = { slug: "demo", name: "Ceylon Curated" };
export const ACME = { slug: "acme", name: "Acme Outfitters" };
export const ADMIN = { email: "admin@ecom.example.com", password: "ecom-admin-2026" };
export const DEMO_OWNER = { email: "owner@demo.example.com", password: "ceylon-owner-2026" };

/** Direct SQL on the e2e database, for a test to create exactly the rows it needs. */
export async function sql<T = unknown>(statement: string, values: unknown[] = []): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run e2e through `npm run test:e2e`");
  const conn = await mariadb.createConnection(poolConfigFromUrl(url));
  try {
    return (await conn.query(statement, values)) as T;
  } finally {
    await conn.end();
  }
}

/**
 * Rows written with sql() bypass the domain, which bumps the store's storefront cache tag in the
 * transaction of every change shoppers can see (src/server/cache). A test that writes catalog
 * rows directly must do the same, or the store's cached pages keep showing what was there.
 */
export async function touchStorefront(slug: string): Promise<void> {
  await sql("INSERT INTO CacheTag (tag, version, updatedAt) VALUES (?, 1, NOW(3)) ON DUPLICATE KEY UPDATE version = version + 1, updatedAt = NOW(3)", [`storefront:${slug}`]);
}

export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Polls `check` until it holds, for at most `ms`; returns how long it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
