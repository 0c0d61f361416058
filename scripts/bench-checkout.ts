/**
 * `npm run bench:checkout`: the checkout benchmark of issue 5, against the production server.
 * Self-contained and loopback only (the harness: throwaway database with the demo seed, build
 * when missing, `next start`, cleanup on every way out).
 *
 * A new physical product in `demo` gets BENCH_STOCK units (default 1,000). BENCH_SHOPPERS
 * (default 50) concurrent shoppers each repeat, over the storefront API with their own cart:
 * create a cart, add one unit, place a cash-on-delivery order; until the product is sold out
 * (an OUT_OF_STOCK answer), so demand exceeds the stock. Reported: orders/s over the run, p50
 * and p99 of the checkout request and of the whole shopper round (cart + line + checkout).
 * Then the database is checked: orders placed = starting stock, available stock 0 and never
 * below, order numbers unique and gapless from 1001, and every stock level equal to the sum of
 * its ledger. Budget: at least 150 orders/s with the checkout request's p99 at most 500 ms.
 * Before the timed run, the same shoppers sell out a warm-up product of BENCH_WARMUP units
 * (default 1,000) the same way, so the figures are the server's steady state rather than its
 * first seconds of compiling and optimising code (the warm-up's orders take the first order numbers).
 * Exits 1 when an invariant fails (always) or, with BENCH_STRICT=1, when the budget is missed.
 */
import http from "node:http";
import { log, machineLine, prepareDatabase, runBench, startServer, type TBenchRun } from "./lib/bench/harness";

const port = Number(process.env.BENCH_PORT ?? 3200);
const shoppers = Number(process.env.BENCH_SHOPPERS ?? 50);
const stock = Number(process.env.BENCH_STOCK ?? 1000);
const warmup = Number(process.env.BENCH_WARMUP ?? 1000);
const host = `demo.localhost:${port}`;
const BUDGET = { ordersPerSecond: 150, p99Ms: 500 };

type TAnswer = { status: number; body: unknown; ms: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: shoppers });

/** One JSON request to the store host over a keep-alive connection. */
function api(method: string, path: string, body?: unknown): Promise<TAnswer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method, agent, headers: { host, accept: "application/json", ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          let parsed: unknown = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - started });
        });
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const errorCode = (answer: TAnswer) => (answer.body as { error?: { code?: string } } | null)?.error?.code;

/** A bench product: physical, tracked, `units` in the default location. Returns its variant id. */
async function createBenchProduct(units: number): Promise<{ storeId: string; variantId: string; sku: string }> {
  const { platformDb, storeDb } = await import("../src/server/db");
  const { createProduct } = await import("../src/server/catalog");
  const { adjustStock } = await import("../src/server/inventory");
  const store = await platformDb().store.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true } });
  const owner = await storeDb(store.id).storeMembership.findFirstOrThrow({ where: { storeId: store.id, role: "OWNER" }, select: { userId: true } });
  const actor = { kind: "user" as const, userId: owner.userId };
  const sku = `BENCH-${Date.now().toString(36).toUpperCase()}-${units}`;
  const product = await createProduct(store.id, actor, { title: `Benchmark tea ${sku}`, status: "ACTIVE", sku, price: "1500.00", weightGrams: 250 });
  const variantId = (product as unknown as { variants: { id: string }[] }).variants[0]!.id;
  await adjustStock(store.id, actor, { variantId, quantity: units, reason: "benchmark stock" });
  return { storeId: store.id, variantId, sku };
}

type TShopperStats = { orders: number; soldOut: number; failures: string[]; checkoutMs: number[]; roundMs: number[] };

/** One shopper: rounds of cart + line + COD checkout until the product is sold out. */
async function shopper(n: number, variantId: string, rateId: string | null, stats: TShopperStats): Promise<void> {
  for (let round = 0; ; round++) {
    const started = performance.now();
    const cart = await api("POST", "/api/v1/storefront/carts");
    const cartId = (cart.body as { id?: string } | null)?.id;
    if (cart.status !== 201 || !cartId) return void stats.failures.push(`cart ${cart.status}`);
    const line = await api("POST", `/api/v1/storefront/carts/${cartId}/lines`, { variantId, quantity: 1 });
    if (line.status === 409 && errorCode(line) === "OUT_OF_STOCK") return void stats.soldOut++;
    if (line.status !== 200 && line.status !== 201) return void stats.failures.push(`line ${line.status} ${errorCode(line) ?? ""}`);
    const checkout = await api("POST", `/api/v1/storefront/carts/${cartId}/checkout`, {
      email: `bench-${n}-${round}@example.com`,
      shippingAddress: { name: `Bench Shopper ${n}`, line1: "1 Galle Road", city: "Colombo", country: "LK", phone: "+94771234567" },
      ...(rateId ? { shippingRateId: rateId } : {}),
      paymentMethod: "cod",
      checkoutKey: `bench-${n}-${round}-${Math.random().toString(36).slice(2, 12)}`,
    });
    if (checkout.status === 409 && errorCode(checkout) === "OUT_OF_STOCK") {
      stats.soldOut++;
      return;
    }
    if (checkout.status !== 201) return void stats.failures.push(`checkout ${checkout.status} ${errorCode(checkout) ?? JSON.stringify(checkout.body).slice(0, 200)}`);
    stats.orders++;
    stats.checkoutMs.push(checkout.ms);
    stats.roundMs.push(performance.now() - started);
  }
}

/** The invariants after the run, from the database itself. */
async function verify(storeId: string, variantId: string, placed: number): Promise<string[]> {
  const { storeDb } = await import("../src/server/db");
  const db = storeDb(storeId);
  const problems: string[] = [];
  const levels = await db.stockLevel.findMany({ where: { storeId, variantId }, select: { locationId: true, onHand: true, reserved: true } });
  const available = levels.reduce((sum, l) => sum + l.onHand - l.reserved, 0);
  if (available !== 0) problems.push(`available stock is ${available}, expected 0`);
  if (levels.some((l) => l.onHand < 0 || l.reserved < 0 || l.reserved > l.onHand)) problems.push("a stock level went below zero");
  const sold = await db.orderLine.aggregate({ where: { storeId, variantId }, _sum: { quantity: true }, _count: true });
  if ((sold._sum.quantity ?? 0) !== stock) problems.push(`orders hold ${sold._sum.quantity ?? 0} units, the starting stock was ${stock}`);
  if (sold._count !== placed) problems.push(`${sold._count} order lines in the database, ${placed} orders acknowledged`);
  const numbers = (await db.order.findMany({ where: { storeId }, select: { number: true }, orderBy: { number: "asc" } })).map((o) => o.number);
  const unique = new Set(numbers);
  if (unique.size !== numbers.length) problems.push("duplicate order numbers");
  if (numbers.length && (numbers[0] !== 1001 || numbers.at(-1)! - numbers[0]! + 1 !== numbers.length)) problems.push(`order numbers ${numbers[0]}..${numbers.at(-1)} for ${numbers.length} orders: not gapless from 1001`);
  for (const level of levels) {
    const sums = await db.inventoryLedgerEntry.aggregate({ where: { storeId, variantId, locationId: level.locationId }, _sum: { onHandDelta: true, reservedDelta: true } });
    if ((sums._sum.onHandDelta ?? 0) !== level.onHand || (sums._sum.reservedDelta ?? 0) !== level.reserved) {
      problems.push(`ledger of location ${level.locationId}: on hand ${sums._sum.onHandDelta}/${level.onHand}, reserved ${sums._sum.reservedDelta}/${level.reserved}`);
    }
  }
  return problems;
}

async function main(bench: TBenchRun): Promise<number> {
  const db = await prepareDatabase(port, bench);
  process.env.DATABASE_URL = db.url;
  process.env.PII_ENCRYPTION_KEYS = db.env.PII_ENCRYPTION_KEYS;
  process.env.ROOT_DOMAIN = db.env.ROOT_DOMAIN;
  process.env.LOG_LEVEL = "warn";
  const warm = warmup > 0 ? await createBenchProduct(warmup) : null;
  const { storeId, variantId, sku } = await createBenchProduct(stock);
  log(`product ${sku}: ${stock} in stock; ${shoppers} concurrent shoppers`);
  await startServer(port, db.env, bench);

  // The shipping rate for Colombo (the same for every one-unit cart): asked once, like a client would cache it.
  const probeCart = await api("POST", "/api/v1/storefront/carts");
  const probeId = (probeCart.body as { id: string }).id;
  await api("POST", `/api/v1/storefront/carts/${probeId}/lines`, { variantId, quantity: 1 });
  const rates = await api("GET", `/api/v1/storefront/carts/${probeId}/shipping-rates?country=LK`);
  const rateId = ((rates.body as { rates?: { id: string }[] } | null)?.rates ?? [])[0]?.id ?? null;
  await api("DELETE", `/api/v1/storefront/carts/${probeId}/lines/${((await api("GET", `/api/v1/storefront/carts/${probeId}`)).body as { lines: { id: string }[] }).lines[0]!.id}`);
  if (warm) {
    log(`shipping rate ${rateId ?? "(none)"}; warming up on ${warmup} units of ${warm.sku}`);
    const warmStats: TShopperStats = { orders: 0, soldOut: 0, failures: [], checkoutMs: [], roundMs: [] };
    await Promise.all(Array.from({ length: shoppers }, (_, n) => shopper(n, warm.variantId, rateId, warmStats)));
    if (warmStats.failures.length) throw new Error(`warm-up: ${warmStats.failures.slice(0, 3).join("; ")}`);
  }
  log("running");

  const stats: TShopperStats = { orders: 0, soldOut: 0, failures: [], checkoutMs: [], roundMs: [] };
  const started = performance.now();
  await Promise.all(Array.from({ length: shoppers }, (_, n) => shopper(n, variantId, rateId, stats)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  const checkoutMs = [...stats.checkoutMs].sort((a, b) => a - b);
  const roundMs = [...stats.roundMs].sort((a, b) => a - b);
  const ordersPerSecond = stats.orders / seconds;
  const problems = [...(await verify(storeId, variantId, stats.orders)), ...stats.failures.slice(0, 5).map((f) => `request failed: ${f}`)];
  if (stats.failures.length > 5) problems.push(`${stats.failures.length - 5} more failed requests`);

  console.log(`\nCheckout benchmark, ${new Date().toISOString()}: ${machineLine()}, ${shoppers} shoppers, ${stock} in stock\n`);
  console.log(`| orders | seconds | orders/s | checkout p50 ms | checkout p99 ms | round p50 ms | round p99 ms | sold-out answers |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${stats.orders} | ${seconds.toFixed(1)} | ${ordersPerSecond.toFixed(0)} | ${percentile(checkoutMs, 50).toFixed(0)} | ${percentile(checkoutMs, 99).toFixed(0)} | ` +
      `${percentile(roundMs, 50).toFixed(0)} | ${percentile(roundMs, 99).toFixed(0)} | ${stats.soldOut} |`,
  );
  console.log(`\ninvariants: ${problems.length ? `FAIL\n  ${problems.join("\n  ")}` : "PASS (orders = stock, available 0 and never below, numbers gapless from 1001, ledger balances)"}`);
  const met = ordersPerSecond >= BUDGET.ordersPerSecond && percentile(checkoutMs, 99) <= BUDGET.p99Ms;
  console.log(`budget (>= ${BUDGET.ordersPerSecond} orders/s, checkout p99 <= ${BUDGET.p99Ms} ms): ${met ? "PASS" : "FAIL"}`);
  if (problems.length) return 1;
  return !met && process.env.BENCH_STRICT === "1" ? 1 : 0;
}

runBench(main);
