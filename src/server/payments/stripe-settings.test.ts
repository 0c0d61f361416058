import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";

/** The Stripe and payment settings of src/env.ts. */
const base = { DATABASE_URL: "mysql://root@127.0.0.1:3306/ecom" };
const keys = { STRIPE_SECRET_KEY: "sk_test_abc123", STRIPE_PUBLISHABLE_KEY: "pk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" };

describe("Stripe settings", () => {
  it("leave Stripe unconfigured without a secret key, with Stripe's API and a 2 % fee by default", () => {
    const e = parseEnv(base);
    expect(e.stripe).toBeNull();
    expect([e.STRIPE_API_HOST, e.STRIPE_API_PORT, e.STRIPE_API_PROTOCOL]).toEqual(["api.stripe.com", 443, "https"]);
    expect(e.PLATFORM_FEE_BP).toBe(200);
    expect(e.PAYMENT_RECONCILE_AFTER_MINUTES).toBe(15);
  });

  it("configure Stripe from the three keys, pointed at a local fake when asked", () => {
    const e = parseEnv({ ...base, ...keys, STRIPE_API_HOST: "127.0.0.1", STRIPE_API_PORT: "12111", STRIPE_API_PROTOCOL: "http", PLATFORM_FEE_BP: "0" });
    expect(e.stripe).toEqual({ secretKey: "sk_test_abc123", publishableKey: "pk_test_abc123", webhookSecret: "whsec_abc123", host: "127.0.0.1", port: 12111, protocol: "http" });
    expect(e.PLATFORM_FEE_BP).toBe(0);
  });

  it("require the publishable key and webhook secret with the secret key, in the same mode", () => {
    expect(() => parseEnv({ ...base, STRIPE_SECRET_KEY: "sk_test_abc" })).toThrow(/STRIPE_PUBLISHABLE_KEY: required[\s\S]*STRIPE_WEBHOOK_SECRET: required/);
    expect(() => parseEnv({ ...base, ...keys, STRIPE_PUBLISHABLE_KEY: "pk_live_abc" })).toThrow(/STRIPE_PUBLISHABLE_KEY: must be a test-mode key/);
  });

  it("refuse malformed keys, fees and a live key sent anywhere but Stripe", () => {
    expect(() => parseEnv({ ...base, ...keys, STRIPE_SECRET_KEY: "pk_test_abc" })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => parseEnv({ ...base, ...keys, STRIPE_WEBHOOK_SECRET: "secret" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => parseEnv({ ...base, PLATFORM_FEE_BP: "10001" })).toThrow(/PLATFORM_FEE_BP/);
    expect(() => parseEnv({ ...base, PAYMENT_RECONCILE_AFTER_MINUTES: "0" })).toThrow(/PAYMENT_RECONCILE_AFTER_MINUTES/);
    const live = { STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_PUBLISHABLE_KEY: "pk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" };
    expect(() => parseEnv({ ...base, ...live, STRIPE_API_HOST: "127.0.0.1" })).toThrow(/STRIPE_API_HOST: a live key/);
    expect(parseEnv({ ...base, ...live }).stripe?.host).toBe("api.stripe.com");
  });
});
