/**
 * Helpers for this domain's integration tests (not shipped code paths): the fake Stripe
 * pointed at by the app's configuration, stores connected to a fake account, card orders
 * placed the way the checkout places them (one transaction through the tenant door with the
 * real inventory and orders primitives: reserved stock, a gapless number, a PENDING payment
 * row without an intent yet), and webhook delivery through the domain function.
 */
import { resetEnvForTests } from "@/env";
import { storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { placeTestOrder } from "@/server/orders/int-test-support";
import { startFakeStripe, type TFakeStripe, type TSignedEvent } from "../../../test/fake-stripe";
import { handleStripeWebhook } from "./handle-stripe-webhook";

export { addProduct, events, failure, ledgerMismatches, level, makeStore, makeUser } from "@/server/orders/int-test-support";

const STRIPE_KEYS = ["STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "STRIPE_API_PORT", "STRIPE_API_PROTOCOL", "PLATFORM_FEE_BP"] as const;

/**
 * Starts a fake Stripe and points the app's configuration at it (PLATFORM_FEE_BP 200).
 * `stop()` stops it and restores the environment.
 */
export async function useFakeStripe(): Promise<TFakeStripe & { restore: () => Promise<void> }> {
  const fake = await startFakeStripe();
  const saved = Object.fromEntries(STRIPE_KEYS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, fake.env(), { PLATFORM_FEE_BP: "200" });
  resetEnvForTests();
  return Object.assign(fake, {
    restore: async () => {
      for (const k of STRIPE_KEYS) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
      resetEnvForTests();
      await fake.stop();
    },
  });
}

/** Connects a store to a new fake account (as if onboarding had finished). */
export async function connectStore(fake: TFakeStripe, storeId: string, options: { chargesEnabled?: boolean } = {}) {
  const account = fake.createConnectedAccount({ chargesEnabled: options.chargesEnabled ?? true, metadata: { storeId } });
  const data = { stripeAccountId: account.id, stripeChargesEnabled: account.charges_enabled, stripeDetailsSubmitted: account.details_submitted, stripeStatusCheckedAt: new Date(Date.now() - 60_000) };
  await storeDb(storeId).checkoutSettings.upsert({ where: { storeId }, create: { storeId, shipCountries: ["LK"], ...data }, update: data });
  return account;
}

/** Sets a variant's on-hand stock. */
export async function stock(storeId: string, variantId: string, quantity: number) {
  await adjustStock(storeId, { kind: "system" }, { variantId, quantity, reason: "test stock" });
}

/**
 * A card order as the checkout leaves it: stock reserved, PENDING, reservation for 30 minutes,
 * a STRIPE payment row keyed `order:<storeId>:<orderId>` with no PaymentIntent yet.
 */
export async function placeCardOrder(storeId: string, lines: { variantId: string; quantity: number; unitPriceMinor?: bigint }[], options: { reservationExpiresAt?: Date | null } = {}) {
  const placed = await placeTestOrder(storeId, { lines, method: "STRIPE", ...(options.reservationExpiresAt !== undefined ? { reservationExpiresAt: options.reservationExpiresAt } : {}) });
  await storeDb(storeId).payment.updateMany({ where: { orderId: placed.orderId }, data: { providerRef: null, idempotencyKey: `order:${storeId}:${placed.orderId}` } });
  return placed;
}

/** Delivers a signed event to the webhook's domain function, as the route would. */
export const deliver = (signed: Pick<TSignedEvent, "payload" | "signature">) => handleStripeWebhook({ rawBody: signed.payload, signature: signed.signature });

export async function orderState(storeId: string, orderId: string) {
  const order = await storeDb(storeId).order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, paymentStatus: true, paidAt: true } });
  const payment = await storeDb(storeId).payment.findFirstOrThrow({ where: { orderId }, select: { status: true, providerRef: true, applicationFeeMinor: true, lastEventCreated: true } });
  return { ...order, payment };
}

/** The kinds of an order's ledger entries, sorted (entries of one transaction share a timestamp). */
export const ledgerKinds = async (storeId: string, orderId: string) =>
  (await storeDb(storeId).inventoryLedgerEntry.findMany({ where: { reference: `order:${orderId}` }, select: { kind: true } })).map((e) => e.kind).sort();

export const webhookRows = (storeId: string) => storeDb(storeId).webhookEvent.findMany({ select: { eventId: true, type: true } });
