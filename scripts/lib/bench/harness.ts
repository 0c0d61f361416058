/**
 * What every benchmark script shares: a throwaway database with the demo seed, the production
 * build (built only when missing or BENCH_REBUILD=1), `next start` in its own process group, and
 * a cleanup that stops every child and drops the database once, also on Ctrl-C, errors and the
 * BENCH_TIMEOUT_MINUTES watchdog.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../../src/server/db/migrator";
import { createDatabase, dropDatabase, findDatabaseServer, testDatabaseName, type TDatabaseServer } from "../database-server";
import { startGroup, stopGroup } from "../processes";
import { nextStartArgs } from "../server-command";

export const log = (message: string) => console.log(`bench: ${message}`);

/** Child processes and undo steps of one benchmark run. */
export type TBenchRun = { children: Set<ChildProcess>; cleanups: Array<() => Promise<void>> };

/** Runs a command to completion in its own process group; stdout is returned (and echoed). */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, bench: TBenchRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
    bench.children.add(child);
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      bench.children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** The seeded database and the environment the server (and seed scripts) run with. */
export type TBenchDatabase = { server: TDatabaseServer; name: string; url: string; env: NodeJS.ProcessEnv };

/** A throwaway database on loopback, migrated and seeded with the demo stores (prisma/seed.ts). */
export async function prepareDatabase(port: number, bench: TBenchRun): Promise<TBenchDatabase> {
  const server = await findDatabaseServer();
  bench.cleanups.push(() => server.stop());
  const name = testDatabaseName("bench");
  const url = await createDatabase(server.url, name);
  bench.cleanups.push(() => dropDatabase(server.url, name));
  const storageDir = mkdtempSync(path.join(os.tmpdir(), "ecom-bench-storage-"));
  bench.cleanups.push(async () => rmSync(storageDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    DATABASE_SERVER_URL: server.url,
    ROOT_DOMAIN: `localhost:${port}`,
    PORT: String(port),
    MAIL_TRANSPORT: "mailbox",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    PII_ENCRYPTION_KEYS: `bench1:${randomBytes(32).toString("base64")}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    STORAGE_DIR: storageDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  log(`database ${name}: migrating and seeding demo data`);
  await migrate(url);
  await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], env, bench);
  return { server, name, url, env };
}

/** Builds when there is no build (or BENCH_REBUILD=1), then serves it with `next start` and waits for /api/health. */
export async function startServer(port: number, env: NodeJS.ProcessEnv, bench: TBenchRun): Promise<void> {
  if (process.env.BENCH_REBUILD === "1" || !existsSync(".next/BUILD_ID")) {
    log("building (next build)");
    await run("npx", ["next", "build"], env, bench);
  } else log(`reusing the build in .next (BUILD_ID ${readFileSync(".next/BUILD_ID", "utf8").trim()}); BENCH_REBUILD=1 rebuilds`);
  if (await portAnswers(port)) throw new Error(`port ${port} is already in use; stop that server or set BENCH_PORT`);
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const web = startGroup("node", nextStartArgs(port, profile), env);
  bench.children.add(web);
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, web, 60_000);
}

/**
 * Milliseconds for a fixed integer loop, the best of three: how fast this machine is right now.
 * A virtual machine's speed drifts with its neighbours (on 2026-11-21 this loop took about
 * 0.42 s in one hour and 0.5-0.55 s in another, and the benchmarks moved with it by more than
 * that), so every report carries it, and reports are compared with it in view.
 */
function cpuCheckMs(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) % 1_000_003;
    best = Math.min(best, performance.now() - started);
    if (x < 0) throw new Error("unreachable: keeps the loop from being optimised away");
  }
  return Math.round(best);
}

/** "N cores (model), Node v, load average a b c, CPU check n ms": the machine line every report starts with. */
export function machineLine(): string {
  const cpus = os.cpus();
  const loadAverage = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average ${loadAverage} ` +
    `(1/5/15 min; other work on the machine skews the figures), CPU check ${cpuCheckMs()} ms (a fixed loop; lower is faster)`
  );
}

/**
 * Runs `main` with cleanup on every way out: normal end, error, SIGINT/SIGTERM and the
 * BENCH_TIMEOUT_MINUTES (default 30) watchdog. Exits with main's code (1 on a crash).
 */
export function runBench(main: (bench: TBenchRun) => Promise<number>): void {
  const bench: TBenchRun = { children: new Set(), cleanups: [] };
  let cleaning: Promise<void> | undefined;
  let stopping = false;
  const cleanup = () => {
    cleaning ??= (async () => {
      await Promise.all([...bench.children].map((c) => stopGroup(c)));
      for (const undo of bench.cleanups.reverse()) await undo().catch((e: unknown) => console.error(`bench: cleanup: ${e instanceof Error ? e.message : String(e)}`));
    })();
    return cleaning;
  };
  const finish = (code: number) => void cleanup().finally(() => process.exit(code));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, cleaning up`);
      stopping = true;
      finish(130);
    });
  }
  const watchdog = setTimeout(() => {
    console.error("bench: BENCH_TIMEOUT_MINUTES reached, cleaning up");
    finish(1);
  }, Number(process.env.BENCH_TIMEOUT_MINUTES ?? 30) * 60_000);
  watchdog.unref();
  main(bench).then(finish, (error: unknown) => {
    // After a signal, the children stopped by the cleanup make the run fail: not news.
    if (!stopping) console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    finish(1);
  });
}
