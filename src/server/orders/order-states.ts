import type { PaymentStatus } from "@/server/db";
import type { TStockActor } from "@/server/inventory";

/** Cancel reasons written by the system; an order cancelled for one of these may be reinstated by a late payment. */
export const RESERVATION_EXPIRED_REASON = "Reservation expired before payment";
export const PAYMENT_FAILED_REASON = "Payment failed";
export const SYSTEM_CANCEL_REASONS: readonly string[] = [RESERVATION_EXPIRED_REASON, PAYMENT_FAILED_REASON];

/** Payment states that mean the money arrived (refunds come later but do not undo "was paid"). */
export const PAID_STATES: readonly PaymentStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];

/** Payment states an open order waits in. */
export const AWAITING_STATES: readonly PaymentStatus[] = ["PENDING", "AUTHORIZED"];

/** The actor of changes made by a payment provider's webhook or a job. */
export const providerActor = (provider: string): TStockActor => ({ actorType: "system", actorId: provider.toLowerCase() });
