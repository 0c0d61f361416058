import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, knownDbErrorCode, platformDb, sql, sqlOf, sqlTransaction, storeDb } from "@/server/db";

const suffix = Math.random().toString(36).slice(2, 8);

describe("the driver door (sql, sqlTransaction)", () => {
  let storeId: string;
  let cartId: string;

  beforeAll(async () => {
    const store = await platformDb().store.create({ data: { slug: `sql-${suffix}`, name: "SQL", country: "US", currency: "USD", timeZone: "UTC" } });
    storeId = store.id;
    cartId = `sql-cart-${suffix}`;
  });

  afterAll(disconnectDb);

  it("writes dates as UTC and reads them back as the same instants, through the driver and through Prisma", async () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    await sql().execute("INSERT INTO Cart (id, storeId, customerId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)", [cartId, storeId, at, at]);
    const [row] = await sql().query<{ createdAt: Date }>("SELECT createdAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(row!.createdAt).toEqual(at);
    // BIGINT results are bigints, as through Prisma.
    const [count] = await sql().query<{ n: bigint }>("SELECT COUNT(*) AS n FROM Cart WHERE storeId = ?", [storeId]);
    expect(count!.n).toBe(1n);
    const viaPrisma = await storeDb(storeId).cart.findFirstOrThrow({ where: { storeId, id: cartId } });
    expect(viaPrisma.createdAt).toEqual(at);
    const [raw] = await storeDb(storeId).$transaction((tx) => sqlOf(tx).query<{ createdAt: Date }>("SELECT createdAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]));
    expect(raw!.createdAt).toEqual(at);
  });

  it("runs every session in UTC, so NOW(3) in raw SQL is on the same clock as the UTC-stored dates (driver and Prisma)", async () => {
    // The server here may well be set to UTC itself: the session's own setting is what says
    // that NOW(3) stays UTC on a server that is not.
    const [viaDriver] = await sql().query<{ tz: string }>("SELECT @@session.time_zone AS tz");
    expect(viaDriver!.tz).toBe("+00:00");
    const viaPrisma = await platformDb().$queryRaw<{ tz: string }[]>`SELECT @@session.time_zone AS tz`;
    expect(viaPrisma[0]!.tz).toBe("+00:00");
    const [inTx] = await sqlTransaction((tx) => tx.query<{ tz: string }>("SELECT @@session.time_zone AS tz"));
    expect(inTx!.tz).toBe("+00:00");
  });

  it("commits a transaction that resolves and rolls back one that throws, pipelined statements included", async () => {
    const later = new Date("2026-05-06T07:08:09.010Z");
    await sqlTransaction(async (tx) => {
      const [a, b] = await Promise.all([
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [later, storeId, cartId]),
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [later, storeId, "no-such-cart"]),
      ]);
      expect([a, b]).toEqual([1, 0]);
    });
    await expect(
      sqlTransaction(async (tx) => {
        await Promise.all([tx.execute("DELETE FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]), tx.query("SELECT 1")]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const [row] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(row?.updatedAt).toEqual(later);
  });

  it("sends statements issued together as one batch, each caller with its own result; a failing one fails the batch and rolls all back", async () => {
    const [touched, rows, missing, counted] = await sqlTransaction(async (tx) =>
      Promise.all([
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2026-05-06T07:08:09.010Z"), storeId, cartId]),
        tx.query<{ id: string; updatedAt: Date }>("SELECT id, updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]),
        tx.execute("DELETE FROM Cart WHERE storeId = ? AND id = ?", [storeId, "no-such-cart"]),
        tx.query<{ n: bigint }>("SELECT COUNT(*) AS n FROM Cart WHERE storeId = ?", [storeId]),
      ]),
    );
    expect(touched).toBe(1);
    expect(rows).toEqual([{ id: cartId, updatedAt: new Date("2026-05-06T07:08:09.010Z") }]);
    expect(missing).toBe(0);
    expect(counted[0]!.n).toBe(1n);
    // The second statement fails (a duplicate key): the third never runs, and the first is rolled back.
    const results = await sqlTransaction(async (tx) =>
      Promise.allSettled([
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2031-01-01T00:00:00.000Z"), storeId, cartId]),
        tx.execute("INSERT INTO Cart (id, storeId, customerId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)", [cartId, storeId, new Date(), new Date()]),
        tx.execute("DELETE FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]),
      ]).then((settled) => {
        if (settled.some((r) => r.status === "rejected")) throw Object.assign(new Error("batch failed"), { settled });
        return settled;
      }),
    ).catch((e: { settled?: PromiseSettledResult<number>[] }) => e.settled);
    expect(results?.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(knownDbErrorCode((results![1] as PromiseRejectedResult).reason)).toBe("UNIQUE_VIOLATION");
    const [row] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(row?.updatedAt).toEqual(new Date("2026-05-06T07:08:09.010Z"));
  });

  it("starts the transaction with its first batch: its writes stay invisible to other connections until COMMIT", async () => {
    const at = new Date("2027-02-03T04:05:06.007Z");
    const seenMeanwhile = await sqlTransaction(async (tx) => {
      await tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [at, storeId, cartId]);
      const [outside] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
      return outside!.updatedAt;
    });
    expect(seenMeanwhile).toEqual(new Date("2026-05-06T07:08:09.010Z"));
    const [after] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(after!.updatedAt).toEqual(at);
    // Put it back for the tests below.
    await sql().execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2026-05-06T07:08:09.010Z"), storeId, cartId]);
  });

  it("commit() sends COMMIT in the batch of the statements issued with it; a failing statement there commits nothing, even when fn swallows the error", async () => {
    const at = new Date("2028-01-01T00:00:00.000Z");
    const [changed, rows] = await sqlTransaction(async (tx) => {
      const results = await Promise.all([
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [at, storeId, cartId]),
        tx.query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]),
        tx.commit(),
      ]);
      // Committed already: another connection sees the write before sqlTransaction returns.
      const [outside] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
      expect(outside!.updatedAt).toEqual(at);
      // Nothing may follow the commit.
      await expect(tx.execute("DELETE FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId])).rejects.toThrow(/commit/);
      return results;
    });
    expect(changed).toBe(1);
    expect(rows).toEqual([{ updatedAt: at }]);

    const swallowed = await sqlTransaction(async (tx) => {
      const settled = await Promise.allSettled([
        tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2031-01-01T00:00:00.000Z"), storeId, cartId]),
        tx.execute("INSERT INTO Cart (id, storeId, customerId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)", [cartId, storeId, new Date(), new Date()]),
        tx.commit(),
      ]);
      return settled.map((r) => r.status);
    }).catch((e: unknown) => e);
    expect(knownDbErrorCode(swallowed)).toBe("UNIQUE_VIOLATION");
    const [row] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(row!.updatedAt).toEqual(at);
    await sql().execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2026-05-06T07:08:09.010Z"), storeId, cartId]);
  });

  it("classifies the driver's duplicate key like Prisma's, and rolls the transaction back", async () => {
    const error = await sqlTransaction(async (tx) => {
      await tx.execute("UPDATE Cart SET updatedAt = ? WHERE storeId = ? AND id = ?", [new Date("2030-01-01T00:00:00.000Z"), storeId, cartId]);
      await tx.execute("INSERT INTO Cart (id, storeId, customerId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)", [cartId, storeId, new Date(), new Date()]);
    }).catch((e: unknown) => e);
    expect(knownDbErrorCode(error)).toBe("UNIQUE_VIOLATION");
    const [row] = await sql().query<{ updatedAt: Date }>("SELECT updatedAt FROM Cart WHERE storeId = ? AND id = ?", [storeId, cartId]);
    expect(row?.updatedAt).toEqual(new Date("2026-05-06T07:08:09.010Z"));
  });
});
