/**
 * The only reader of process.env. Every setting is declared, validated and documented here
 * (and in .env.example). Parsing is lazy so that `next build` can import server modules
 * without a runtime configuration; `assertEnv()` runs at server and worker start-up
 * (src/instrumentation.ts, scripts/*) and fails fast with a readable list of problems.
 */
import { z } from "zod";

/** A worker job interval: a whole number of milliseconds from 1 s to 7 days. */
const ZJobInterval = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce.number().int("a whole number of milliseconds").min(1_000, "at least 1000 (1 s)").max(604_800_000, "at most 604800000 (7 days)").optional(),
);

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^(mysql|mariadb):\/\//, "must be a mysql:// or mariadb:// URL")
      .describe("MySQL/MariaDB connection URL"),
    ROOT_DOMAIN: z
      .string()
      .regex(/^[a-z0-9.-]+(:\d+)?$/, "host[:port], lower case, e.g. shop.example.com or localhost:3000")
      .default("localhost:3000"),
    PUBLIC_PROTOCOL: z.enum(["http", "https"]).optional(),
    AUTH_SECRET: z.string().min(32, "at least 32 characters").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    API_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
    TENANT_CACHE_TTL_MS: z.coerce.number().int().min(0).default(5_000),
    // Read by src/server/cache/*.mjs directly (Next loads the cache handler outside the bundle);
    // validated here so a bad value stops the server at start.
    CACHE_TAG_POLL_MS: z.coerce.number().int().min(0).max(1_500).default(500),
    PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).default(256),
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1_000),
    OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).default(60_000),
    OUTBOX_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(2_000),
    OUTBOX_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
    // Housekeeping (src/server/events/registry.ts): delivered outbox events and applied
    // webhook event ids are deleted after this many days. Webhook ids must outlive the
    // providers' retries (Stripe retries for up to 3 days), hence at least 7.
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    WEBHOOK_EVENT_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(30),
    CRON_SECRET: z.string().min(16, "at least 16 characters").optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    MAIL_TRANSPORT: z.enum(["smtp", "mailbox"]).optional(),
    MAIL_FROM: z.string().min(3).max(320).default("ECOM <no-reply@localhost>"),
    PII_ENCRYPTION_KEYS: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/_-]{43}=?(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/_-]{43}=?)*$/, "comma-separated keyId:base64(32 bytes) pairs")
      .optional(),
    PII_ACTIVE_KEY_ID: z.string().min(1).max(16).optional(),
    TRUST_PROXY: bool.default(false),
    STORAGE_DIR: z.string().min(1).default(".data/storage"),
    MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    SIGNIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
    STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, "a Stripe secret key (sk_test_..., sk_live_... or a restricted rk_ key)").optional(),
    STRIPE_PUBLISHABLE_KEY: z.string().regex(/^pk_(test|live)_[A-Za-z0-9_]+$/, "a Stripe publishable key (pk_test_... or pk_live_...)").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9_]+$/, "a Stripe webhook signing secret (whsec_...)").optional(),
    STRIPE_API_HOST: z.string().regex(/^[a-z0-9.-]+$/, "a host name without scheme or port").default("api.stripe.com"),
    STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).default(443),
    STRIPE_API_PROTOCOL: z.enum(["http", "https"]).default("https"),
    PLATFORM_FEE_BP: z.coerce.number().int().min(0).max(10_000).default(200),
    PAYMENT_RECONCILE_AFTER_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    // Worker job intervals (npm run worker); unset = the defaults in src/server/events/registry.ts.
    JOB_EXPIRE_RESERVATIONS_MS: ZJobInterval,
    JOB_RECONCILE_STRIPE_MS: ZJobInterval,
    JOB_PURGE_CARTS_MS: ZJobInterval,
    JOB_PRUNE_RECORDS_MS: ZJobInterval,
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "required in production" });
    }
    if (e.NODE_ENV === "production" && !e.PII_ENCRYPTION_KEYS) {
      ctx.addIssue({ code: "custom", path: ["PII_ENCRYPTION_KEYS"], message: "required in production" });
    }
    if (e.PII_ACTIVE_KEY_ID && e.PII_ENCRYPTION_KEYS && !e.PII_ENCRYPTION_KEYS.split(",").some((k) => k.split(":")[0] === e.PII_ACTIVE_KEY_ID)) {
      ctx.addIssue({ code: "custom", path: ["PII_ACTIVE_KEY_ID"], message: "must name one of PII_ENCRYPTION_KEYS" });
    }
    if (e.MAIL_TRANSPORT === "smtp" && !e.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "required when MAIL_TRANSPORT=smtp" });
    }
    if (e.NODE_ENV === "production" && !e.SMTP_URL && e.MAIL_TRANSPORT !== "mailbox") {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "required in production (or set MAIL_TRANSPORT=mailbox explicitly for a demo)",
      });
    }
    if (e.STRIPE_SECRET_KEY) {
      for (const key of ["STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET"] as const) {
        if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when STRIPE_SECRET_KEY is set" });
      }
      const secretMode = e.STRIPE_SECRET_KEY.split("_")[1];
      if (e.STRIPE_PUBLISHABLE_KEY && e.STRIPE_PUBLISHABLE_KEY.split("_")[1] !== secretMode) {
        ctx.addIssue({ code: "custom", path: ["STRIPE_PUBLISHABLE_KEY"], message: `must be a ${secretMode}-mode key like STRIPE_SECRET_KEY` });
      }
    }
    if (e.STRIPE_API_HOST !== "api.stripe.com" && e.STRIPE_SECRET_KEY?.includes("_live_")) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_API_HOST"], message: "a live key is only ever sent to api.stripe.com" });
    }
  });

export type TEnv = z.infer<typeof ZEnv> & {
  /** http or https for links on ROOT_DOMAIN and store hosts. */
  protocol: "http" | "https";
  /** Secret for signing sessions; a fixed development value outside production. */
  authSecret: string;
  /** Which mail transport is active. */
  mailTransport: "smtp" | "mailbox";
  /** PII encryption keys by id (32 bytes each) and the id new values are encrypted under. */
  piiKeys: { keys: Map<string, Buffer>; activeKeyId: string };
  /** Stripe, when STRIPE_SECRET_KEY is set (else the storefront offers only cash on delivery). */
  stripe: TStripeConfig | null;
};

export type TStripeConfig = {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** Where the SDK sends API calls: api.stripe.com, or the local fake in tests. */
  host: string;
  port: number;
  protocol: "http" | "https";
};

/** Development-only key (never accepted in production: PII_ENCRYPTION_KEYS is required there). */
const DEV_PII_KEYS = "dev1:ZWNvbS1kZXZlbG9wbWVudC1waWkta2V5LTMyYnl0ZXM=";

function parsePiiKeys(spec: string, active: string | undefined) {
  const keys = new Map<string, Buffer>();
  for (const pair of spec.split(",")) {
    const [id, material] = pair.split(":") as [string, string];
    keys.set(id, Buffer.from(material.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  const ids = [...keys.keys()];
  return { keys, activeKeyId: active ?? ids[ids.length - 1]! };
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

let cached: TEnv | undefined;

/** Parses an environment object; exported for tests. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = ZEnv.safeParse(raw);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message === "Invalid input: expected string, received undefined" ? "missing" : i.message}`),
    );
  }
  const e = result.data;
  const isLocal = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(e.ROOT_DOMAIN) || e.ROOT_DOMAIN.endsWith(".localhost");
  return {
    ...e,
    protocol: e.PUBLIC_PROTOCOL ?? (isLocal ? "http" : "https"),
    authSecret: e.AUTH_SECRET ?? "ecom-development-secret-not-for-production-use",
    mailTransport: e.SMTP_URL && e.MAIL_TRANSPORT !== "mailbox" ? "smtp" : "mailbox",
    piiKeys: parsePiiKeys(e.PII_ENCRYPTION_KEYS ?? DEV_PII_KEYS, e.PII_ENCRYPTION_KEYS ? e.PII_ACTIVE_KEY_ID : "dev1"),
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_PUBLISHABLE_KEY && e.STRIPE_WEBHOOK_SECRET
        ? {
            secretKey: e.STRIPE_SECRET_KEY,
            publishableKey: e.STRIPE_PUBLISHABLE_KEY,
            webhookSecret: e.STRIPE_WEBHOOK_SECRET,
            host: e.STRIPE_API_HOST,
            port: e.STRIPE_API_PORT,
            protocol: e.STRIPE_API_PROTOCOL,
          }
        : null,
  };
}

/** The validated configuration (parsed once, on first use). */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed configuration (tests that change process.env between cases). */
export function resetEnvForTests(): void {
  cached = undefined;
}

/**
 * next-auth 4 reads NEXTAUTH_URL and NEXTAUTH_SECRET itself. The platform realm lives on
 * ROOT_DOMAIN only, so both are derived from this configuration unless set explicitly.
 */
export function exportAuthLibraryEnv(): void {
  const e = env();
  process.env.NEXTAUTH_URL ??= `${e.protocol}://${e.ROOT_DOMAIN}`;
  process.env.NEXTAUTH_SECRET ??= e.authSecret;
}

/** Fails fast, at start-up, with every configuration problem at once. */
export function assertEnv(): TEnv {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Build-time and runtime facts that are not configuration. */
export const runtime = {
  isNextBuild: () => process.env.NEXT_PHASE === "phase-production-build",
  isCi: () => Boolean(process.env.CI),
};
