"use client";

import { FieldError, RadioGroup, SelectField, TextField } from "./fields";
import { NEW_ADDRESS, type TAddressField, type TSavedAddressOption } from "./checkout-types";

export type TAddressValues = Record<TAddressField, string>;

type TProps = {
  saved: TSavedAddressOption[];
  addressId: string;
  onAddressId: (id: string) => void;
  values: TAddressValues;
  onChange: (field: TAddressField, value: string) => void;
  countries: { value: string; label: string }[];
  errors: Record<string, string>;
  /** Local pickup chosen: the address is not needed. */
  pickup: boolean;
};

const key = (field: TAddressField) => `shippingAddress.${field}`;

/**
 * The shipping address: a signed-in customer chooses one of their saved addresses (those in a
 * country the store does not ship to are shown but cannot be chosen) or enters a new one; a
 * guest enters one. The country list holds only the countries the store ships to.
 */
export function AddressSection({ saved, addressId, onAddressId, values, onChange, countries, errors, pickup }: TProps) {
  const entering = saved.length === 0 || addressId === NEW_ADDRESS;
  const required = !pickup;
  return (
    <section aria-labelledby="checkout-address-heading" className="space-y-4">
      <h2 id="checkout-address-heading" className="text-lg font-semibold">
        Shipping address
      </h2>
      {pickup ? <p className="text-sm text-gray-700">You chose local pickup: no shipping address is needed.</p> : null}
      {saved.length ? (
        <RadioGroup
          name="addressId"
          legend="Ship to"
          value={addressId}
          onChange={onAddressId}
          error={errors.addressId}
          choices={[
            ...saved.map((a) => ({
              value: a.id,
              label: a.summary,
              disabled: !a.shippable,
              ...(a.shippable ? {} : { detail: "We do not ship to this country." }),
            })),
            { value: NEW_ADDRESS, label: "Use a new address" },
          ]}
        />
      ) : null}
      {entering ? (
        <div className="space-y-4" data-testid="new-address">
          {errors.shippingAddress ? <FieldError name="shippingAddress" error={errors.shippingAddress} /> : null}
          <TextField name={key("name")} label="Full name" autoComplete="shipping name" required={required} maxLength={120} value={values.name} onChange={(v) => onChange("name", v)} error={errors[key("name")]} />
          <TextField name={key("company")} label="Company" autoComplete="shipping organization" maxLength={120} value={values.company} onChange={(v) => onChange("company", v)} error={errors[key("company")]} />
          <TextField name={key("line1")} label="Street address" autoComplete="shipping address-line1" required={required} maxLength={200} value={values.line1} onChange={(v) => onChange("line1", v)} error={errors[key("line1")]} />
          <TextField name={key("line2")} label="Apartment, suite, etc." autoComplete="shipping address-line2" maxLength={200} value={values.line2} onChange={(v) => onChange("line2", v)} error={errors[key("line2")]} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name={key("city")} label="City" autoComplete="shipping address-level2" required={required} maxLength={100} value={values.city} onChange={(v) => onChange("city", v)} error={errors[key("city")]} />
            <TextField name={key("region")} label="State, province or region" autoComplete="shipping address-level1" maxLength={100} value={values.region} onChange={(v) => onChange("region", v)} error={errors[key("region")]} />
            <TextField name={key("postalCode")} label="Postal code" autoComplete="shipping postal-code" maxLength={20} value={values.postalCode} onChange={(v) => onChange("postalCode", v)} error={errors[key("postalCode")]} />
            <SelectField name={key("country")} label="Country" autoComplete="shipping country" options={countries} value={values.country} onChange={(v) => onChange("country", v)} error={errors[key("country")]} />
          </div>
          <TextField
            name={key("phone")}
            label="Phone for delivery"
            type="tel"
            autoComplete="shipping tel"
            maxLength={32}
            value={values.phone}
            onChange={(v) => onChange("phone", v)}
            error={errors[key("phone")]}
            hint="The courier may call this number."
          />
        </div>
      ) : null}
    </section>
  );
}
