/** A store's status as a small labelled badge (text, not colour alone, carries the meaning). */
export function StatusBadge({ status }: { status: "ACTIVE" | "SUSPENDED" }) {
  return status === "SUSPENDED" ? (
    <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">Suspended</span>
  ) : (
    <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Active</span>
  );
}
