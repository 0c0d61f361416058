"use client";

import Link from "next/link";
import { useId, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { addToCartAction } from "@/app/s/[store]/cart/cart-actions";
import type { TSlotItem } from "@/components/storefront/service-slot-list";
import { focusRing, inputClass, primaryButton, textLink } from "@/components/storefront/styles";
import { announceCartChange } from "./cart-events";
import type { TAddToCartResult } from "./cart-types";

export type TAddToCartProps = {
  /** The chosen variant; null when the chosen option combination does not exist. */
  variantId: string | null;
  /** Whether the chosen variant can be bought (the picker's availability). */
  available: boolean;
  productType: "PHYSICAL" | "DIGITAL" | "SERVICE";
  /** Services: the bookable times (a time must be chosen). */
  slots?: TSlotItem[];
};

type TMessage = { kind: "success" | "error"; text: string; variantId: string } | null;

const MINUTE = 60_000;

/** The current minute in the browser; null while rendering on the server and hydrating. */
function subscribeMinutes(onChange: () => void) {
  const timer = window.setInterval(onChange, MINUTE / 4);
  return () => window.clearInterval(timer);
}
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;
const noMinute = () => null;

/**
 * Quantity (and, for a service, the time) and "Add to cart". The product page is a cached
 * static page, so this runs in the browser: it calls the cart's server action, shows its answer
 * (sold out, only N left, choose a time ...) next to the field it concerns, and tells the
 * header's cart link the new count. Nothing about the shopper is ever rendered on the server.
 */
export function AddToCart({ variantId, available, productType, slots = [] }: TAddToCartProps) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [quantity, setQuantity] = useState("1");
  const [slotId, setSlotId] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ variantId: string | null; errors: Record<string, string> }>({ variantId: null, errors: {} });
  const [shown, setMessage] = useState<TMessage>(null);
  // The page is cached: times that have started since it was rendered can no longer be booked.
  const now = useSyncExternalStore(subscribeMinutes, currentMinute, noMinute);
  const quantityRef = useRef<HTMLInputElement>(null);
  const slotRef = useRef<HTMLSelectElement>(null);
  const service = productType === "SERVICE";

  // Messages belong to the variant they were about: choosing another one clears them.
  const message = shown && shown.variantId === variantId ? shown : null;
  const errors = fieldErrors.variantId === variantId ? fieldErrors.errors : {};
  const setErrors = (next: Record<string, string>) => setFieldErrors({ variantId, errors: next });

  const bookable = (now === null ? slots : slots.filter((s) => Date.parse(s.startsAt) > now)).filter((s) => s.seatsLeft > 0);
  const canAdd = variantId !== null && available && (!service || bookable.length > 0);
  const label = variantId === null ? "Unavailable" : !available ? "Sold out" : service && bookable.length === 0 ? "No times available" : "Add to cart";

  function show(result: TAddToCartResult) {
    if (result.ok) {
      setErrors({});
      setMessage({ kind: "success", text: result.message, variantId: variantId ?? "" });
      announceCartChange(result.itemCount);
      return;
    }
    const next: Record<string, string> = {};
    if (result.fieldErrors.slotId) next.slotId = result.fieldErrors.slotId;
    if (result.fieldErrors.quantity) next.quantity = result.fieldErrors.quantity;
    setErrors(next);
    setMessage({ kind: "error", text: result.message, variantId: variantId ?? "" });
    if (next.slotId) slotRef.current?.focus();
    else if (next.quantity) quantityRef.current?.focus();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!variantId || !canAdd || pending) return;
    const local: Record<string, string> = {};
    if (service && !slotId) local.slotId = "Choose a time";
    if (!/^\s*\d+\s*$/.test(quantity) || Number(quantity) < 1) local.quantity = "Enter a whole number, at least 1";
    if (Object.keys(local).length) {
      setErrors(local);
      setMessage({ kind: "error", text: local.slotId ?? local.quantity!, variantId });
      if (local.slotId) slotRef.current?.focus();
      else quantityRef.current?.focus();
      return;
    }
    setMessage(null);
    startTransition(async () => {
      try {
        show(await addToCartAction({ variantId, quantity: quantity.trim(), ...(service ? { slotId } : {}) }));
      } catch {
        setMessage({ kind: "error", text: "We could not add this to your cart just now. Please try again.", variantId });
      }
    });
  }

  const describedBy = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add to cart" data-testid="add-to-cart">
      {service ? (
        <div>
          <label htmlFor={`${id}-slot`} className="block text-sm font-medium text-gray-800">
            Booking time
          </label>
          <select
            ref={slotRef}
            id={`${id}-slot`}
            name="slotId"
            value={slotId}
            onChange={(e) => setSlotId(e.target.value)}
            required
            aria-invalid={errors.slotId ? true : undefined}
            aria-describedby={describedBy("slotId")}
            className={`mt-1 ${inputClass} aria-[invalid=true]:border-red-600`}
          >
            <option value="">Choose a time</option>
            {bookable.map((slot) => (
              <option key={slot.id} value={slot.id}>
                {slot.start} – {slot.end} ({slot.seatsLeft === 1 ? "1 place left" : `${slot.seatsLeft} places left`})
              </option>
            ))}
          </select>
          {errors.slotId ? (
            <p id={`${id}-slotId-error`} className="mt-1 text-sm text-red-700">
              {errors.slotId}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-quantity`} className="block text-sm font-medium text-gray-800">
            Quantity
          </label>
          <input
            ref={quantityRef}
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            aria-invalid={errors.quantity ? true : undefined}
            aria-describedby={describedBy("quantity")}
            className={`mt-1 w-24 ${inputClass} aria-[invalid=true]:border-red-600`}
          />
        </div>
        <button type="submit" disabled={!canAdd || pending} className={`${primaryButton} min-h-11 px-6 disabled:cursor-not-allowed disabled:opacity-60`}>
          {pending ? "Adding…" : label}
        </button>
      </div>
      {errors.quantity ? (
        <p id={`${id}-quantity-error`} className="text-sm text-red-700">
          {errors.quantity}
        </p>
      ) : null}
      <div aria-live="polite" aria-atomic="true">
        {message?.kind === "success" ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="add-to-cart-message">
            {message.text}{" "}
            <Link href="/cart" prefetch={false} className={`${textLink} ${focusRing}`}>
              View cart
            </Link>
          </p>
        ) : null}
      </div>
      {message?.kind === "error" && !errors.quantity && !errors.slotId ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="add-to-cart-message">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
