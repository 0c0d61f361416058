import "server-only";
import { createHash } from "node:crypto";
import { deleteInBatches, platformDb, type TPruneOptions } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Fixed-window rate limiting shared by every app instance (state in ThrottleBucket, time from
 * the database clock so instances with skewed clocks agree).
 *
 * Keys are built by callers from lower-case parts, e.g. `signin:acct:<blindIndex>` or
 * `signin:ip:<ip>`; never put personal data in a key (use blindIndex). The key column compares
 * case-insensitively (its collation), so keys that differ only in case share a bucket.
 */

export type TThrottleOptions = {
  /** Hits allowed per window (>= 1). */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** How long the key is refused once it went over the limit; default windowMs. */
  blockMs?: number;
};

export type TThrottleResult = {
  allowed: boolean;
  /** Hits left in this window (0 when refused). */
  remaining: number;
  /** Seconds until the key is allowed again (0 when allowed, otherwise >= 1). */
  retryAfterSeconds: number;
};

/** A look at a key without counting: `blocked` is `!allowed`, both given for readability. */
export type TThrottleCheck = { allowed: boolean; blocked: boolean; retryAfterSeconds: number };

const MAX_KEY_LENGTH = 191;

/**
 * The stored form of a key: itself when it fits the column (191 characters, counted in code
 * points as the database does), otherwise a readable prefix of 120 characters plus the
 * SHA-256 of the whole key, so distinct long keys stay distinct and no character is split.
 */
export function throttleKey(key: string): string {
  if (!key) throw new TypeError("throttle: key is required");
  const chars = Array.from(key);
  if (chars.length <= MAX_KEY_LENGTH) return key;
  return `${chars.slice(0, 120).join("")}#${createHash("sha256").update(key, "utf8").digest("hex")}`;
}

function positiveInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`throttle: ${name} must be a positive integer`);
  return value;
}

const secondsFrom = (micros: number | bigint | null): number => Math.max(1, Math.ceil(Number(micros ?? 0) / 1_000_000));

/**
 * Counts one hit on `key` and says whether it is allowed. At most `limit` hits are allowed per
 * window of `windowMs`, however many instances hit the key at once: the counter moves in one
 * `INSERT ... ON DUPLICATE KEY UPDATE`, read back in the same transaction while the row lock
 * is held. The hit that goes over the limit blocks the key for `blockMs`; hits during the
 * block are refused and not counted. When the window or the block has run out, the next hit
 * starts a new window.
 */
export async function hit(key: string, options: TThrottleOptions): Promise<TThrottleResult> {
  const limit = positiveInt(options.limit, "limit");
  const windowMicros = positiveInt(options.windowMs, "windowMs") * 1000;
  const blockMicros = positiveInt(options.blockMs ?? options.windowMs, "blockMs") * 1000;
  const k = throttleKey(key);
  const db = platformDb();
  // MySQL and MariaDB evaluate ON DUPLICATE KEY UPDATE assignments left to right: `count` and
  // `windowStart` read the old values of the row; `blockedUntil`, assigned after them, reads
  // the new `count`; `expiresAt`, last, reads the new window and block. Keep this order.
  const [, rows] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO ThrottleBucket (\`key\`, \`count\`, windowStart, blockedUntil, expiresAt, updatedAt)
      VALUES (${k}, 1, UTC_TIMESTAMP(3), NULL, UTC_TIMESTAMP(3) + INTERVAL ${windowMicros} MICROSECOND, UTC_TIMESTAMP(3))
      ON DUPLICATE KEY UPDATE
        \`count\` = CASE
          WHEN blockedUntil > UTC_TIMESTAMP(3) THEN \`count\`
          WHEN blockedUntil IS NOT NULL OR windowStart <= UTC_TIMESTAMP(3) - INTERVAL ${windowMicros} MICROSECOND THEN 1
          ELSE \`count\` + 1 END,
        windowStart = CASE
          WHEN blockedUntil > UTC_TIMESTAMP(3) THEN windowStart
          WHEN blockedUntil IS NOT NULL OR windowStart <= UTC_TIMESTAMP(3) - INTERVAL ${windowMicros} MICROSECOND THEN UTC_TIMESTAMP(3)
          ELSE windowStart END,
        blockedUntil = CASE
          WHEN blockedUntil > UTC_TIMESTAMP(3) THEN blockedUntil
          WHEN \`count\` > ${limit} THEN UTC_TIMESTAMP(3) + INTERVAL ${blockMicros} MICROSECOND
          ELSE NULL END,
        expiresAt = GREATEST(windowStart + INTERVAL ${windowMicros} MICROSECOND, COALESCE(blockedUntil, windowStart)),
        updatedAt = UTC_TIMESTAMP(3)`,
    db.$queryRaw<{ count: number; blockedForMicros: number | bigint | null }[]>`
      SELECT \`count\`, TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), blockedUntil) AS blockedForMicros
      FROM ThrottleBucket WHERE \`key\` = ${k}`,
  ]);
  const row = rows[0];
  if (!row) throw new Error("throttle: bucket vanished inside its own transaction");
  // After the update blockedUntil is set exactly when this hit is refused (an expired block
  // was cleared by the update itself).
  if (row.blockedForMicros !== null) return { allowed: false, remaining: 0, retryAfterSeconds: secondsFrom(row.blockedForMicros) };
  return { allowed: true, remaining: Math.max(0, limit - Number(row.count)), retryAfterSeconds: 0 };
}

/**
 * Deletes buckets whose window and block have both ended before `before` (default: now, by the
 * database clock like every throttle decision). Deleting such a bucket changes nothing: its next
 * hit would start a new window anyway. The housekeeping job runs it.
 */
export async function pruneThrottleBuckets(options: TPruneOptions = {}): Promise<number> {
  const before = options.before ?? null;
  return deleteInBatches(
    (limit) => platformDb().$executeRaw`DELETE FROM ThrottleBucket WHERE expiresAt < COALESCE(${before}, UTC_TIMESTAMP(3)) ORDER BY expiresAt LIMIT ${limit}`,
    options,
  );
}

/** Whether `key` is currently blocked, without counting a hit. */
export async function check(key: string): Promise<TThrottleCheck> {
  const rows = await platformDb().$queryRaw<{ blockedForMicros: number | bigint | null }[]>`
    SELECT TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), blockedUntil) AS blockedForMicros
    FROM ThrottleBucket WHERE \`key\` = ${throttleKey(key)} AND blockedUntil > UTC_TIMESTAMP(3)`;
  const row = rows[0];
  return row
    ? { allowed: false, blocked: true, retryAfterSeconds: secondsFrom(row.blockedForMicros) }
    : { allowed: true, blocked: false, retryAfterSeconds: 0 };
}

/** Forgets `key` (its count and any block), e.g. after a successful sign-in. */
export async function reset(key: string): Promise<void> {
  await platformDb().throttleBucket.deleteMany({ where: { key: throttleKey(key) } });
}

/**
 * Throws AppError("RATE_LIMITED") with details.retryAfterSeconds (the error map turns it into
 * 429 with Retry-After) when `result` is not allowed; returns nothing otherwise.
 */
export function assertAllowed(result: Pick<TThrottleResult, "allowed" | "retryAfterSeconds">, message: string): void {
  if (!result.allowed) {
    throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: Math.max(1, result.retryAfterSeconds) });
  }
}
