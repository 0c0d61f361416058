import { ActionButton } from "../action-button";
import type { TFormAction } from "../form-state";
import { StoreTime } from "../orders/store-time";

export type TConnectState = "not_configured" | "not_connected" | "onboarding_incomplete" | "pending_verification" | "ready";

const HEADLINES: Record<TConnectState, string> = {
  not_configured: "Stripe is not configured on this platform",
  not_connected: "Not connected",
  onboarding_incomplete: "Onboarding not finished",
  pending_verification: "Waiting for Stripe",
  ready: "Connected: card payments are on",
};

/**
 * The store's Stripe Connect state with the one next step that fits it: connect, continue
 * onboarding, or check the status again. Without Stripe on the platform it only says so.
 */
export function StripeConnectPanel({
  status,
  timeZone,
  onboardAction,
  refreshAction,
}: {
  status: { state: TConnectState; message: string; accountId: string | null; chargesEnabled: boolean; detailsSubmitted: boolean; checkedAt: Date | null };
  timeZone: string;
  onboardAction: TFormAction;
  refreshAction: TFormAction;
}) {
  const tone = status.state === "ready" ? "border-green-200 bg-green-50" : status.state === "not_configured" ? "border-gray-200 bg-gray-50" : "border-amber-200 bg-amber-50";
  return (
    <section aria-labelledby="stripe-heading" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="stripe-heading" className="text-lg font-semibold">
        Card payments (Stripe)
      </h2>
      <div role="status" className={`mt-3 rounded-md border px-3 py-2 text-sm ${tone}`}>
        <p className="font-semibold">{HEADLINES[status.state]}</p>
        <p>{status.message}</p>
      </div>
      {status.accountId ? (
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div className="flex gap-2">
            <dt className="text-gray-600">Stripe account</dt>
            <dd className="font-mono">{status.accountId}</dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-gray-600">Details submitted</dt>
            <dd>{status.detailsSubmitted ? "Yes" : "No"}</dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-gray-600">Charges enabled</dt>
            <dd>{status.chargesEnabled ? "Yes" : "No"}</dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-gray-600">Last checked</dt>
            <dd>{status.checkedAt ? <StoreTime at={status.checkedAt} timeZone={timeZone} /> : "Not yet"}</dd>
          </div>
        </dl>
      ) : null}
      {status.state !== "not_configured" ? (
        <div className="mt-4 flex flex-wrap items-start gap-4">
          {status.state !== "ready" ? (
            <ActionButton
              action={onboardAction}
              label={status.state === "not_connected" ? "Connect with Stripe" : status.state === "pending_verification" ? "Review details at Stripe" : "Continue onboarding"}
              pendingLabel="Opening Stripe…"
            />
          ) : null}
          {status.accountId ? <ActionButton action={refreshAction} label="Check status with Stripe" pendingLabel="Checking…" variant="secondary" /> : null}
        </div>
      ) : null}
      {status.state === "not_connected" ? (
        <p className="mt-3 text-xs text-gray-600">You will fill in your business and bank details on Stripe&rsquo;s own pages, then come back here. Card data never passes through ECOM.</p>
      ) : null}
    </section>
  );
}
