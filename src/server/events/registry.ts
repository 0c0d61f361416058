/**
 * Every handler the production worker (`npm run worker` and /api/cron/outbox) delivers to, and
 * every periodic job it runs, listed explicitly. It is imported by those two entry points only,
 * not re-exported from "@/server/events", so domains that write events never import their own
 * consumers (no import cycles). Handler names key OutboxDelivery rows: never rename one that
 * has run, or it will run again for every event still pending.
 */
import "server-only";
import { purgeStaleCarts } from "@/server/cart";
import { pruneCustomerTokens } from "@/server/customers";
import { mailHandler } from "@/server/mail";
import { prunePlatformTokens } from "@/server/onboarding";
import { expireReservations } from "@/server/orders";
import { pruneWebhookEvents, reconcileStripePayments, stripeExpiryHandler } from "@/server/payments";
import { pruneThrottleBuckets } from "@/server/security";
import type { TPeriodicJob } from "./periodic-jobs";
import { pruneDeliveredEvents } from "./prune-delivered-events";
import type { TEventHandler } from "./types";

export const productionHandlers: readonly TEventHandler[] = [mailHandler, stripeExpiryHandler];

/** Rows one run of a job handles at most; the next tick takes the rest. */
const JOB_BATCH = 200;

export type TJobIntervals = {
  /** Unpaid card orders whose reservation lapsed are cancelled and their stock released. */
  expireReservations: number;
  /** Card orders pending past PAYMENT_RECONCILE_AFTER_MINUTES are settled from Stripe. */
  reconcileStripePayments: number;
  /** Carts untouched for STALE_CART_DAYS are deleted. */
  purgeStaleCarts: number;
  /** Rows that no longer serve a purpose are deleted (pruneExpiredRecords). */
  pruneExpiredRecords: number;
};

export const DEFAULT_JOB_INTERVALS: TJobIntervals = {
  expireReservations: 60_000,
  reconcileStripePayments: 5 * 60_000,
  purgeStaleCarts: 24 * 60 * 60_000,
  pruneExpiredRecords: 60 * 60_000,
};

/** How long one housekeeping run may go on deleting before it leaves the rest to the next run. */
const HOUSEKEEPING_RUN_MS = 20_000;

/**
 * Housekeeping: deletes, in batches, the rows that no longer serve a purpose, so no table grows
 * without bound: outbox events delivered OUTBOX_RETENTION_DAYS ago (pending and dead ones stay),
 * webhook event ids older than WEBHOOK_EVENT_RETENTION_DAYS, throttle buckets whose window and
 * block are over, and emailed tokens expired a week ago. Returns the rows deleted per table.
 */
export async function pruneExpiredRecords(runMs = HOUSEKEEPING_RUN_MS): Promise<Record<string, number>> {
  const deadline = Date.now() + runMs;
  return {
    outboxEvents: await pruneDeliveredEvents({ deadline }),
    webhookEvents: await pruneWebhookEvents({ deadline }),
    throttleBuckets: await pruneThrottleBuckets({ deadline }),
    platformTokens: await prunePlatformTokens({ deadline }),
    customerTokens: await pruneCustomerTokens({ deadline }),
  };
}

/** The periodic jobs of the worker and the cron route, with DEFAULT_JOB_INTERVALS unless overridden. */
export function productionJobs(intervals: Partial<TJobIntervals> = {}): TPeriodicJob[] {
  const every = { ...DEFAULT_JOB_INTERVALS, ...intervals };
  return [
    {
      name: "orders.expire-reservations",
      intervalMs: every.expireReservations,
      run: async () => ({ expired: (await expireReservations({ limit: JOB_BATCH })).expired.length }),
    },
    {
      name: "payments.reconcile-stripe",
      intervalMs: every.reconcileStripePayments,
      run: () => reconcileStripePayments({ limit: JOB_BATCH }),
    },
    {
      name: "cart.purge-stale-carts",
      intervalMs: every.purgeStaleCarts,
      run: async () => ({ deleted: await purgeStaleCarts() }),
    },
    {
      name: "housekeeping.prune-expired-records",
      intervalMs: every.pruneExpiredRecords,
      run: () => pruneExpiredRecords(),
    },
  ];
}
