import { z } from "zod";
import { ZEmail } from "@/server/identity";
import { ZCustomerAddressInput } from "@/server/customers";
import { ZPriceText } from "@/server/catalog";
import { MAX_LINE_QUANTITY_LIMIT } from "@/server/cart";

/**
 * Inputs of checkout and its settings, shared by the dashboard forms, their server actions and
 * the API routes. Bodies are strict (unknown keys are a 422): the checkout body cannot carry a
 * price, a total, a line or a customer id. Money is sent as decimal strings ("350.00") and
 * checked against the store's currency by the domain; tax rates are integer basis points
 * (1500 = 15.00 %).
 */

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** Optional text: "" or null clears it (null), absent leaves it unchanged (undefined). */
const clearableText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `At most ${max} characters`).nullish());
/** A checkbox or a JSON boolean. */
const ZFlag = z.preprocess((v) => (v === "on" || v === "true" || v === "1" ? true : v === "off" || v === "false" || v === "0" ? false : v), z.boolean({ error: "Send true or false" }));
/** A whole number from a JSON number or a form's digit string. */
const wholeNumber = (min: number, max: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d{1,9}\s*$/.test(v) ? Number(v) : v),
    z.number({ error: `Enter ${what}` }).int("Enter a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`),
  );
const ZId = z.string().trim().min(1, "Enter an id").max(191, "Not a valid id").regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
export const ZCheckoutIdParams = z.object({ id: ZId });

/** An ISO 3166-1 alpha-2 code of the shared country list (the customers' address field). */
export const ZCountry = ZCustomerAddressInput.shape.country;
const ZRegion = z.string().trim().min(1, "Enter a region").max(64, "At most 64 characters");

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

export const RESERVATION_MINUTES = { min: 5, max: 1440 } as const;

/** A change to the store's checkout settings (any subset; Stripe fields belong to the payments domain). */
export const ZCheckoutSettingsPatch = z
  .strictObject({
    shipCountries: z
      .array(ZCountry)
      .max(250, "At most 250 countries")
      .transform((list) => [...new Set(list)])
      .optional(),
    pricesIncludeTax: ZFlag.optional(),
    reservationMinutes: wholeNumber(RESERVATION_MINUTES.min, RESERVATION_MINUTES.max, "the minutes").optional(),
    maxLineQuantity: wholeNumber(1, MAX_LINE_QUANTITY_LIMIT, "a quantity").optional(),
    localPickupEnabled: ZFlag.optional(),
    pickupInstructions: clearableText(1000),
    codEnabled: ZFlag.optional(),
    codInstructions: clearableText(1000),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Send at least one setting" });
export type TCheckoutSettingsPatch = z.input<typeof ZCheckoutSettingsPatch>;

// ---------------------------------------------------------------------------------------------
// Shipping zones and rates
// ---------------------------------------------------------------------------------------------

const ZZoneCountry = z.strictObject({
  country: ZCountry,
  /** Absent or empty: the whole country. */
  regions: z
    .array(ZRegion)
    .max(100, "At most 100 regions")
    .transform((list) => [...new Set(list)])
    .optional(),
});

const ZZoneCountries = z
  .array(ZZoneCountry)
  .min(1, "Add at least one country")
  .max(250, "At most 250 countries")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.country)) ctx.addIssue({ code: "custom", path: [i, "country"], message: "This country is listed twice" });
      seen.add(entry.country);
    });
  });

const ZZoneName = z.string().trim().min(1, "Enter a name").max(120, "At most 120 characters");
const ZPosition = wholeNumber(0, 10_000, "a position");

export const ZShippingZoneInput = z.strictObject({ name: ZZoneName, countries: ZZoneCountries, position: ZPosition.optional() });
export type TShippingZoneInput = z.input<typeof ZShippingZoneInput>;

export const ZShippingZonePatch = z
  .strictObject({ name: ZZoneName.optional(), countries: ZZoneCountries.optional(), position: ZPosition.optional() })
  .refine((p) => p.name !== undefined || p.countries !== undefined || p.position !== undefined, { message: "Send at least one field" });
export type TShippingZonePatch = z.input<typeof ZShippingZonePatch>;

const ZWeight = z.preprocess(blank, wholeNumber(0, 10_000_000, "grams").nullish());

const rateFields = {
  name: z.string().trim().min(1, "Enter a name").max(120, "At most 120 characters"),
  kind: z.enum(["FLAT", "WEIGHT"], { error: "Choose FLAT or WEIGHT" }),
  /** Decimal string in the store's currency. */
  price: ZPriceText,
  minWeightGrams: ZWeight,
  maxWeightGrams: ZWeight,
  /** The rate is free when the subtotal is at or above this (decimal string); null for never. */
  freeOver: z.preprocess(blank, ZPriceText.nullish()),
  position: ZPosition.optional(),
};

const bandIsValid = (r: { minWeightGrams?: number | null; maxWeightGrams?: number | null }) =>
  r.minWeightGrams == null || r.maxWeightGrams == null || r.maxWeightGrams > r.minWeightGrams;
const BAND_ISSUE = { message: "Must be more than the minimum weight", path: ["maxWeightGrams"] };

export const ZShippingRateInput = z.strictObject(rateFields).refine(bandIsValid, BAND_ISSUE);
export type TShippingRateInput = z.input<typeof ZShippingRateInput>;

export const ZShippingRatePatch = z
  .strictObject({
    name: rateFields.name.optional(),
    kind: rateFields.kind.optional(),
    price: ZPriceText.optional(),
    minWeightGrams: rateFields.minWeightGrams,
    maxWeightGrams: rateFields.maxWeightGrams,
    freeOver: rateFields.freeOver,
    position: rateFields.position,
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Send at least one field" })
  .refine(bandIsValid, BAND_ISSUE);
export type TShippingRatePatch = z.input<typeof ZShippingRatePatch>;

// ---------------------------------------------------------------------------------------------
// Tax rates
// ---------------------------------------------------------------------------------------------

const taxFields = {
  country: ZCountry,
  /** Absent, null or "": the whole country. */
  region: z.preprocess((v) => (v === "" ? null : v), ZRegion.nullish()),
  name: z.string().trim().min(1, "Enter a name, e.g. VAT").max(100, "At most 100 characters"),
  /** Basis points of a percent: 1500 = 15.00 %; at most 100 %. */
  rateBp: wholeNumber(0, 10_000, "a rate in basis points (1500 = 15 %)"),
};

export const ZTaxRateInput = z.strictObject(taxFields);
export type TTaxRateInput = z.input<typeof ZTaxRateInput>;

export const ZTaxRatePatch = z
  .strictObject({ country: taxFields.country.optional(), region: taxFields.region, name: taxFields.name.optional(), rateBp: taxFields.rateBp.optional() })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Send at least one field" });
export type TTaxRatePatch = z.input<typeof ZTaxRatePatch>;

// ---------------------------------------------------------------------------------------------
// Checkout
// ---------------------------------------------------------------------------------------------

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * An order's address: the saved-address fields of the customers domain (same rules and
 * messages), with the postal code optional (many addresses in Sri Lanka have none). Strict.
 */
export const ZCheckoutAddress = ZCustomerAddressInput.pick({ name: true, company: true, line1: true, line2: true, city: true, region: true, country: true, phone: true })
  .extend({ postalCode: optionalText(20) })
  .strict();
export type TCheckoutAddressInput = z.input<typeof ZCheckoutAddress>;
export type TCheckoutAddress = z.output<typeof ZCheckoutAddress>;

export const ZCheckoutKey = z
  .string({ error: "Send a checkoutKey (16 to 64 random characters, new for each checkout attempt)" })
  .trim()
  .min(16, "At least 16 characters")
  .max(64, "At most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "Letters, digits, - and _ only");

/**
 * The checkout body. The customer is never named here: the route passes the signed-in
 * customer's id from the session. Prices, totals and lines are never accepted: they come from
 * the cart and the catalog.
 */
export const ZCheckoutInput = z.strictObject({
  email: ZEmail,
  /** Required when the cart ships (unless picked up); its country must be one the store ships to. */
  shippingAddress: ZCheckoutAddress.optional(),
  billingAddress: ZCheckoutAddress.optional(),
  /** Required when the cart ships: a ShippingRate id from the shipping rates, or "pickup". */
  shippingRateId: z.preprocess(blank, ZId.optional()),
  paymentMethod: z.enum(["cod", "stripe"], { error: 'Choose "cod" or "stripe"' }),
  checkoutKey: ZCheckoutKey,
  /** The discounts issue's extension point; until then every code is unknown. */
  discountCode: z.preprocess(blank, z.string().trim().max(64, "At most 64 characters").optional()),
});
export type TCheckoutInput = z.input<typeof ZCheckoutInput>;

/** GET .../shipping-rates?country=LK&region=WP */
export const ZShippingRatesQuery = z.object({
  country: ZCountry,
  region: z.preprocess(blank, ZRegion.optional()),
});
export type TShippingRatesQuery = z.input<typeof ZShippingRatesQuery>;

/** GET .../checkout-quote?country=LK&region=WP&shippingRateId=...: all optional (a digital cart needs none). */
export const ZCheckoutQuoteQuery = z.object({
  country: z.preprocess(blank, ZCountry.optional()),
  region: z.preprocess(blank, ZRegion.optional()),
  shippingRateId: z.preprocess(blank, ZId.optional()),
});
export type TCheckoutQuoteQuery = z.input<typeof ZCheckoutQuoteQuery>;
