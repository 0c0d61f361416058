/** The fake Stripe API for tests, e2e and the checkout benchmark (see server.ts). */
export {
  startFakeStripe,
  type TFakeStripe,
  type TFakeStripeOptions,
  type TFakeRequest,
  type TFakeAccount,
  type TFakePaymentIntent,
  type TFakeEvent,
  type TSignedEvent,
  type TEventOptions,
} from "./server";
export { decodeForm } from "./form";
