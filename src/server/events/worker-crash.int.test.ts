/**
 * The worker as a real process: killed in the middle of a batch, stopped by SIGTERM, and two
 * processes at once. The child is test/fixtures/crash-worker.ts (the real startWorker loop
 * with a handler that appends "<worker> <event id>" to a file before returning).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import { enqueueEvent } from "./index";

const root = path.resolve(import.meta.dirname, "../../..");
const suffix = Math.random().toString(36).slice(2, 8);
const dir = mkdtempSync(path.join(tmpdir(), "outbox-crash-"));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type TExit = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

function startFixture(env: Record<string, string>) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "test/fixtures/crash-worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<TExit>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
  return { child, exit };
}

async function enqueue(type: string, count: number): Promise<bigint[]> {
  return platformDb().$transaction(async (tx) => {
    const ids: bigint[] = [];
    for (let i = 0; i < count; i++) ids.push(await enqueueEvent(tx, { type, payload: { n: i } }));
    return ids;
  });
}

/** Event ids each worker handed to its handler, in order. */
function deliveries(logFile: string): Map<string, bigint[]> {
  const byWorker = new Map<string, bigint[]>();
  if (!existsSync(logFile)) return byWorker;
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    const [worker, id] = line.split(" ");
    if (!worker || !id || !/^\d+$/.test(id)) continue;
    byWorker.set(worker, [...(byWorker.get(worker) ?? []), BigInt(id)]);
  }
  return byWorker;
}

const statuses = async (ids: bigint[]) =>
  (await platformDb().outboxEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((r) => r.status);

afterAll(async () => {
  await disconnectDb();
  rmSync(dir, { recursive: true, force: true });
});

describe("outbox worker process", () => {
  it("loses no event when the process dies in the middle of a batch", async () => {
    const type = `crash.${suffix}`;
    const logFile = path.join(dir, "crash.log");
    const ids = await enqueue(type, 20);
    const base = { FIXTURE_TYPE: type, FIXTURE_LOG: logFile, FIXTURE_BATCH_SIZE: "20", FIXTURE_LEASE_MS: "1500" };

    const crashed = await startFixture({ ...base, FIXTURE_WORKER_ID: "first", FIXTURE_CRASH_AT: "7" }).exit;
    expect(crashed.code, crashed.stderr).toBe(1);
    expect(deliveries(logFile).get("first")).toEqual(ids.slice(0, 7));
    const midway = await statuses(ids);
    expect(midway.slice(0, 6)).toEqual(Array(6).fill("DELIVERED"));
    expect(midway.slice(6)).toEqual(Array(14).fill("PROCESSING"));
    expect(await platformDb().outboxDelivery.count({ where: { eventId: { in: ids } } })).toBe(6);

    const restarted = await startFixture({ ...base, FIXTURE_WORKER_ID: "second" }).exit;
    expect(restarted.code, restarted.stderr).toBe(0);
    const second = deliveries(logFile).get("second") ?? [];
    expect([...second].sort((a, b) => Number(a - b))).toEqual(ids.slice(6));
    expect(await statuses(ids)).toEqual(Array(20).fill("DELIVERED"));
    expect(await platformDb().outboxDelivery.count({ where: { eventId: { in: ids } } })).toBe(20);
    const all = [...deliveries(logFile).values()].flat();
    expect(new Set(all)).toEqual(new Set(ids));
    const repeated = all.filter((id, i) => all.indexOf(id) !== i);
    expect(repeated).toEqual([ids[6]]);
  });

  it("on SIGTERM finishes the event in hand, gives the rest back and exits 0", async () => {
    const type = `sigterm.${suffix}`;
    const logFile = path.join(dir, "sigterm.log");
    const ids = await enqueue(type, 10);
    const run = startFixture({
      FIXTURE_TYPE: type,
      FIXTURE_LOG: logFile,
      FIXTURE_WORKER_ID: "graceful",
      FIXTURE_BATCH_SIZE: "10",
      FIXTURE_LEASE_MS: "60000",
      FIXTURE_DELAY_MS: "300",
    });
    for (let i = 0; i < 1000 && (deliveries(logFile).get("graceful")?.length ?? 0) < 2; i++) await sleep(10);
    run.child.kill("SIGTERM");
    const exit = await run.exit;
    expect(exit.code, exit.stderr).toBe(0);
    const done = deliveries(logFile).get("graceful") ?? [];
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThanOrEqual(3);
    expect(done).toEqual(ids.slice(0, done.length));
    const rows = await platformDb().outboxEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(rows.slice(0, done.length).map((r) => r.status)).toEqual(Array(done.length).fill("DELIVERED"));
    for (const row of rows.slice(done.length)) {
      expect(row).toMatchObject({ status: "PENDING", lockedBy: null, lockedUntil: null, attempts: 0 });
    }
  });

  it("two worker processes share the events and never deliver one twice", async () => {
    const type = `pair.${suffix}`;
    const logFile = path.join(dir, "pair.log");
    const goFile = path.join(dir, "pair.go");
    const ids = await enqueue(type, 80);
    const common = { FIXTURE_TYPE: type, FIXTURE_LOG: logFile, FIXTURE_GO_FILE: goFile, FIXTURE_BATCH_SIZE: "5", FIXTURE_DELAY_MS: "5" };
    const one = startFixture({ ...common, FIXTURE_WORKER_ID: "one" });
    const two = startFixture({ ...common, FIXTURE_WORKER_ID: "two" });
    for (let i = 0; i < 3000 && (readFileSync(logFile, { encoding: "utf8", flag: "a+" }).match(/ ready$/gm)?.length ?? 0) < 2; i++) await sleep(10);
    writeFileSync(goFile, "go");
    const [exitOne, exitTwo] = await Promise.all([one.exit, two.exit]);
    expect(exitOne.code, exitOne.stderr).toBe(0);
    expect(exitTwo.code, exitTwo.stderr).toBe(0);
    const byWorker = deliveries(logFile);
    const all = [...byWorker.values()].flat();
    expect(all).toHaveLength(80);
    expect(new Set(all)).toEqual(new Set(ids));
    expect(byWorker.get("one")?.length).toBeGreaterThan(0);
    expect(byWorker.get("two")?.length).toBeGreaterThan(0);
    expect(await statuses(ids)).toEqual(Array(80).fill("DELIVERED"));
  });
});
