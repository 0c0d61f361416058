import "server-only";
import Stripe from "stripe";
import { env, type TStripeConfig } from "@/env";
import { AppError } from "@/server/errors";

let cached: { config: TStripeConfig; client: Stripe } | undefined;

/** The Stripe settings, or null when STRIPE_SECRET_KEY is unset (cash on delivery only). */
export function stripeConfig(): TStripeConfig | null {
  return env().stripe;
}

/** Why Stripe cannot be offered, for the dashboard and for refusals. */
export const STRIPE_NOT_CONFIGURED_MESSAGE =
  "Card payments with Stripe are not configured on this platform (STRIPE_SECRET_KEY is not set). Customers can pay cash on delivery or by bank transfer.";

/**
 * The platform's Stripe client (one per configuration). Calls for a store's connected account
 * pass `{ stripeAccount }` per request. API host, port and protocol come from configuration,
 * so tests and e2e point the real SDK at the local fake (test/fake-stripe). Network retries
 * are safe: every POST we make carries an idempotency key.
 *
 * @throws AppError CONFLICT (paymentMethod: stripe_not_configured) when Stripe is not configured.
 */
export function stripeClient(): Stripe {
  const config = stripeConfig();
  if (!config) {
    throw new AppError("CONFLICT", STRIPE_NOT_CONFIGURED_MESSAGE, {
      fields: [{ path: "paymentMethod", message: STRIPE_NOT_CONFIGURED_MESSAGE, code: "stripe_not_configured" }],
    });
  }
  if (cached?.config !== config) {
    const local = config.host !== "api.stripe.com";
    cached = {
      config,
      client: new Stripe(config.secretKey, {
        host: config.host,
        port: config.port,
        protocol: config.protocol,
        maxNetworkRetries: local ? 0 : 2,
        timeout: local ? 10_000 : 30_000,
        telemetry: false,
        appInfo: { name: "ECOM" },
      }),
    };
  }
  return cached.client;
}

/** Verifies a webhook's signature on the raw body and parses it (the SDK's constructEvent). */
export function constructStripeEvent(rawBody: string, signature: string, secret: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(rawBody, signature, secret);
}
