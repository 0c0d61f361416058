/**
 * `npm run bench:storefront`: the storefront benchmark of issue 4, against the production server.
 * Self-contained and loopback only:
 * 1. a throwaway database (migrated, demo data seeded, then `seed:bulk` adds BENCH_PRODUCTS,
 *    default 10,000, products to `demo`), dropped at the end, also on Ctrl-C and errors;
 * 2. `next build` only when there is no .next/BUILD_ID or BENCH_REBUILD=1;
 * 3. `next start` on BENCH_PORT (default 3200) in its own process group;
 * 4. per route: a probe (must answer 200), with BENCH_COUNT_QUERIES=1 a sequential run counting
 *    the server's database statements per request (through a relay, see
 *    scripts/lib/bench/query-counter.ts), a warm-up of BENCH_WARMUP_SECONDS (default 3), then
 *    autocannon with 10 connections for BENCH_SECONDS (default 10);
 * 5. a table of req/s, p50, p99, the ratio to the static page and the budget verdicts.
 * Exits 0 whether or not the budget holds (1 on a crash); BENCH_STRICT=1 makes a missed budget
 * exit 1. The whole run is cut off after BENCH_TIMEOUT_MINUTES (default 30).
 */
import { type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { budgetMet, evaluate, formatTable, type TRouteResult } from "./lib/bench/budget";
import { log, machineLine, prepareDatabase, run, runBench, startServer, type TBenchRun } from "./lib/bench/harness";
import { probe, runLoad } from "./lib/bench/load";
import { startGroup } from "./lib/processes";

const port = Number(process.env.BENCH_PORT ?? 3200);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const products = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const CONNECTIONS = 10;
const PROBE_REQUESTS = 20;
const countQueries = process.env.BENCH_COUNT_QUERIES === "1";

/**
 * The static reference: a route `next build` prerendered (listed in the prerender manifest)
 * that answers 200; the platform landing page `/` first. Not-found and error pages answer
 * 404/500, so they cannot be a throughput reference.
 */
function staticCandidates(): string[] {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes).filter((r) => !r.startsWith("/_"));
  return routes.includes("/") ? ["/", ...routes.filter((r) => r !== "/")] : routes;
}

/**
 * BENCH_COUNT_QUERIES=1: points the server's DATABASE_URL at a counting relay (its own
 * process, see scripts/lib/bench/query-counter.ts) and returns a reader of the statements
 * counted so far. Off by default: the relay adds a hop to every query.
 */
async function startQueryCounter(serverUrl: string, database: string, env: NodeJS.ProcessEnv, children: Set<ChildProcess>): Promise<() => Promise<number>> {
  const target = new URL(serverUrl);
  const relayPort = port + 1;
  const statsPort = port + 2;
  const relay = startGroup("npx", ["tsx", "scripts/lib/bench/query-counter.ts", String(relayPort), target.hostname, target.port || "3306", String(statsPort)], env);
  children.add(relay);
  const read = async () => ((await (await fetch(`http://127.0.0.1:${statsPort}/`, { signal: AbortSignal.timeout(2000) })).json()) as { statements: number }).statements;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await read();
      break;
    } catch (error) {
      if (Date.now() > deadline || relay.exitCode !== null) throw new Error(`the query counter did not start: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const relayed = new URL(serverUrl);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(relayPort);
  relayed.pathname = `/${database}`;
  env.DATABASE_URL = relayed.toString();
  log(`counting database statements through a relay on port ${relayPort}`);
  return read;
}

type TSeedSummary = { runId: string; categories: { handle: string }[]; sampleHandles: string[] };

async function main(bench: TBenchRun): Promise<number> {
  const platformHost = `localhost:${port}`;
  const storeHost = `demo.localhost:${port}`;
  const db = await prepareDatabase(port, bench);
  const { env } = db;
  const seedOut = await run("npx", ["tsx", "--conditions=react-server", "scripts/seed-bulk.ts", "--store", "demo", "--products", String(products), "--json"], env, bench);
  const summary = JSON.parse(seedOut.trim().split("\n").at(-1)!) as TSeedSummary;
  const statementsSoFar = countQueries ? await startQueryCounter(db.server.url, db.name, env, bench.children) : null;
  await startServer(port, env, bench);

  let staticPath = "/";
  for (const candidate of staticCandidates()) {
    if ((await probe(`http://127.0.0.1:${port}${candidate}`, platformHost)).status === 200) {
      staticPath = candidate;
      break;
    }
  }
  const routes: Array<Pick<TRouteResult, "name" | "kind" | "path" | "host">> = [
    { name: "static page", kind: "static", path: staticPath, host: platformHost },
    { name: "product page", kind: "page", path: `/products/${summary.sampleHandles[1] ?? summary.sampleHandles[0]}`, host: storeHost },
    { name: "category page", kind: "page", path: `/categories/${summary.categories[0]!.handle}`, host: storeHost },
    { name: "storefront products API", kind: "api", path: "/api/v1/storefront/products", host: storeHost },
  ];

  const results: TRouteResult[] = [];
  for (const route of routes) {
    const target = `http://127.0.0.1:${port}${route.path}`;
    const first = await probe(target, route.host);
    const empty = { requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, failures: 0, total: 0, dbStatementsPerRequest: null };
    if (first.status !== 200) {
      log(`${route.name} ${route.host}${route.path}: HTTP ${first.status}, not measured`);
      results.push({ ...route, probeStatus: first.status, ...empty });
      continue;
    }
    const cacheHeader = first.headers["x-nextjs-cache"] ?? first.headers["x-nextjs-prerender"] ?? "none";
    let perRequest: number | null = null;
    if (statementsSoFar) {
      const before = await statementsSoFar();
      for (let i = 0; i < PROBE_REQUESTS; i++) await probe(target, route.host);
      perRequest = ((await statementsSoFar()) - before) / PROBE_REQUESTS;
    }
    log(`${route.name} ${route.host}${route.path}: warm-up ${warmupSeconds} s (cache header: ${String(cacheHeader)}${perRequest === null ? "" : `, ${perRequest.toFixed(1)} db statements/request`})`);
    await runLoad(target, route.host, CONNECTIONS, warmupSeconds);
    log(`${route.name}: measuring ${seconds} s at ${CONNECTIONS} connections`);
    const load = await runLoad(target, route.host, CONNECTIONS, seconds);
    results.push({ ...route, probeStatus: 200, ...load, dbStatementsPerRequest: perRequest });
  }

  const rows = evaluate(results);
  console.log(
    `\nStorefront benchmark, ${new Date().toISOString()}: ${machineLine()}, ` +
      `${products} bulk products in demo (run ${summary.runId}), ${CONNECTIONS} connections, ${seconds} s per route${countQueries ? ", statements counted through a relay" : ""}\n`,
  );
  console.log(formatTable(rows));
  const met = budgetMet(rows);
  console.log(`\nbudget: ${met ? "PASS" : "FAIL"}${met || process.env.BENCH_STRICT === "1" ? "" : " (exit 0; BENCH_STRICT=1 makes this exit 1)"}`);
  return !met && process.env.BENCH_STRICT === "1" ? 1 : 0;
}

runBench(main);
