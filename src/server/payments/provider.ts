import type { TPaymentMethodCode } from "./payments.schemas";

/**
 * What a payment method must do. The checkout lists the methods a store offers
 * (`describe`) and, once the order is placed, starts its payment (`startPayment`). An order is
 * marked paid elsewhere: by staff for cash on delivery (markOrderPaid in the orders domain),
 * by a verified webhook or the reconciliation job for Stripe.
 */
export interface TPaymentProvider {
  readonly code: TPaymentMethodCode;
  /** The Order.paymentMethod / Payment.provider value. */
  readonly method: "COD" | "STRIPE";
  /** Whether the store offers this method now, and how to present it. */
  describe(storeId: string): Promise<TPaymentMethodDescription>;
  /** Starts paying a placed order of this method (idempotent: calling again resumes). */
  startPayment(storeId: string, orderId: string): Promise<TPaymentStart>;
}

export type TPaymentMethodDescription = {
  code: TPaymentMethodCode;
  method: "COD" | "STRIPE";
  label: string;
  description: string;
  available: boolean;
  /** Why it is not available (for the dashboard; shoppers just do not see the method). */
  unavailableReason: string | null;
};

export type TPaymentStart =
  | {
      code: "cod";
      /** What the shopper must do (the store's instructions, or a default). */
      instructions: string;
    }
  | {
      code: "stripe";
      /** The PaymentIntent's client secret for the Payment Element. */
      clientSecret: string;
      publishableKey: string;
      /** The store's connected account: the browser loads stripe.js with `{ stripeAccount }`. */
      stripeAccount: string;
      paymentIntentId: string;
    };
