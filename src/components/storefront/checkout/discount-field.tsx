"use client";

import { useState, useTransition } from "react";
import { checkDiscountCodeAction } from "@/app/s/[store]/checkout/checkout-actions";
import { focusRing } from "@/components/storefront/styles";
import { errorId, fieldId } from "./fields";

type TProps = {
  /** The message the last "Place order" got for the code. */
  error?: string | undefined;
  /** The shopper changed the code (the old message no longer applies). */
  onEdit: () => void;
};

/**
 * The discount code (sent with the order as discountCode). "Apply" asks the discounts
 * extension point now, so an unknown code is answered before the order is placed.
 */
export function DiscountField({ error, onEdit }: TProps) {
  const [discountCode, setDiscountCode] = useState("");
  const [discount, setDiscount] = useState<{ ok: boolean; message: string } | null>(null);
  const [checkingCode, startCodeCheck] = useTransition();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={fieldId("discountCode")} className="block text-sm font-medium text-gray-800">
            Discount code <span className="font-normal text-gray-500">(optional)</span>
          </label>
          <input
            id={fieldId("discountCode")}
            name="discountCode"
            value={discountCode}
            maxLength={64}
            autoComplete="off"
            onChange={(e) => {
              setDiscountCode(e.target.value);
              setDiscount(null);
              onEdit();
            }}
            aria-invalid={error || discount?.ok === false ? true : undefined}
            aria-describedby={error || discount ? errorId("discountCode") : undefined}
            className={`mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-base sm:text-sm aria-[invalid=true]:border-red-600 ${focusRing}`}
          />
        </div>
        <button
          type="button"
          disabled={checkingCode || !discountCode.trim()}
          onClick={() =>
            startCodeCheck(async () => {
              try {
                setDiscount(await checkDiscountCodeAction(discountCode));
              } catch {
                setDiscount({ ok: false, message: "We could not check the code just now." });
              }
            })
          }
          className={`rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-50 disabled:opacity-60 ${focusRing}`}
        >
          {checkingCode ? "Checking…" : "Apply"}
        </button>
      </div>
      <div aria-live="polite">
        {error || discount ? (
          <p id={errorId("discountCode")} className={`text-sm ${error || !discount?.ok ? "text-red-700" : "text-green-800"}`}>
            {error ?? discount?.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
