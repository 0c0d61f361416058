/**
 * Every handler the production worker (`npm run worker` and /api/cron/outbox) delivers to, and
 * every periodic job it runs, listed explicitly. It is imported by those two entry points only,
 * not re-exported from "@/server/events", so domains that write events never import their own
 * consumers (no import cycles). Handler names key OutboxDelivery rows: never rename one that
 * has run, or it will run again for every event still pending.
 */
import "server-only";
import { purgeStaleCarts } from "@/server/cart";
import { mailHandler } from "@/server/mail";
import { expireReservations } from "@/server/orders";
import { reconcileStripePayments, stripeExpiryHandler } from "@/server/payments";
import type { TPeriodicJob } from "./periodic-jobs";
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
};

export const DEFAULT_JOB_INTERVALS: TJobIntervals = {
  expireReservations: 60_000,
  reconcileStripePayments: 5 * 60_000,
  purgeStaleCarts: 24 * 60 * 60_000,
};

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
  ];
}
