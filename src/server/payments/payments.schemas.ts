import { z } from "zod";

/**
 * Inputs of the payments domain. Nothing here imports server code, so client forms may use
 * these schemas too.
 */

/** Where Stripe's hosted onboarding sends the merchant back (the dashboard builds both URLs). */
const ZReturnUrl = z
  .url({ protocol: /^https?$/, message: "Enter an http(s) URL" })
  .max(2_000, "At most 2000 characters");

export const ZStripeOnboardingInput = z.strictObject({
  /** The merchant finished (or left) onboarding. */
  returnUrl: ZReturnUrl,
  /** The link expired or was already used: the page behind it asks for a new one. */
  refreshUrl: ZReturnUrl,
});
export type TStripeOnboardingInput = z.infer<typeof ZStripeOnboardingInput>;

export const ZReconcileInput = z.strictObject({
  now: z.date().optional(),
  /** Only orders placed at least this long ago (default PAYMENT_RECONCILE_AFTER_MINUTES). */
  olderThanMinutes: z.number().int().min(0).max(10_080).optional(),
  /** Orders looked at in one run. */
  limit: z.number().int().min(1).max(1_000).default(100),
});
export type TReconcileInput = z.input<typeof ZReconcileInput>;

/** Payment methods a shopper can choose, as the storefront API spells them. */
export const PAYMENT_METHOD_CODES = ["cod", "stripe"] as const;
export const ZPaymentMethodCode = z.enum(PAYMENT_METHOD_CODES);
export type TPaymentMethodCode = z.infer<typeof ZPaymentMethodCode>;
