"use client";

import { useState, useTransition } from "react";
import { startOrderPaymentAction } from "@/app/s/[store]/checkout/checkout-actions";
import { primaryButton } from "@/components/storefront/styles";
import type { TStripeStart } from "./checkout-types";
import { StripePayment } from "./stripe-payment";

type TProps = {
  orderId: string;
  /** The status token of the link this page was opened with (null: the signed-in owner). */
  token: string | null;
  orderPath: string;
  /** Already started (right after placing the order). */
  initial?: TStripeStart | null;
  initialError?: string | null;
};

/**
 * The card payment of an order awaiting it: the Payment Element when the payment is started,
 * else a button that starts (or resumes) it, with the reason when that failed.
 */
export function OrderPayment({ orderId, token, orderPath, initial = null, initialError = null }: TProps) {
  const [stripe, setStripe] = useState<TStripeStart | null>(initial);
  const [error, setError] = useState<string | null>(initialError);
  const [pending, startTransition] = useTransition();

  if (stripe) return <StripePayment {...stripe} orderPath={orderPath} />;
  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        disabled={pending}
        className={`${primaryButton} min-h-11 disabled:opacity-60`}
        onClick={() =>
          startTransition(async () => {
            try {
              const result = await startOrderPaymentAction(orderId, token);
              if (result.ok) {
                setError(null);
                setStripe(result.stripe);
              } else setError(result.message);
            } catch {
              setError("The card payment could not be started. Check your connection and try again.");
            }
          })
        }
      >
        {pending ? "Starting the payment…" : error ? "Try the card payment again" : "Pay by card"}
      </button>
    </div>
  );
}
