/**
 * `npm run dev`: zero-configuration development. Finds or starts a database (see
 * scripts/lib/database-server.ts), applies migrations, seeds demo data into an empty
 * database, then runs `next dev` and the outbox worker side by side; Ctrl-C stops all of
 * them, including a project-local MariaDB it started.
 */
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrator";
import { createDatabase, findDatabaseServer, type TDatabaseServer } from "./lib/database-server";
import { startGroup, stopGroup } from "./lib/processes";

async function prepareDatabase(): Promise<{ url: string; server?: TDatabaseServer }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const server = await findDatabaseServer();
  const url = await createDatabase(server.url, "ecom_dev");
  console.log(`dev: database ${url}${server.local ? " (project-local MariaDB in .data/)" : ""}`);
  return { url, server };
}

async function main() {
  let db: { url: string; server?: TDatabaseServer };
  try {
    db = await prepareDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const env = { ...process.env, DATABASE_URL: db.url };
  await migrate(db.url, { log: (m) => console.log(`dev: ${m}`) });

  const client = createPrismaClient(db.url);
  const stores = await client.store.count();
  await client.$disconnect();
  if (stores === 0) {
    const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { env, stdio: "inherit" });
    if (seed.status !== 0) process.exit(seed.status ?? 1);
  }

  const port = process.env.PORT ?? "3000";
  const web = startGroup("npx", ["next", "dev", "--port", port], env);
  const worker = startGroup("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], env);
  const children = [web, worker];

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((c) => stopGroup(c)));
    await db.server?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  web.on("exit", (code) => void stop(code ?? 0));
  worker.on("exit", (code) => {
    if (!stopping) console.error(`dev: the worker stopped (exit ${code}); the web server keeps running`);
  });
}

void main();
