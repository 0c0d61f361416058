import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const base = { DATABASE_URL: "mysql://root@127.0.0.1:3306/ecom" };

describe("parseEnv", () => {
  it("gives development defaults", () => {
    const e = parseEnv(base);
    expect(e.ROOT_DOMAIN).toBe("localhost:3000");
    expect(e.protocol).toBe("http");
    expect(e.mailTransport).toBe("mailbox");
    expect(e.OUTBOX_MAX_ATTEMPTS).toBe(10);
  });

  it("lists every problem at once", () => {
    try {
      parseEnv({ DATABASE_URL: "postgres://x", OUTBOX_MAX_ATTEMPTS: "0", ROOT_DOMAIN: "Bad Domain" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join("\n");
      expect(problems).toContain("DATABASE_URL");
      expect(problems).toContain("OUTBOX_MAX_ATTEMPTS");
      expect(problems).toContain("ROOT_DOMAIN");
    }
  });

  it("reads worker job intervals: unset or empty means the default, out-of-range values are refused", () => {
    expect(parseEnv(base).JOB_EXPIRE_RESERVATIONS_MS).toBeUndefined();
    expect(parseEnv({ ...base, JOB_EXPIRE_RESERVATIONS_MS: "" }).JOB_EXPIRE_RESERVATIONS_MS).toBeUndefined();
    expect(parseEnv({ ...base, JOB_RECONCILE_STRIPE_MS: "120000" }).JOB_RECONCILE_STRIPE_MS).toBe(120_000);
    expect(() => parseEnv({ ...base, JOB_PURGE_CARTS_MS: "500" })).toThrow(/JOB_PURGE_CARTS_MS/);
    expect(() => parseEnv({ ...base, JOB_PURGE_CARTS_MS: "1500.5" })).toThrow(/JOB_PURGE_CARTS_MS/);
    expect(parseEnv({ ...base, JOB_PRUNE_RECORDS_MS: "600000" }).JOB_PRUNE_RECORDS_MS).toBe(600_000);
    expect(() => parseEnv({ ...base, JOB_PRUNE_RECORDS_MS: "999" })).toThrow(/JOB_PRUNE_RECORDS_MS/);
  });

  it("keeps delivered events and webhook ids 30 days by default; webhook ids at least 7 (providers retry for days)", () => {
    expect(parseEnv(base)).toMatchObject({ OUTBOX_RETENTION_DAYS: 30, WEBHOOK_EVENT_RETENTION_DAYS: 30 });
    expect(parseEnv({ ...base, OUTBOX_RETENTION_DAYS: "1", WEBHOOK_EVENT_RETENTION_DAYS: "7" })).toMatchObject({ OUTBOX_RETENTION_DAYS: 1, WEBHOOK_EVENT_RETENTION_DAYS: 7 });
    expect(() => parseEnv({ ...base, WEBHOOK_EVENT_RETENTION_DAYS: "3" })).toThrow(/WEBHOOK_EVENT_RETENTION_DAYS/);
    expect(() => parseEnv({ ...base, OUTBOX_RETENTION_DAYS: "0" })).toThrow(/OUTBOX_RETENTION_DAYS/);
  });

  it("reports a missing DATABASE_URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: missing/);
  });

  it("requires a session secret and a real mail transport in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(
      /AUTH_SECRET: required in production[\s\S]*PII_ENCRYPTION_KEYS: required in production[\s\S]*SMTP_URL: required in production/,
    );
    const prod = { ...base, NODE_ENV: "production", AUTH_SECRET: "s".repeat(32), PII_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}` };
    expect(parseEnv({ ...prod, SMTP_URL: "smtp://mail:25" }).mailTransport).toBe("smtp");
    // The mailbox is never implied in production, only allowed when asked for explicitly.
    expect(parseEnv({ ...prod, MAIL_TRANSPORT: "mailbox" }).mailTransport).toBe("mailbox");
  });

  it("uses https for a public root domain", () => {
    expect(parseEnv({ ...base, ROOT_DOMAIN: "shop.example.com" }).protocol).toBe("https");
  });
});

describe("PII keys", () => {
  const k = (id: string, fill: number) => `${id}:${Buffer.alloc(32, fill).toString("base64")}`;

  it("parses a key ring and uses the last key unless one is named active", () => {
    const ring = parseEnv({ ...base, PII_ENCRYPTION_KEYS: `${k("a", 1)},${k("b", 2)}` }).piiKeys;
    expect([...ring.keys.keys()]).toEqual(["a", "b"]);
    expect(ring.keys.get("a")).toEqual(Buffer.alloc(32, 1));
    expect(ring.activeKeyId).toBe("b");
    expect(parseEnv({ ...base, PII_ENCRYPTION_KEYS: `${k("a", 1)},${k("b", 2)}`, PII_ACTIVE_KEY_ID: "a" }).piiKeys.activeKeyId).toBe("a");
  });

  it("refuses malformed keys and an active id that is not in the ring", () => {
    expect(() => parseEnv({ ...base, PII_ENCRYPTION_KEYS: "a:short" })).toThrow(/PII_ENCRYPTION_KEYS/);
    expect(() => parseEnv({ ...base, PII_ENCRYPTION_KEYS: k("a", 1), PII_ACTIVE_KEY_ID: "zz" })).toThrow(/PII_ACTIVE_KEY_ID/);
  });
});
