import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { LEASE_EXPIRED_ERROR } from "./claim";
import { deliverEvent, loadClaimedEvents } from "./deliver-event";
import {
  drainOutbox,
  enqueueEvent,
  listDeadEvents,
  redriveEvents,
  runWorkerOnce,
  startWorker,
  type TEventHandler,
  type TJson,
  type TOutboxEvent,
  type TWorkerConfig,
} from "./index";

const suffix = Math.random().toString(36).slice(2, 8);
let typeSeq = 0;
/** A fresh event type per test: the database is shared with other test files. */
const newType = (name: string) => `test.${name}.${suffix}.${++typeSeq}`;
const fast: Partial<TWorkerConfig> = { maxAttempts: 5, batchSize: 50, leaseMs: 10_000, backoffBaseMs: 0, backoffMaxMs: 0, jitter: 0 };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function enqueue(type: string, count: number, payload: (i: number) => TJson = (i) => ({ n: i })): Promise<bigint[]> {
  return platformDb().$transaction(async (tx) => {
    const ids: bigint[] = [];
    for (let i = 0; i < count; i++) ids.push(await enqueueEvent(tx, { type, payload: payload(i) }));
    return ids;
  });
}

function recorder(name: string, types: string[], behaviour: (e: TOutboxEvent, call: number) => Promise<void> | void = () => {}) {
  const seen: TOutboxEvent[] = [];
  const handler: TEventHandler = {
    name,
    types,
    async handle(event) {
      seen.push(event);
      await behaviour(event, seen.filter((s) => s.id === event.id).length);
    },
  };
  return { handler, seen, ids: () => seen.map((e) => e.id) };
}

async function rows(ids: bigint[]) {
  return platformDb().outboxEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
}

afterAll(disconnectDb);

describe("outbox worker", () => {
  it("hands every event to every handler of its type, records each delivery and marks it DELIVERED", async () => {
    const [a, b] = [newType("a"), newType("b")];
    const aIds = await enqueue(a, 5, (i) => ({ n: i, nested: { list: [1, "two", null] } }));
    const bIds = await enqueue(b, 2);
    const onlyA = recorder(`only-a-${suffix}`, [a]);
    const aAndB = recorder(`a-and-b-${suffix}`, [a, b]);
    const all = recorder(`all-${suffix}`, ["*"]);
    const counts = await runWorkerOnce({ handlers: [onlyA.handler, aAndB.handler, all.handler], types: [a, b], config: fast });
    expect(counts).toMatchObject({ claimed: 7, delivered: 7, retried: 0, dead: 0 });
    expect(onlyA.ids()).toEqual(aIds);
    expect(aAndB.ids()).toEqual([...aIds, ...bIds]);
    expect(all.ids()).toEqual([...aIds, ...bIds]);
    expect(onlyA.seen[2]).toMatchObject({ type: a, storeId: null, attempts: 0, payload: { n: 2, nested: { list: [1, "two", null] } } });
    for (const row of await rows([...aIds, ...bIds])) {
      expect(row).toMatchObject({ status: "DELIVERED", lockedBy: null, lockedUntil: null });
      expect(row.deliveredAt).toBeInstanceOf(Date);
    }
    expect(await platformDb().outboxDelivery.count({ where: { eventId: { in: [...aIds, ...bIds] } } })).toBe(5 + 7 + 7);
    const again = await runWorkerOnce({ handlers: [onlyA.handler, aAndB.handler, all.handler], types: [a, b], config: fast });
    expect(again.claimed).toBe(0);
    expect(all.seen).toHaveLength(7);
  });

  it("marks an event DEAD at once when its handler rejects the payload as invalid", async () => {
    const type = newType("invalid");
    const [id] = await enqueue(type, 1);
    const rejects = recorder(`rejects-${suffix}`, [type], () => {
      throw new AppError("VALIDATION_FAILED", "payload is not a mail message");
    });
    expect(await runWorkerOnce({ handlers: [rejects.handler], types: [type], config: fast })).toMatchObject({ claimed: 1, dead: 1, retried: 0 });
    const [row] = await rows([id!]);
    expect(row).toMatchObject({ status: "DEAD", attempts: 1 });
    expect(row!.lastError).toContain("payload is not a mail message");
  });

  it("marks an event that no handler consumes DELIVERED", async () => {
    const type = newType("orphan");
    const [id] = await enqueue(type, 1);
    const other = recorder(`other-${suffix}`, [newType("unrelated")]);
    expect(await runWorkerOnce({ handlers: [other.handler], types: [type], config: fast })).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await rows([id!]))[0]!.status).toBe("DELIVERED");
    expect(other.seen).toHaveLength(0);
  });

  it("retries a failing handler with a growing delay, then delivers", async () => {
    const type = newType("flaky");
    const [id] = await enqueue(type, 1);
    const flaky = recorder(`flaky-${suffix}`, [type], (_e, call) => {
      if (call <= 3) throw new Error(`refused by customer@example.com (try ${call})`);
    });
    let clock = Date.now() + 1000;
    const options = {
      handlers: [flaky.handler],
      types: [type],
      now: () => new Date(clock),
      config: { ...fast, maxAttempts: 10, backoffBaseMs: 1000, backoffMaxMs: 60_000, jitter: 0.2 },
    };
    const delays: number[] = [];
    for (let failure = 1; failure <= 3; failure++) {
      expect(await runWorkerOnce(options)).toMatchObject({ claimed: 1, retried: 1 });
      const row = (await rows([id!]))[0]!;
      expect(row).toMatchObject({ status: "PENDING", attempts: failure, lockedBy: null });
      expect(row.lastError).toBe(`flaky-${suffix}: Error: refused by [email] (try ${failure})`);
      const delay = row.availableAt.getTime() - clock;
      const nominal = 1000 * 2 ** (failure - 1);
      expect(delay).toBeGreaterThanOrEqual(nominal * 0.8);
      expect(delay).toBeLessThanOrEqual(nominal * 1.2);
      delays.push(delay);
      clock += delay - 1;
      expect((await runWorkerOnce(options)).claimed).toBe(0);
      clock += 1;
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await rows([id!]))[0]).toMatchObject({ status: "DELIVERED", attempts: 3 });
    expect(flaky.seen.map((e) => e.attempts)).toEqual([0, 1, 2, 3]);
  });

  it("marks an always-failing event DEAD after maxAttempts and lists it for the admin", async () => {
    const type = newType("poison");
    const ids = await enqueue(type, 2);
    const broken = recorder(`broken-${suffix}`, [type], () => {
      throw new RangeError("no such template");
    });
    const options = { handlers: [broken.handler], types: [type], config: { ...fast, maxAttempts: 3 } };
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 2, retried: 2 });
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 2, retried: 2 });
    const before = Date.now();
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 2, dead: 2 });
    expect((await runWorkerOnce(options)).claimed).toBe(0);
    expect(broken.seen).toHaveLength(6);
    for (const row of await rows(ids)) {
      expect(row).toMatchObject({ status: "DEAD", attempts: 3, lockedBy: null, lastError: `broken-${suffix}: RangeError: no such template` });
    }
    const page1 = await listDeadEvents({ type, pageSize: 1 });
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1, pageCount: 2 });
    expect(page1.events.map((e) => e.id)).toEqual([ids[1]]);
    expect(page1.events[0]!.lastAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(page1.types).toContainEqual({ type, count: 2 });
    expect((await listDeadEvents({ type, page: 2, pageSize: 1 })).events.map((e) => e.id)).toEqual([ids[0]]);
    expect((await listDeadEvents({ type, page: 3, pageSize: 1 })).events).toEqual([]);
  });

  it("does not run again a handler that already succeeded for the event", async () => {
    const type = newType("partial");
    const [id, recordedId] = await enqueue(type, 2);
    const steady = recorder(`steady-${suffix}`, [type]);
    const flaky = recorder(`flaky2-${suffix}`, [type], (e, call) => {
      if (e.id === id && call === 1) throw new Error("temporary");
    });
    await platformDb().outboxDelivery.create({ data: { eventId: recordedId!, handler: steady.handler.name } });
    const options = { handlers: [steady.handler, flaky.handler], types: [type], config: fast };
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 2, delivered: 1, retried: 1 });
    expect(steady.ids()).toEqual([id]);
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(steady.ids()).toEqual([id]);
    expect(flaky.ids()).toEqual([id, recordedId, id]);
    expect((await rows([id!, recordedId!])).map((r) => r.status)).toEqual(["DELIVERED", "DELIVERED"]);
  });

  it("lets two concurrent workers share the events without delivering any twice", async () => {
    const type = newType("parallel");
    const ids = await enqueue(type, 120);
    const inFlight = new Set<bigint>();
    const deliveries: { worker: string; id: bigint }[] = [];
    let overlaps = 0;
    const make = (worker: string): TEventHandler => ({
      name: `parallel-${suffix}`,
      types: [type],
      async handle(event) {
        if (inFlight.has(event.id)) overlaps += 1;
        inFlight.add(event.id);
        await sleep(2);
        deliveries.push({ worker, id: event.id });
        inFlight.delete(event.id);
      },
    });
    const loop = async (worker: string) => {
      while ((await runWorkerOnce({ handlers: [make(worker)], types: [type], workerId: worker, config: { ...fast, batchSize: 10 } })).claimed > 0);
    };
    await Promise.all([loop(`w1-${suffix}`), loop(`w2-${suffix}`)]);
    expect(overlaps).toBe(0);
    expect(deliveries.map((d) => d.id).sort((x, y) => Number(x - y))).toEqual(ids);
    expect(new Set(deliveries.map((d) => d.worker)).size).toBe(2);
    expect((await rows(ids)).every((r) => r.status === "DELIVERED")).toBe(true);
  });

  it("never delivers an event whose transaction rolled back, nor one not yet committed", async () => {
    const type = newType("tx");
    const seen = recorder(`tx-${suffix}`, [type]);
    const options = { handlers: [seen.handler], types: [type], config: fast };
    await expect(
      platformDb().$transaction(async (tx) => {
        await enqueueEvent(tx, { type, payload: { rolledBack: true } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    let commit!: () => void;
    const gate = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const open = platformDb().$transaction(async (tx) => {
      await enqueueEvent(tx, { type, payload: { committed: true } });
      inserted();
      await gate;
    });
    await insertedSignal;
    expect((await runWorkerOnce(options)).claimed).toBe(0);
    commit();
    await open;
    expect(await runWorkerOnce(options)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(seen.seen.map((e) => e.payload)).toEqual([{ committed: true }]);
    expect(await platformDb().outboxEvent.count({ where: { type } })).toBe(1);
  });
});

describe("outbox leases and stopping", () => {
  it("reclaims the events of a dead worker, counting an attempt, and kills an event that keeps killing workers", async () => {
    const type = newType("lease");
    const [orphaned, exhausted, alive] = await enqueue(type, 3);
    const past = new Date(Date.now() - 1000);
    await platformDb().outboxEvent.updateMany({ where: { id: { in: [orphaned!, exhausted!] } }, data: { status: "PROCESSING", lockedBy: "ghost", lockedUntil: past } });
    await platformDb().outboxEvent.update({ where: { id: exhausted! }, data: { attempts: 2 } });
    await platformDb().outboxEvent.update({ where: { id: alive! }, data: { status: "PROCESSING", lockedBy: "busy", lockedUntil: new Date(Date.now() + 60_000) } });
    const seen = recorder(`lease-${suffix}`, [type]);
    // Other test files share this database: a concurrent claim scan may hold these rows for a
    // moment, and SKIP LOCKED then passes them over until the next run. Sum a few runs.
    const total = { claimed: 0, delivered: 0, dead: 0 };
    for (let run = 0; run < 10 && (total.delivered < 1 || total.dead < 1); run++) {
      const counts = await runWorkerOnce({ handlers: [seen.handler], types: [type], config: { ...fast, maxAttempts: 3 } });
      total.claimed += counts.claimed;
      total.delivered += counts.delivered;
      total.dead += counts.dead;
      if (total.delivered < 1 || total.dead < 1) await sleep(50);
    }
    expect(total).toEqual({ claimed: 1, delivered: 1, dead: 1 });
    expect(seen.ids()).toEqual([orphaned]);
    expect(seen.seen[0]!.attempts).toBe(1);
    const [o, e, a] = await rows([orphaned!, exhausted!, alive!]);
    expect(o).toMatchObject({ status: "DELIVERED", attempts: 1, lastError: LEASE_EXPIRED_ERROR });
    expect(e).toMatchObject({ status: "DEAD", attempts: 3, lastError: LEASE_EXPIRED_ERROR, lockedBy: null });
    expect(a).toMatchObject({ status: "PROCESSING", lockedBy: "busy" });
  });

  it("renews the lease while a slow batch runs, so no other worker takes it over", async () => {
    const type = newType("heartbeat");
    await enqueue(type, 2);
    const slow = recorder(`slow-${suffix}`, [type], () => sleep(700));
    const config = { ...fast, leaseMs: 300 };
    const first = runWorkerOnce({ handlers: [slow.handler], types: [type], workerId: `hb1-${suffix}`, config });
    await sleep(900);
    const rival = recorder(`slow-${suffix}`, [type]);
    expect((await runWorkerOnce({ handlers: [rival.handler], types: [type], workerId: `hb2-${suffix}`, config })).claimed).toBe(0);
    expect(await first).toMatchObject({ claimed: 2, delivered: 2, lost: 0 });
    expect(rival.seen).toHaveLength(0);
  });

  it("does nothing with an event another worker holds", async () => {
    const type = newType("held");
    const [id] = await enqueue(type, 1);
    await platformDb().outboxEvent.update({ where: { id: id! }, data: { status: "PROCESSING", lockedBy: "someone-else", lockedUntil: new Date(Date.now() + 60_000) } });
    const seen = recorder(`held-${suffix}`, [type]);
    const ctx = { workerId: "me", handlers: [seen.handler], policy: { maxAttempts: 3, leaseMs: 1000, backoffBaseMs: 0, backoffMaxMs: 0, jitter: 0 }, now: () => new Date(), random: Math.random };
    const [event] = await loadClaimedEvents([id!]);
    expect(await deliverEvent(ctx, event!)).toBe("lost");
    expect(seen.seen).toHaveLength(0);
    expect((await rows([id!]))[0]).toMatchObject({ status: "PROCESSING", lockedBy: "someone-else" });
  });

  it("finishes the event in hand on stop and gives the rest of the batch back", async () => {
    const type = newType("stop");
    const ids = await enqueue(type, 5);
    const controller = new AbortController();
    const seen = recorder(`stop-${suffix}`, [type], () => controller.abort());
    const counts = await runWorkerOnce({ handlers: [seen.handler], types: [type], config: fast, signal: controller.signal });
    expect(counts).toMatchObject({ claimed: 5, delivered: 1, released: 4 });
    const after = await rows(ids);
    expect(after[0]!.status).toBe("DELIVERED");
    for (const row of after.slice(1)) expect(row).toMatchObject({ status: "PENDING", attempts: 0, lockedBy: null, lockedUntil: null });
  });

  it("runs as a polling loop until stopped", async () => {
    const type = newType("loop");
    const seen = recorder(`loop-${suffix}`, [type]);
    const worker = startWorker({ handlers: [seen.handler], types: [type], config: { ...fast, pollMs: 20 } });
    const ids = await enqueue(type, 3);
    for (let i = 0; i < 100 && seen.seen.length < 3; i++) await sleep(20);
    await worker.stop();
    expect(seen.ids()).toEqual(ids);
    const late = await enqueue(type, 1);
    await sleep(100);
    expect((await rows(late))[0]!.status).toBe("PENDING");
  });

  it("refuses handlers with duplicate names", async () => {
    const h = recorder("same", [newType("dup")]).handler;
    await expect(runWorkerOnce({ handlers: [h, { ...h }], types: ["x"], config: fast })).rejects.toThrow(/Two outbox handlers/);
  });
});

describe("drainOutbox (the cron route's loop)", () => {
  it("drains every due event in several batches", async () => {
    const type = newType("drain");
    const ids = await enqueue(type, 30);
    const seen = recorder(`drain-${suffix}`, [type]);
    const result = await drainOutbox({ handlers: [seen.handler], types: [type], config: { ...fast, batchSize: 7 }, maxDurationMs: 20_000 });
    expect(result).toMatchObject({ claimed: 30, delivered: 30, runs: 6, stoppedBy: "idle" });
    expect(seen.ids()).toEqual(ids);
  });

  it("stops at the deadline between events and leaves nothing claimed", async () => {
    const type = newType("deadline");
    const ids = await enqueue(type, 30);
    const seen = recorder(`deadline-${suffix}`, [type], () => sleep(20));
    const result = await drainOutbox({ handlers: [seen.handler], types: [type], config: fast, maxDurationMs: 100 });
    expect(result.stoppedBy).toBe("deadline");
    expect(result.delivered).toBeGreaterThan(0);
    expect(result.delivered).toBeLessThan(30);
    expect(result.released).toBe(30 - result.delivered);
    const statuses = (await rows(ids)).map((r) => r.status);
    expect(statuses.filter((s) => s === "DELIVERED")).toHaveLength(result.delivered);
    expect(statuses.filter((s) => s === "PENDING")).toHaveLength(30 - result.delivered);
  });
});

describe("re-driving dead events", () => {
  it("puts dead events back, audits who did it, and they are then delivered", async () => {
    const type = newType("redrive");
    const ids = await enqueue(type, 3);
    const fails = recorder(`redrive-${suffix}`, [type], () => {
      throw new Error("down");
    });
    await runWorkerOnce({ handlers: [fails.handler], types: [type], config: { ...fast, maxAttempts: 1 } });
    expect((await rows(ids)).map((r) => r.status)).toEqual(["DEAD", "DEAD", "DEAD"]);
    const [deliveredId] = await enqueue(newType("done"), 1);
    const actorId = `admin-${suffix}`;
    expect(await redriveEvents({ eventIds: [ids[0]!, ids[2]!, deliveredId!, 999_999_999_999n], actorId, userAgent: "vitest" })).toBe(2);
    const [first, second, third] = await rows(ids);
    expect(first).toMatchObject({ status: "PENDING", attempts: 0, lockedBy: null });
    expect(second).toMatchObject({ status: "DEAD", attempts: 1 });
    expect(third).toMatchObject({ status: "PENDING", attempts: 0 });
    const audit = await platformDb().auditLogEntry.findMany({ where: { actorId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorType: "platform_admin",
      action: "outbox.redrive",
      targetType: "OutboxEvent",
      targetId: null,
      userAgent: "vitest",
      data: { eventIds: [String(ids[0]), String(ids[2])], requested: 4 },
    });
    expect(await redriveEvents({ eventIds: [ids[0]!], actorId })).toBe(0);
    expect(await platformDb().auditLogEntry.count({ where: { actorId } })).toBe(1);
    const works = recorder(`redrive-${suffix}`, [type]);
    expect(await runWorkerOnce({ handlers: [works.handler], types: [type], config: fast })).toMatchObject({ claimed: 2, delivered: 2 });
    expect(works.ids()).toEqual([ids[0], ids[2]]);
  });
});
