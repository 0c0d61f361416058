/**
 * Checkout: the store's checkout settings, shipping zones and rates, tax rates, the pure
 * pricing that turns a cart into totals (the totals shown are the totals charged, to the minor
 * unit), the shipping options of a cart, and placing the order in one transaction (stock and
 * slots reserved, gapless number, snapshots, payment attempt, outbox event, confirmation
 * mail). Settings writes are audited and emit checkout_settings.updated, shipping.updated and
 * tax.updated; callers check settings:write. Everything takes the storeId first; another
 * store's cart, zone, rate or variant is NOT_FOUND.
 */
import "server-only";

export {
  ZCheckoutInput,
  ZCheckoutSettingsPatch,
  ZShippingZoneInput,
  ZShippingZonePatch,
  ZShippingRateInput,
  ZShippingRatePatch,
  ZTaxRateInput,
  ZTaxRatePatch,
  ZShippingRatesQuery,
  ZCheckoutQuoteQuery,
  ZCheckoutAddress,
  ZCheckoutKey,
  ZCheckoutIdParams,
  RESERVATION_MINUTES,
  type TCheckoutInput,
  type TCheckoutSettingsPatch,
  type TShippingZoneInput,
  type TShippingZonePatch,
  type TShippingRateInput,
  type TShippingRatePatch,
  type TTaxRateInput,
  type TTaxRatePatch,
  type TShippingRatesQuery,
  type TCheckoutQuoteQuery,
  type TCheckoutAddress,
  type TCheckoutAddressInput,
} from "./checkout.schemas";
export { computeTotals, taxOf, divideHalfUp, productRequiresShipping, type TPricingLine, type TPricingInput, type TPricedLine, type TTotals } from "./pricing";
export {
  shippingOptions,
  pickShippingZone,
  pickTaxRate,
  zoneMatch,
  rateAppliesToWeight,
  ratePrice,
  PICKUP_RATE_ID,
  PICKUP_RATE_NAME,
  type TDestination,
  type TZoneCountry,
  type TShippingOption,
  type TShippingRateConfig,
  type TShippingZoneConfig,
  type TTaxRateConfig,
} from "./shipping-rules";
export type { TSettingsWriteActor, TRequestContext } from "./settings-tx";
export { getCheckoutSettings, defaultCheckoutSettings, type TCheckoutSettings } from "./get-checkout-settings";
export { updateCheckoutSettings } from "./update-checkout-settings";
export type { TShippingZoneView, TShippingRateView, TTaxRateView } from "./shipping-view";
export { listShippingZones } from "./list-shipping-zones";
export { createShippingZone } from "./create-shipping-zone";
export { updateShippingZone } from "./update-shipping-zone";
export { deleteShippingZone } from "./delete-shipping-zone";
export { createShippingRate } from "./create-shipping-rate";
export { updateShippingRate } from "./update-shipping-rate";
export { deleteShippingRate } from "./delete-shipping-rate";
export { listTaxRates } from "./list-tax-rates";
export { createTaxRate } from "./create-tax-rate";
export { updateTaxRate } from "./update-tax-rate";
export { deleteTaxRate } from "./delete-tax-rate";
export { loadCheckoutConfig, type TCheckoutConfig } from "./checkout-config";
export { quoteCart, type TCartQuote, type TQuoteRequest } from "./quote-cart";
export { totalsView, type TTotalsView } from "./totals-view";
export { getShippingRates, getCheckoutQuote, type TShippingRates, type TShippingRateOption, type TCheckoutQuote } from "./get-shipping-rates";
export { checkoutCart } from "./checkout-cart";
export type { TCheckoutResult, TPlacedOrder } from "./placed-order";
export { orderConfirmationMail, orderStatusUrl } from "./order-mail";
export { resolveDiscountCode } from "./discount-code";
