/**
 * Plain data exchanged between the checkout page, its client form and its server actions
 * (amounts are the domain's decimal strings in `currency`, formatted in the browser).
 */

export type TQuoteRate = { id: string; name: string; price: string; kind: string; instructions: string | null };

/** The domain's quote for the cart, destination and shipping choice: what the order will charge. */
export type TQuoteView = {
  requiresShipping: boolean;
  shipsToCountry: boolean;
  rates: TQuoteRate[];
  /** The chosen rate when it applies to this cart and destination. */
  shippingRateId: string | null;
  shippingName: string | null;
  /** "VAT 18%", or null when no tax applies. */
  taxLabel: string | null;
  pricesIncludeTax: boolean;
  totals: { subtotal: string; shipping: string; tax: string; discount: string; total: string };
};

export type TQuoteRequest = { country?: string; region?: string; shippingRateId?: string };

export type TQuoteResult = { ok: true; quote: TQuoteView } | { ok: false; message: string };

export type TDiscountResult = { ok: boolean; message: string };

export type TStripeStart = { publishableKey: string; stripeAccount: string; clientSecret: string };

/** An order placed by this checkout that still needs the shopper (card payment, or a notice). */
export type TPlacedOrder = {
  orderId: string;
  number: number;
  /** The order's total as charged (decimal string). */
  total: string;
  /** The order's page on this store host (with the status token for guests). */
  orderPath: string | null;
  /** Card payments: what the Payment Element needs, or why it could not start. */
  stripe: TStripeStart | null;
  paymentError: string | null;
};

export type TCheckoutState = {
  /** A message for the whole form. */
  formError?: string;
  /** Messages by input name (email, shippingAddress.city, shippingRateId, addressId ...). */
  fieldErrors?: Record<string, string>;
  /** OUT_OF_STOCK: one message per line that cannot be covered, naming it. */
  outOfStock?: string[];
  placed?: TPlacedOrder;
  /** The same checkout was already placed earlier (a repeated submit). */
  notice?: string;
};

export const INITIAL_CHECKOUT_STATE: TCheckoutState = {};

/** A saved address of a signed-in customer, as the checkout lists it. */
export type TSavedAddressOption = {
  id: string;
  /** One line: "Nimal Perera, 12 Galle Road, Colombo, Sri Lanka". */
  summary: string;
  country: string;
  region: string | null;
  /** False when the store does not ship to its country. */
  shippable: boolean;
};

export type TPaymentOption = { code: "cod" | "stripe"; label: string; description: string; instructions: string | null };

export type TCheckoutLine = { id: string; label: string; quantity: number; lineTotal: string; slot: string | null };

/** Form field names of the new-address fields (the domain's field paths). */
export const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "city", "region", "postalCode", "country", "phone"] as const;
export type TAddressField = (typeof ADDRESS_FIELDS)[number];
export const NEW_ADDRESS = "new";
export const PICKUP_ID = "pickup";
