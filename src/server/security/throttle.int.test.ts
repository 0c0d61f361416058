/** The shared throttle against the test database; every key is unique to this run. */
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertAllowed, check, hit, reset, throttleKey } from "./throttle";

const run = Math.random().toString(36).slice(2, 10);
const key = (name: string) => `test:${run}:${name}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(async () => {
  await platformDb().throttleBucket.deleteMany({ where: { key: { startsWith: `test:${run}:` } } });
  await disconnectDb();
});

describe("hit", () => {
  it("allows exactly `limit` of many concurrent hits", async () => {
    const k = key("parallel");
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(k, { limit: 10, windowMs: 60_000 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => r.allowed).map((r) => r.remaining).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const refused of results.filter((r) => !r.allowed)) {
      expect(refused.remaining).toBe(0);
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Refused hits during the block are not counted.
    const row = await platformDb().throttleBucket.findUniqueOrThrow({ where: { key: k } });
    expect(row.count).toBe(11);
  });

  it("counts down remaining, then blocks for blockMs with a sane Retry-After, then starts afresh", async () => {
    const k = key("block");
    const opts = { limit: 2, windowMs: 60_000, blockMs: 1_500 };
    expect(await hit(k, opts)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await hit(k, opts)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    const refused = await hit(k, opts);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 2 });
    const blocked = await check(k);
    expect(blocked).toMatchObject({ allowed: false, blocked: true });
    expect(blocked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(2);
    expect((await hit(k, opts)).allowed).toBe(false);

    await sleep(1_700);
    // The window (60 s) has not run out, but the block has: counting starts again.
    expect(await check(k)).toEqual({ allowed: true, blocked: false, retryAfterSeconds: 0 });
    expect(await hit(k, opts)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
  });

  it("restarts counting when the window runs out", async () => {
    const k = key("window");
    const opts = { limit: 3, windowMs: 600 };
    for (let i = 0; i < 3; i++) expect((await hit(k, opts)).allowed).toBe(true);
    await sleep(700);
    expect(await hit(k, opts)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
  });

  it("keeps keys independent", async () => {
    const a = key("indep-a");
    const b = key("indep-b");
    const opts = { limit: 1, windowMs: 60_000 };
    expect((await hit(a, opts)).allowed).toBe(true);
    expect((await hit(a, opts)).allowed).toBe(false);
    expect(await hit(b, opts)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect((await check(b)).allowed).toBe(true);
  });

  it("refuses bad options", async () => {
    await expect(hit(key("bad"), { limit: 0, windowMs: 1000 })).rejects.toThrow(RangeError);
    await expect(hit(key("bad"), { limit: 1, windowMs: 1.5 })).rejects.toThrow(RangeError);
    await expect(hit("", { limit: 1, windowMs: 1000 })).rejects.toThrow(TypeError);
  });
});

describe("expiresAt (when a bucket stops mattering, for the housekeeping job)", () => {
  const bucket = (k: string) => platformDb().throttleBucket.findUniqueOrThrow({ where: { key: k } });
  const ms = (d: Date | null) => d?.getTime() ?? Number.NaN;

  it("is the window's end while the key is not blocked, and stays there as hits are counted", async () => {
    const k = key("expires-window");
    const opts = { limit: 5, windowMs: 60_000, blockMs: 600_000 };
    await hit(k, opts);
    const first = await bucket(k);
    expect(ms(first.expiresAt) - ms(first.windowStart)).toBe(60_000);
    await sleep(20);
    await hit(k, opts);
    const second = await bucket(k);
    expect(second.count).toBe(2);
    expect(ms(second.windowStart)).toBe(ms(first.windowStart));
    expect(ms(second.expiresAt)).toBe(ms(first.expiresAt));
  });

  it("is the block's end once the key is blocked (a block longer than the window), also after refused hits", async () => {
    const k = key("expires-block");
    const opts = { limit: 1, windowMs: 60_000, blockMs: 600_000 };
    await hit(k, opts);
    expect((await hit(k, opts)).allowed).toBe(false);
    const blocked = await bucket(k);
    expect(blocked.blockedUntil).not.toBeNull();
    expect(ms(blocked.expiresAt)).toBe(ms(blocked.blockedUntil));
    expect(ms(blocked.expiresAt) - ms(blocked.windowStart)).toBeGreaterThanOrEqual(600_000);
    expect((await hit(k, opts)).allowed).toBe(false);
    expect(ms((await bucket(k)).expiresAt)).toBe(ms(blocked.blockedUntil));
  });

  it("moves with the new window when the old one ran out", async () => {
    const k = key("expires-new-window");
    const opts = { limit: 5, windowMs: 1_000 };
    await hit(k, opts);
    const first = await bucket(k);
    await sleep(1_100);
    await hit(k, opts);
    const second = await bucket(k);
    expect(second.count).toBe(1);
    expect(ms(second.windowStart)).toBeGreaterThan(ms(first.windowStart));
    expect(ms(second.expiresAt) - ms(second.windowStart)).toBe(1_000);
  });
});

describe("reset and check", () => {
  it("reset clears the count and the block", async () => {
    const k = key("reset");
    const opts = { limit: 1, windowMs: 60_000 };
    await hit(k, opts);
    expect((await hit(k, opts)).allowed).toBe(false);
    expect((await check(k)).blocked).toBe(true);
    await reset(k);
    expect(await check(k)).toEqual({ allowed: true, blocked: false, retryAfterSeconds: 0 });
    expect(await hit(k, opts)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });

  it("check does not count", async () => {
    const k = key("check");
    for (let i = 0; i < 5; i++) expect((await check(k)).allowed).toBe(true);
    expect(await hit(k, { limit: 1, windowMs: 60_000 })).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });
});

describe("keys", () => {
  it("stores long keys hashed to fit the column, keeping distinct keys distinct", async () => {
    const long1 = key(`long:${"x".repeat(300)}:1`);
    const long2 = key(`long:${"x".repeat(300)}:2`);
    const emoji = key(`long:${"😀".repeat(150)}`);
    for (const k of [long1, long2, emoji]) {
      expect(Array.from(throttleKey(k)).length).toBeLessThanOrEqual(191);
    }
    expect(throttleKey(long1)).not.toBe(throttleKey(long2));
    expect(throttleKey(key("short"))).toBe(key("short"));
    const fits = `${key("fits")}:`.padEnd(191, "y");
    expect(throttleKey(fits)).toBe(fits);
    expect(throttleKey(`${fits}y`)).not.toBe(`${fits}y`);
    const opts = { limit: 1, windowMs: 60_000 };
    expect((await hit(long1, opts)).allowed).toBe(true);
    expect((await hit(long1, opts)).allowed).toBe(false);
    expect((await hit(long2, opts)).allowed).toBe(true);
    expect((await hit(emoji, opts)).allowed).toBe(true);
    expect((await hit(fits, opts)).allowed).toBe(true);
    expect((await hit(fits, opts)).allowed).toBe(false);
  });
});

describe("assertAllowed", () => {
  it("throws RATE_LIMITED with retryAfterSeconds when refused", () => {
    expect(() => assertAllowed({ allowed: true, retryAfterSeconds: 0 }, "nope")).not.toThrow();
    try {
      assertAllowed({ allowed: false, retryAfterSeconds: 42 }, "Too many attempts");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("RATE_LIMITED");
      expect((error as AppError).status).toBe(429);
      expect((error as AppError).message).toBe("Too many attempts");
      expect((error as AppError).details).toEqual({ retryAfterSeconds: 42 });
    }
  });
});
