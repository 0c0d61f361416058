/**
 * `npm run test:e2e`: Playwright against a production build served by `next start`.
 * 1. a throwaway database (migrated, demo data seeded), dropped at the end;
 * 2. one `next build` (skipped when E2E_REUSE_BUILD=1 and a build exists);
 * 3. `next start` on E2E_PORT (default 3100) with ROOT_DOMAIN=localhost:<port> and the
 *    mailbox mail transport, plus the outbox worker;
 * 4. `playwright test` with Debian's chromium (never a downloaded browser).
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { startFakeStripe } from "../test/fake-stripe";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { migrate } from "../src/server/db/migrator";
import { createDatabase, dropDatabase, findDatabaseServer, testDatabaseName } from "./lib/database-server";
import { startGroup, stopGroup } from "./lib/processes";
import { nextStartArgs } from "./lib/server-command";

const port = process.env.E2E_PORT ?? "3100";
const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";

async function waitFor(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function portAnswers(): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(`e2e: no browser at ${chromium}. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`);
    return 1;
  }
  const server = await findDatabaseServer();
  const name = testDatabaseName("e2e");
  const url = await createDatabase(server.url, name);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    DATABASE_SERVER_URL: server.url,
    ROOT_DOMAIN: `localhost:${port}`,
    PORT: port,
    MAIL_TRANSPORT: "mailbox",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    CRON_SECRET: randomBytes(16).toString("hex"),
    PII_ENCRYPTION_KEYS: `e2e1:${randomBytes(32).toString("base64")}`,
    // Short sign-in lock so a test can watch it expire.
    SIGNIN_MAX_FAILURES: "10",
    SIGNIN_LOCK_SECONDS: "4",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    OUTBOX_POLL_MS: "200",
    CHROME_PATH: chromium,
    // Uploaded media of this run only; removed afterwards.
    STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "ecom-e2e-storage-")),
  };
  let web: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  // Stripe is out of reach: the app talks to the local fake (the real SDK, the real protocol),
  // and the fake signs and delivers webhooks to this server.
  const fakeStripe = await startFakeStripe({ webhookUrl: `http://localhost:${port}/api/webhooks/stripe` });
  Object.assign(env, fakeStripe.env(), { FAKE_STRIPE_URL: fakeStripe.url });
  try {
    await migrate(url);
    const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { env, stdio: "ignore" });
    if (seed.status !== 0) throw new Error("seeding the e2e database failed");

    if (!(process.env.E2E_REUSE_BUILD === "1" && existsSync(".next/BUILD_ID"))) {
      const build = spawnSync("npx", ["next", "build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
      if (build.status !== 0) throw new Error("next build failed");
    }
    if (await portAnswers()) throw new Error(`port ${port} is already in use; stop that server or set E2E_PORT`);
    web = startGroup("node", nextStartArgs(port), env);
    worker = startGroup("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], env);
    await waitFor(`http://localhost:${port}/api/health`, web, 60_000);

    const args = ["playwright", "test", ...process.argv.slice(2)];
    const result = spawnSync("npx", args, { env: { ...env, E2E_PORT: port }, stdio: "inherit" });
    return result.status ?? 1;
  } finally {
    await Promise.all([stopGroup(web), stopGroup(worker), fakeStripe.stop()]);
    await dropDatabase(server.url, name).catch(() => {});
    rmSync(env.STORAGE_DIR!, { recursive: true, force: true });
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
