"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Stripe } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { useEffect, useRef, useState } from "react";
import { primaryButton, textLink } from "@/components/storefront/styles";
import type { TStripeStart } from "./checkout-types";

/** How long Stripe.js may take to load before the page says the card form is unavailable. */
const LOAD_TIMEOUT_MS = 15_000;

type TProps = TStripeStart & {
  /** The order's page on this host: Stripe returns the shopper there, and so do we. */
  orderPath: string;
};

type TLoad = { state: "loading" } | { state: "ready"; stripe: Stripe } | { state: "failed" };

/**
 * Stripe's Payment Element for a placed order (the card data goes from the browser to Stripe
 * only). Stripe.js is loaded for the store's connected account when this mounts; when it
 * cannot load (offline, blocked) the page says so and points to the order, never crashes.
 * The order turns paid from Stripe's webhook, not from this page, so leaving after paying is
 * fine.
 */
export function StripePayment({ publishableKey, stripeAccount, clientSecret, orderPath }: TProps) {
  const [load, setLoad] = useState<TLoad>({ state: "loading" });
  const [elementFailed, setElementFailed] = useState(false);
  useEffect(() => {
    let done = false;
    const timer = window.setTimeout(() => {
      if (!done) setLoad({ state: "failed" });
      done = true;
    }, LOAD_TIMEOUT_MS);
    loadStripe(publishableKey, { stripeAccount })
      .then((stripe) => {
        if (done) return;
        done = true;
        setLoad(stripe ? { state: "ready", stripe } : { state: "failed" });
      })
      .catch(() => {
        if (done) return;
        done = true;
        setLoad({ state: "failed" });
      })
      .finally(() => window.clearTimeout(timer));
    return () => {
      done = true;
      window.clearTimeout(timer);
    };
  }, [publishableKey, stripeAccount]);

  if (load.state === "failed" || elementFailed) {
    return (
      <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-gray-900" data-testid="card-form-unavailable">
        <p className="font-semibold">The card form could not load.</p>
        <p>
          Your order is saved and its items are held for a while. Check your connection, then pay from{" "}
          <a href={orderPath} className={textLink}>
            your order&apos;s page
          </a>{" "}
          (the link is also in your confirmation email).
        </p>
      </div>
    );
  }
  if (load.state === "loading") {
    return (
      <p role="status" aria-busy="true" className="text-sm text-gray-700">
        Loading the secure card form…
      </p>
    );
  }
  return (
    <Elements stripe={load.stripe} options={{ clientSecret }}>
      <PayForm orderPath={orderPath} onLoadError={() => setElementFailed(true)} />
    </Elements>
  );
}

function PayForm({ orderPath, onLoadError }: { orderPath: string; onLoadError: () => void }) {
  const stripe = useStripe();
  const elements = useElements();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!stripe || !elements || pending) return;
    setPending(true);
    setError(null);
    const returnUrl = new URL(orderPath, window.location.origin).toString();
    try {
      const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl }, redirect: "if_required" });
      if (result.error) {
        setError(result.error.message ?? "The payment did not go through. Check the card details and try again.");
        window.setTimeout(() => errorRef.current?.focus(), 0);
        setPending(false);
        return;
      }
      window.location.assign(returnUrl);
    } catch {
      setError("The payment could not be sent. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Card payment">
      <PaymentElement onLoadError={onLoadError} />
      {error ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={!stripe || !elements || pending} className={`${primaryButton} min-h-11 w-full disabled:opacity-60`}>
        {pending ? "Paying…" : "Pay now"}
      </button>
    </form>
  );
}
