import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { createCart } from "@/server/cart";
import { adjustStock } from "@/server/inventory";
import { addProduct, level, makeStore, placeTestOrder } from "@/server/orders/int-test-support";
import { runDueJobs, runJob, runJobsOnce, startPeriodicJobs, type TPeriodicJob } from "./periodic-jobs";
import { productionJobs } from "./registry";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const suffix = Math.random().toString(36).slice(2, 8);
let seq = 0;
const name = (label: string) => `test.${label}.${suffix}.${++seq}`;

/** A job that records its runs, how many overlapped, and fails or takes time as told. */
function probe(label: string, intervalMs: number, behaviour: { ms?: number; fail?: boolean } = {}) {
  const stats = { runs: 0, finished: 0, active: 0, maxActive: 0 };
  const job: TPeriodicJob = {
    name: name(label),
    intervalMs,
    async run() {
      stats.runs += 1;
      stats.active += 1;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      try {
        if (behaviour.ms) await sleep(behaviour.ms);
        if (behaviour.fail) throw new Error(`${label} failed on purpose`);
        return { run: stats.runs };
      } finally {
        stats.active -= 1;
        stats.finished += 1;
      }
    },
  };
  return { job, stats };
}

afterAll(disconnectDb);

describe("the periodic jobs runner", () => {
  it("keeps running the other jobs, and retries a failing one at each tick, without ever throwing", async () => {
    const failing = probe("failing", 15, { fail: true });
    const healthy = probe("healthy", 15);
    const handle = startPeriodicJobs([failing.job, healthy.job]);
    await sleep(250);
    await handle.stop();
    expect(failing.stats.runs).toBeGreaterThanOrEqual(3);
    expect(healthy.stats.runs).toBeGreaterThanOrEqual(3);

    const outcomes = await runJobsOnce([failing.job, healthy.job]);
    expect(outcomes).toEqual([
      { name: failing.job.name, status: "failed", ms: expect.any(Number), error: "failing failed on purpose" },
      { name: healthy.job.name, status: "ok", ms: expect.any(Number), result: { run: healthy.stats.runs } },
    ]);
  });

  it("never runs a job twice at once: ticks (and other callers) that find it running are skipped", async () => {
    const slow = probe("slow", 10, { ms: 120 });
    const handle = startPeriodicJobs([slow.job]);
    await sleep(30);
    expect(slow.stats.active).toBe(1);
    expect(await runJob(slow.job)).toEqual({ name: slow.job.name, status: "skipped", reason: "already running" });
    expect(await runDueJobs([slow.job], Date.now() + 60_000)).toEqual([{ name: slow.job.name, status: "skipped", reason: "already running" }]);
    await sleep(400);
    await handle.stop();
    expect(slow.stats.maxActive).toBe(1);
    // About 450 ms of 120 ms runs with a tick every 10 ms: a few runs, never ~45.
    expect(slow.stats.runs).toBeGreaterThanOrEqual(2);
    expect(slow.stats.runs).toBeLessThanOrEqual(5);
  });

  it("stop() waits for the run in progress, and nothing runs after it", async () => {
    const slow = probe("stopping", 20, { ms: 100 });
    const handle = startPeriodicJobs([slow.job]);
    await sleep(20);
    expect(slow.stats.active).toBe(1);
    await handle.stop();
    expect(slow.stats.active).toBe(0);
    expect(slow.stats.finished).toBe(slow.stats.runs);
    const runs = slow.stats.runs;
    await sleep(100);
    expect(slow.stats.runs).toBe(runs);
    await expect(handle.done).resolves.toBeUndefined();
  });

  it("runDueJobs runs a job only when this process has not started it within its interval", async () => {
    const daily = probe("daily", 24 * 60 * 60_000);
    const first = await runDueJobs([daily.job]);
    expect(first[0]).toMatchObject({ status: "ok" });
    expect(await runDueJobs([daily.job])).toEqual([{ name: daily.job.name, status: "skipped", reason: "not due" }]);
    expect((await runDueJobs([daily.job], Date.now() + 24 * 60 * 60_000 + 1))[0]).toMatchObject({ status: "ok" });
    expect(daily.stats.runs).toBe(2);
  });

  it("refuses two jobs of one name and a non-positive interval", () => {
    const a = probe("dup", 10).job;
    expect(() => startPeriodicJobs([a, { ...a }])).toThrow(/Two periodic jobs/);
    expect(() => startPeriodicJobs([{ ...a, name: name("zero"), intervalMs: 0 }])).toThrow(/positive intervalMs/);
  });
});

describe("the production jobs", () => {
  it("expire lapsed card reservations, purge stale carts, reconcile nothing without Stripe and prune expired records, in one pass", async () => {
    const store = await makeStore("jobs");
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, { kind: "system" }, { variantId, quantity: 5, reason: "test stock" });
    const lapsed = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }], method: "STRIPE", reservationExpiresAt: new Date(Date.now() - 60_000) });
    const fresh = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 3 });
    const stale = await createCart(store.id);
    const current = await createCart(store.id);
    await storeDb(store.id).cart.update({ where: { id: stale.id }, data: { updatedAt: new Date(Date.now() - 40 * 24 * 60 * 60_000) } });

    const outcomes = await runJobsOnce(productionJobs());
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ["orders.expire-reservations", "ok"],
      ["payments.reconcile-stripe", "ok"],
      ["cart.purge-stale-carts", "ok"],
      ["housekeeping.prune-expired-records", "ok"],
    ]);
    const [expired, reconciled, purged, pruned] = outcomes as { result: Record<string, number> }[];
    expect(expired!.result.expired).toBeGreaterThanOrEqual(1);
    expect(reconciled!.result).toMatchObject({ checked: 0 });
    expect(purged!.result.deleted).toBeGreaterThanOrEqual(1);
    expect(Object.keys(pruned!.result).sort()).toEqual(["customerTokens", "outboxEvents", "platformTokens", "throttleBuckets", "webhookEvents"]);

    const orders = await storeDb(store.id).order.findMany({ where: { id: { in: [lapsed.orderId, fresh.orderId] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(orders.map((o) => [o.id, o.status]))).toEqual({ [lapsed.orderId]: "CANCELLED", [fresh.orderId]: "OPEN" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 1 });
    expect((await storeDb(store.id).cart.findMany({ where: { id: { in: [stale.id, current.id] } }, select: { id: true } })).map((c) => c.id)).toEqual([current.id]);
  });
});
