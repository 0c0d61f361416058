import Link from "next/link";
import type { TInventoryHistoryEntry } from "@/server/inventory";
import { actorLabel } from "../orders/actor-label";
import { StoreTime } from "../orders/store-time";
import { DataTable } from "@/components/dashboard/data-table";

const KIND_LABELS: Record<string, string> = {
  SALE: "Sale",
  RESERVATION: "Reserved for order",
  RELEASE: "Released",
  CANCELLATION: "Cancelled order",
  RETURN: "Return",
  ADJUSTMENT: "Adjustment",
  TRANSFER: "Transfer",
  IMPORT: "Import",
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** The entry's reference: an order link (named with the entry's kind and time, so links differ for screen readers), a transfer, or the raw text. */
function Reference({ reference, orderBase, entry }: { reference: string | null; orderBase: string | null; entry: string }) {
  if (!reference) return null;
  const [kind, id] = reference.split(":", 2);
  if (kind === "order" && id && orderBase) {
    return (
      <Link href={`${orderBase}/${id}`} className="text-blue-700 underline">
        Order<span className="sr-only"> of the entry “{entry}”</span>
      </Link>
    );
  }
  if (kind === "order") return <>Order</>;
  if (kind === "transfer") return <>Transfer</>;
  return <span className="font-mono text-xs">{reference}</span>;
}

/** A variant's stock ledger: kind, location, the on-hand and reserved changes, who, why, and when. */
export function LedgerTable({
  entries,
  staffNames,
  timeZone,
  orderBase,
}: {
  entries: TInventoryHistoryEntry[];
  staffNames: ReadonlyMap<string, string>;
  timeZone: string;
  /** Where order links go; null when the viewer may not read orders. */
  orderBase: string | null;
}) {
  if (!entries.length) return <p className="mt-3 text-sm">No stock changes yet.</p>;
  const timeText = (at: Date) => at.toLocaleString("en-GB", { timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  return (
    <DataTable className="mt-3" caption="Stock history, newest first" columns={["When", "What", "Location", { label: "On hand", align: "right" }, { label: "Reserved", align: "right" }, "Who", "Reason / reference"]}>
      <tbody className="divide-y divide-gray-100">
        {entries.map((e) => (
          <tr key={e.id} className="align-top">
            <td className="whitespace-nowrap px-4 py-2">
              <StoreTime at={e.createdAt} timeZone={timeZone} />
            </td>
            <th scope="row" className="px-4 py-2 font-medium">
              {KIND_LABELS[e.kind] ?? e.kind}
            </th>
            <td className="px-4 py-2">{e.locationName ?? "Removed location"}</td>
            <td className="px-4 py-2 text-right tabular-nums">{signed(e.onHandDelta)}</td>
            <td className="px-4 py-2 text-right tabular-nums">{signed(e.reservedDelta)}</td>
            <td className="px-4 py-2">{actorLabel(e.actorType, e.actorId, staffNames)}</td>
            <td className="px-4 py-2">
              {e.note ? <span className="block">{e.note}</span> : null}
              <Reference reference={e.reference} orderBase={orderBase} entry={`${KIND_LABELS[e.kind] ?? e.kind}, ${timeText(e.createdAt)}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
