import { describe, expect, it } from "vitest";
import { asSql, sqlOf, utcDateTime, valueRows, type TSql } from "./sql";

describe("utcDateTime", () => {
  it("writes a Date as DATETIME(3) text in UTC, milliseconds included", () => {
    expect(utcDateTime(new Date("2026-11-21T03:04:05.007Z"))).toBe("2026-11-21 03:04:05.007");
    expect(utcDateTime(new Date("0999-01-02T00:00:00.000Z"))).toBe("0999-01-02 00:00:00.000");
  });
});

describe("valueRows", () => {
  it("gives one placeholder group per row", () => {
    expect(valueRows(1, 3)).toBe("(?, ?, ?)");
    expect(valueRows(2, 2)).toBe("(?, ?), (?, ?)");
  });
});

describe("sqlOf (a Prisma transaction as TSql)", () => {
  it("runs statements issued together one after another, in order, with dates bound as UTC text", async () => {
    const log: string[] = [];
    let running = 0;
    const fake = {
      async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
        running++;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`${query} ${JSON.stringify(values)}`);
        running--;
        return [{ n: 1 }] as T;
      },
      async $executeRawUnsafe(query: string, ...values: unknown[]) {
        running++;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 1));
        log.push(`${query} ${JSON.stringify(values)}`);
        running--;
        return 2;
      },
    };
    const sql = sqlOf(fake);
    const [rows, changed] = await Promise.all([sql.query<{ n: number }>("SELECT ?", [1]), sql.execute("UPDATE t SET at = ?", [new Date("2026-01-02T03:04:05.006Z")])]);
    expect(rows).toEqual([{ n: 1 }]);
    expect(changed).toBe(2);
    expect(log).toEqual(["SELECT ? [1]", 'UPDATE t SET at = ? ["2026-01-02 03:04:05.006"]']);
  });

  it("goes on with the next statement after one fails, and reports the failure to its caller", async () => {
    const fake = {
      $queryRawUnsafe: async () => {
        throw new Error("boom");
      },
      $executeRawUnsafe: async () => 1,
    };
    const sql = sqlOf(fake);
    const failed = sql.query("SELECT 1");
    const next = sql.execute("DELETE FROM t");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe(1);
  });
});

describe("commit() on a Prisma transaction (sqlOf)", () => {
  it("commits nothing itself (Prisma does when its callback returns) and refuses any statement after it", async () => {
    const ran: string[] = [];
    const fake = {
      $queryRawUnsafe: async <T>(query: string) => {
        ran.push(query);
        return [] as T;
      },
      $executeRawUnsafe: async (query: string) => {
        ran.push(query);
        return 1;
      },
    };
    const sql = sqlOf(fake);
    await Promise.all([sql.execute("UPDATE t SET a = 1"), sql.commit()]);
    await expect(sql.execute("DELETE FROM t")).rejects.toThrow(/commit/);
    await expect(sql.query("SELECT 1")).rejects.toThrow(/commit/);
    await expect(sql.commit()).rejects.toThrow(/commit/);
    expect(ran).toEqual(["UPDATE t SET a = 1"]);
  });
});

describe("asSql", () => {
  it("keeps a TSql as it is and wraps a Prisma transaction", async () => {
    const own: TSql = { query: async () => [], execute: async () => 0, commit: async () => undefined };
    expect(asSql(own)).toBe(own);
    const wrapped = asSql({ $queryRawUnsafe: async () => [] as never, $executeRawUnsafe: async () => 7 });
    expect(wrapped).not.toBe(own);
    await expect(wrapped.execute("DELETE FROM t")).resolves.toBe(7);
  });
});
