/**
 * The housekeeping job against the test database: what it deletes, and everything it must
 * leave alone, in two stores. Runs in the int-events project (one file at a time, a database of
 * its own), so the job's platform-wide rules see only this file's old rows.
 */
import { afterAll, describe, expect, it } from "vitest";
import { daysBefore, disconnectDb, platformDb, storeDb } from "@/server/db";
import { makeStore, makeUser } from "@/server/orders/int-test-support";
import { hit, pruneThrottleBuckets } from "@/server/security";
import { runJobsOnce } from "./periodic-jobs";
import { pruneDeliveredEvents } from "./prune-delivered-events";
import { productionJobs, pruneExpiredRecords } from "./registry";

const run = Math.random().toString(36).slice(2, 10);
const DAY_MS = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
const FAR_FUTURE = new Date("2100-01-01T00:00:00.000Z");

afterAll(disconnectDb);

/** An outbox event of `storeId` as the worker would have left it; never due again (availableAt far ahead). */
async function event(storeId: string | null, status: "PENDING" | "DELIVERED" | "DEAD", deliveredDaysAgo: number | null, createdDaysAgo = 60) {
  const row = await platformDb().outboxEvent.create({
    data: {
      storeId,
      type: `test.housekeeping.${run}`,
      payload: { to: "shopper@example.com" },
      status,
      availableAt: FAR_FUTURE,
      createdAt: ago(createdDaysAgo),
      deliveredAt: deliveredDaysAgo === null ? null : ago(deliveredDaysAgo),
    },
    select: { id: true },
  });
  return row.id;
}

async function customerWithTokens(storeId: string, label: string) {
  const db = storeDb(storeId);
  const customer = await db.customer.create({ data: { storeId, email: `${label}-${run}@example.com` }, select: { id: true } });
  const token = (suffix: string, expiresAt: Date, usedAt: Date | null = null) =>
    db.customerToken
      .create({ data: { storeId, customerId: customer.id, purpose: "PASSWORD_RESET", tokenHash: `${label}${suffix}${run}`.padEnd(64, "0"), expiresAt, usedAt }, select: { id: true } })
      .then((t) => t.id);
  return {
    longExpired: await token("a", ago(8)),
    longExpiredUsed: await token("b", ago(30), ago(30)),
    recentlyExpired: await token("c", ago(1)),
    open: await token("d", new Date(Date.now() + 60 * 60 * 1000)),
  };
}

async function platformTokens() {
  const { userId } = await makeUser();
  const token = (suffix: string, expiresAt: Date) =>
    platformDb()
      .platformUserToken.create({ data: { userId, purpose: "EMAIL_VERIFICATION", tokenHash: `p${suffix}${run}`.padEnd(64, "0"), expiresAt }, select: { id: true } })
      .then((t) => t.id);
  return { longExpired: await token("a", ago(10)), recentlyExpired: await token("b", ago(6)), open: await token("c", new Date(Date.now() + 60_000)) };
}

const remaining = async <T extends { id: unknown }>(rows: Promise<T[]>) => (await rows).map((r) => r.id);

describe("housekeeping.prune-expired-records", () => {
  it("deletes only what no longer serves a purpose, in every store alike, and leaves everything else", async () => {
    const [a, b] = [await makeStore("keep-a"), await makeStore("keep-b")];

    // Outbox: delivered 31 days ago goes (with its delivery records); delivered 29 days ago,
    // pending and dead ones stay however old; the platform's own events follow the same rules.
    const events = {
      aOld: await event(a.id, "DELIVERED", 31),
      bOld: await event(b.id, "DELIVERED", 45),
      platformOld: await event(null, "DELIVERED", 90),
      aRecent: await event(a.id, "DELIVERED", 29),
      bPending: await event(b.id, "PENDING", null, 400),
      aDead: await event(a.id, "DEAD", null, 400),
    };
    await platformDb().outboxDelivery.create({ data: { eventId: events.aOld, handler: `test.${run}` } });
    await platformDb().outboxDelivery.create({ data: { eventId: events.aRecent, handler: `test.${run}` } });

    // Webhook event ids: 31 days old go, 29 days old stay.
    const webhook = (eventId: string, storeId: string, days: number) =>
      platformDb().webhookEvent.create({ data: { provider: "stripe", eventId: `${eventId}_${run}`, type: "payment_intent.succeeded", storeId, receivedAt: ago(days) } });
    await webhook("evt_old_a", a.id, 31);
    await webhook("evt_old_b", b.id, 200);
    await webhook("evt_recent_b", b.id, 29);

    // Throttle buckets: one whose window and block ended, one blocked for another hour, one counting now.
    const bucketKey = (name: string) => `test:${run}:${name}`;
    for (const name of ["over", "blocked", "counting"]) await hit(bucketKey(name), { limit: 1, windowMs: 60_000, blockMs: 3_600_000 });
    await hit(bucketKey("blocked"), { limit: 1, windowMs: 60_000, blockMs: 3_600_000 });
    await platformDb().throttleBucket.update({ where: { key: bucketKey("over") }, data: { windowStart: ago(1), expiresAt: new Date(Date.now() - 1_000) } });
    // An explicit cut-off a minute back: the bucket that expired a second ago is not yet before it.
    expect(await pruneThrottleBuckets({ before: new Date(Date.now() - 60_000) })).toBe(0);

    // Emailed tokens: expired over a week ago go; expired within the week (their links still
    // say "expired") and open ones stay.
    const [aTokens, bTokens, pTokens] = [await customerWithTokens(a.id, "ca"), await customerWithTokens(b.id, "cb"), await platformTokens()];

    const outcomes = await runJobsOnce(productionJobs().filter((job) => job.name === "housekeeping.prune-expired-records"));
    expect(outcomes).toEqual([{ name: "housekeeping.prune-expired-records", status: "ok", ms: expect.any(Number), result: expect.any(Object) }]);
    const counts = (outcomes[0] as { result: Record<string, number> }).result;
    expect(counts).toEqual({ outboxEvents: 3, webhookEvents: 2, throttleBuckets: 1, platformTokens: 1, customerTokens: 4 });

    const ourEvents = await remaining(platformDb().outboxEvent.findMany({ where: { type: `test.housekeeping.${run}` }, select: { id: true }, orderBy: { id: "asc" } }));
    expect(ourEvents).toEqual([events.aRecent, events.bPending, events.aDead]);
    expect(await platformDb().outboxDelivery.findMany({ where: { handler: `test.${run}` }, select: { eventId: true } })).toEqual([{ eventId: events.aRecent }]);

    const hooks = await platformDb().webhookEvent.findMany({ where: { eventId: { endsWith: `_${run}` } }, select: { eventId: true } });
    expect(hooks.map((h) => h.eventId)).toEqual([`evt_recent_b_${run}`]);

    const buckets = await platformDb().throttleBucket.findMany({ where: { key: { startsWith: `test:${run}:` } }, select: { key: true }, orderBy: { key: "asc" } });
    expect(buckets.map((bk) => bk.key)).toEqual([bucketKey("blocked"), bucketKey("counting")]);

    for (const [storeId, tokens] of [[a.id, aTokens], [b.id, bTokens]] as const) {
      const left = await remaining(storeDb(storeId).customerToken.findMany({ where: { storeId }, select: { id: true } }));
      expect(left.sort()).toEqual([tokens.recentlyExpired, tokens.open].sort());
    }
    const platformLeft = await remaining(platformDb().platformUserToken.findMany({ where: { id: { in: Object.values(pTokens) } }, select: { id: true } }));
    expect(platformLeft.sort()).toEqual([pTokens.recentlyExpired, pTokens.open].sort());

    // A second run finds nothing more to do.
    expect(await pruneExpiredRecords()).toEqual({ outboxEvents: 0, webhookEvents: 0, throttleBuckets: 0, platformTokens: 0, customerTokens: 0 });
  });

  it("deletes in batches until done, and leaves the rest to the next run once its time is up", async () => {
    const store = await makeStore("keep-batch");
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await event(store.id, "DELIVERED", 100 + i));
    const mine = () => remaining(platformDb().outboxEvent.findMany({ where: { storeId: store.id }, select: { id: true }, orderBy: { id: "asc" } }));

    // Deadline already passed: exactly one batch, the oldest deliveries first.
    expect(await pruneDeliveredEvents({ batchSize: 2, deadline: Date.now() - 1 })).toBe(2);
    expect(await mine()).toEqual(ids.slice(0, 3));
    // No deadline: batch after batch until none is left.
    expect(await pruneDeliveredEvents({ batchSize: 2 })).toBe(3);
    expect(await mine()).toEqual([]);
  });

  it("takes an explicit cut-off: events delivered before it go, a millisecond later stays", async () => {
    const store = await makeStore("keep-cutoff");
    const before = daysBefore(365);
    const at = async (deliveredAt: Date) => (await platformDb().outboxEvent.create({ data: { storeId: store.id, type: `test.housekeeping.${run}`, payload: {}, status: "DELIVERED", availableAt: FAR_FUTURE, deliveredAt }, select: { id: true } })).id;
    const older = await at(new Date(before.getTime() - 1));
    const same = await at(before);
    const later = await at(new Date(before.getTime() + 1));
    expect(await pruneDeliveredEvents({ before })).toBe(1);
    const left = await remaining(platformDb().outboxEvent.findMany({ where: { id: { in: [older, same, later] } }, select: { id: true }, orderBy: { id: "asc" } }));
    expect(left).toEqual([same, later]);
  });
});
