import { actorLabel } from "./actor-label";
import { StoreTime } from "./store-time";

export type TTimelineEntry = { id: string; kind: string; message: string; actorType: string; actorId: string | null; createdAt: Date };

const KIND_LABELS: Record<string, string> = {
  placed: "Placed",
  payment_pending: "Payment pending",
  paid: "Paid",
  payment_failed: "Payment failed",
  payment_after_cancel: "Payment after cancellation",
  payment_mismatch: "Payment mismatch",
  reservation_expired: "Reservation expired",
  cancelled: "Cancelled",
  note: "Note",
};

/** An order's timeline, oldest first: what happened, who did it and when (the store's time zone). */
export function OrderTimeline({ entries, staffNames, timeZone }: { entries: TTimelineEntry[]; staffNames: ReadonlyMap<string, string>; timeZone: string }) {
  if (!entries.length) return <p className="mt-2 text-sm text-gray-600">Nothing recorded yet.</p>;
  return (
    <ol className="mt-3 space-y-0 border-l-2 border-gray-200 pl-5">
      {entries.map((e) => (
        <li key={e.id} className="relative pb-4 last:pb-0">
          <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-gray-500" />
          <p className="text-sm">
            <span className="font-semibold">{KIND_LABELS[e.kind] ?? e.kind.replace(/_/g, " ")}</span>
            <span className="text-gray-600"> · </span>
            {e.message}
          </p>
          <p className="text-xs text-gray-600">
            <StoreTime at={e.createdAt} timeZone={timeZone} /> · by {actorLabel(e.actorType, e.actorId, staffNames)}
          </p>
        </li>
      ))}
    </ol>
  );
}
