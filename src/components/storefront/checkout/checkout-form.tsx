"use client";

import Link from "next/link";
import { parseMoney } from "@/lib/money";
import { useActionState, useEffect, useRef, useState } from "react";
import { placeOrderAction, quoteCheckoutAction } from "@/app/s/[store]/checkout/checkout-actions";
import { announceCartChange } from "@/components/storefront/cart/cart-events";
import { formatPrice } from "@/components/storefront/format-price";
import { primaryButton, textLink } from "@/components/storefront/styles";
import { AddressSection, type TAddressValues } from "./address-section";
import {
  INITIAL_CHECKOUT_STATE,
  PICKUP_ID,
  type TAddressField,
  type TCheckoutLine,
  type TCheckoutState,
  type TPaymentOption,
  type TQuoteView,
  type TSavedAddressOption,
} from "./checkout-types";
import { DiscountField } from "./discount-field";
import { FieldError, RadioGroup, TextField, fieldId } from "./fields";
import { OrderReview } from "./order-review";
import { OrderPayment } from "./order-payment";

type TProps = {
  currency: string;
  /** Made once per page load: a repeated submit of this page places one order. */
  checkoutKey: string;
  initialEmail: string;
  lines: TCheckoutLine[];
  requiresShipping: boolean;
  /** The countries the store ships to. */
  countries: { value: string; label: string }[];
  savedAddresses: TSavedAddressOption[];
  initialAddressId: string;
  initialCountry: string;
  /** A signed-in customer's name and phone, to start a new address with. */
  prefill: { name: string; phone: string };
  initialQuote: TQuoteView;
  paymentMethods: TPaymentOption[];
};

const newAddress = (country: string, prefill: { name: string; phone: string }): TAddressValues => ({
  name: prefill.name,
  company: "",
  line1: "",
  line2: "",
  city: "",
  region: "",
  postalCode: "",
  country,
  phone: prefill.phone,
});

/**
 * The checkout: contact email, shipping address and method (only when something ships),
 * payment method, discount code, and the review with the totals the domain computes for the
 * current choices (refreshed as the destination or shipping method changes). "Place order"
 * posts the form to the server action; errors come back per field and focus moves to the
 * first one. A card order then shows Stripe's Payment Element here.
 */
export function CheckoutForm(props: TProps) {
  const { currency, checkoutKey, lines, requiresShipping, countries, savedAddresses, paymentMethods } = props;
  const [state, formAction, placing] = useActionState(placeOrderAction, INITIAL_CHECKOUT_STATE);
  const [email, setEmail] = useState(props.initialEmail);
  const [addressId, setAddressId] = useState(props.initialAddressId);
  const [address, setAddress] = useState<TAddressValues>(() => newAddress(props.initialCountry, props.prefill));
  const [quote, setQuote] = useState<TQuoteView>(props.initialQuote);
  const [rateId, setRateId] = useState(props.initialQuote.shippingRateId ?? "");
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const [quoting, setQuoting] = useState(false);
  const [payment, setPayment] = useState(paymentMethods[0]?.code ?? "");
  // The fields the shopper changed since the last answer: their old messages no longer apply.
  const [edited, setEdited] = useState<{ answer: TCheckoutState; names: string[] }>({ answer: state, names: [] });
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const placedRef = useRef<HTMLHeadingElement>(null);
  const quoteSeq = useRef(0);
  const firstQuote = useRef(true);

  const saved = savedAddresses.find((a) => a.id === addressId);
  const destination = saved ? { country: saved.country, region: saved.region ?? "" } : { country: address.country, region: address.region };
  const [region, setRegion] = useState(destination.region);
  const pickup = rateId === PICKUP_ID;

  // The region is typed: quote it once the shopper pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => setRegion(destination.region), 400);
    return () => window.clearTimeout(timer);
  }, [destination.region]);

  useEffect(() => {
    if (!requiresShipping) return;
    if (firstQuote.current) {
      firstQuote.current = false;
      return;
    }
    const seq = ++quoteSeq.current;
    setQuoting(true);
    quoteCheckoutAction({ country: destination.country, region, shippingRateId: rateId })
      .then((result) => {
        if (seq !== quoteSeq.current) return;
        setQuoting(false);
        if (!result.ok) {
          setQuoteError(result.message);
          return;
        }
        setQuoteError(null);
        setQuote(result.quote);
        if (!result.quote.shippingRateId) {
          const first = result.quote.rates[0]?.id ?? "";
          if (first !== rateId) setRateId(first);
        }
      })
      .catch(() => {
        if (seq !== quoteSeq.current) return;
        setQuoting(false);
        setQuoteError("We could not update the totals. Check your connection.");
      });
  }, [requiresShipping, destination.country, region, rateId]);

  useEffect(() => {
    if (state === INITIAL_CHECKOUT_STATE) return;
    if (state.placed) {
      announceCartChange(0);
      placedRef.current?.focus();
      return;
    }
    window.setTimeout(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
      if (invalid && !state.outOfStock) invalid.focus();
      else alertRef.current?.focus();
    }, 0);
  }, [state]);

  const editedNames = edited.answer === state ? edited.names : [];
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).filter(([name]) => !editedNames.includes(name)));
  const clearError = (name: string) => {
    if (!state.fieldErrors?.[name] || editedNames.includes(name)) return;
    setEdited({ answer: state, names: [...editedNames, name] });
  };
  const setField = (field: TAddressField, value: string) => {
    setAddress((a) => ({ ...a, [field]: value }));
    clearError(`shippingAddress.${field}`);
    clearError("shippingAddress");
  };

  if (state.placed) {
    const placed = state.placed;
    return (
      <section aria-labelledby="placed-heading" className="space-y-4">
        <h2 id="placed-heading" ref={placedRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          Order #{placed.number} is placed: pay by card to complete it
        </h2>
        <p className="text-sm text-gray-700">
          Total to pay: <strong>{formatPrice(placed.total, currency)}</strong>. The items are held for you while you pay.
        </p>
        <OrderPayment
          orderId={placed.orderId}
          token={placed.orderPath ? new URL(placed.orderPath, "http://x").searchParams.get("token") : null}
          orderPath={placed.orderPath ?? `/orders/${encodeURIComponent(placed.orderId)}`}
          initial={placed.stripe}
          initialError={placed.paymentError}
        />
      </section>
    );
  }
  if (state.notice) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900">
        {state.notice}
      </p>
    );
  }

  const blocked = requiresShipping && !pickup && !quote.shipsToCountry;
  const noMethods = paymentMethods.length === 0;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-10" aria-describedby={state.formError ? "checkout-alert" : undefined}>
      <input type="hidden" name="checkoutKey" value={checkoutKey} />
      {state.formError ? (
        <div id="checkout-alert" ref={alertRef} tabIndex={-1} role="alert" className="space-y-2 rounded-md bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none" data-testid="checkout-error">
          <p className="font-semibold">{state.formError}</p>
          {state.outOfStock?.length ? (
            <>
              <ul className="list-disc space-y-1 pl-5">
                {state.outOfStock.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <p>
                <Link href="/cart" prefetch={false} className={textLink}>
                  Review your cart
                </Link>{" "}
                to change the quantity or remove the item.
              </p>
            </>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="checkout-contact-heading" className="space-y-4">
        <h2 id="checkout-contact-heading" className="text-lg font-semibold">
          Contact
        </h2>
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          value={email}
          onChange={(v) => {
            setEmail(v);
            clearError("email");
          }}
          error={errors.email}
          hint="We send the order confirmation and its status link here."
        />
      </section>

      {requiresShipping ? (
        <>
          <AddressSection
            saved={savedAddresses}
            addressId={addressId}
            onAddressId={(id) => {
              setAddressId(id);
              clearError("addressId");
            }}
            values={address}
            onChange={setField}
            countries={countries}
            errors={errors}
            pickup={pickup}
          />
          <section aria-labelledby="checkout-shipping-heading" aria-busy={quoting} className="space-y-3">
            <h2 id="checkout-shipping-heading" className="text-lg font-semibold">
              Shipping method
            </h2>
            {quote.rates.length ? (
              <RadioGroup
                name="shippingRateId"
                legend="Choose how your order reaches you"
                value={rateId}
                onChange={(id) => {
                  setRateId(id);
                  clearError("shippingRateId");
                }}
                error={errors.shippingRateId}
                choices={quote.rates.map((r) => ({
                  value: r.id,
                  label: (
                    <span className="flex justify-between gap-4">
                      <span>{r.name}</span>
                      <span className="tabular-nums">{parseMoney(r.price, currency) === 0n ? "Free" : formatPrice(r.price, currency)}</span>
                    </span>
                  ),
                  ...(r.instructions ? { detail: r.instructions } : {}),
                }))}
              />
            ) : (
              <p className="text-sm text-gray-700" id={fieldId("shippingRateId")}>
                {quote.shipsToCountry ? "No shipping method is available for this address." : "We do not ship to this country. Choose another address."}
              </p>
            )}
            {!quote.rates.length ? <FieldError name="shippingRateId" error={errors.shippingRateId} /> : null}
            {quoteError ? (
              <p role="alert" className="text-sm text-red-700">
                {quoteError}
              </p>
            ) : null}
          </section>
        </>
      ) : null}

      <section aria-labelledby="checkout-payment-heading" className="space-y-3">
        <h2 id="checkout-payment-heading" className="text-lg font-semibold">
          Payment
        </h2>
        {noMethods ? (
          <p className="text-sm text-red-700">This store cannot take payments right now. Please try again later.</p>
        ) : (
          <RadioGroup
            name="paymentMethod"
            legend="How would you like to pay?"
            value={payment}
            onChange={(code) => {
              setPayment(code as "cod" | "stripe");
              clearError("paymentMethod");
            }}
            error={errors.paymentMethod}
            choices={paymentMethods.map((m) => ({
              value: m.code,
              label: m.label,
              detail: m.code === payment && m.instructions ? m.instructions : m.description,
            }))}
          />
        )}
      </section>

      <DiscountField error={errors.discountCode} onEdit={() => clearError("discountCode")} />

      <OrderReview currency={currency} lines={lines} quote={quote} requiresShipping={requiresShipping} quoting={quoting} />

      <div className="space-y-2">
        <button
          type="submit"
          disabled={placing || quoting || noMethods || blocked}
          className={`${primaryButton} min-h-12 w-full text-base disabled:cursor-not-allowed disabled:opacity-60`}
          data-testid="place-order"
        >
          {placing ? "Placing your order…" : `Place order · ${formatPrice(quote.totals.total, currency)}`}
        </button>
        <p className="text-center text-xs text-gray-600">
          <Link href="/cart" prefetch={false} className={textLink}>
            Back to your cart
          </Link>
        </p>
      </div>
    </form>
  );
}
