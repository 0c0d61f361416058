import type { TLocationLevel } from "@/server/inventory";

/** One location's stock of a variant: available, with on hand and reserved below it. */
export function LevelCell({ level }: { level?: Pick<TLocationLevel, "onHand" | "reserved" | "available"> }) {
  const l = level ?? { onHand: 0, reserved: 0, available: 0 };
  return (
    <span className="tabular-nums">
      <span className="block font-medium">
        {l.available}
        <span className="sr-only"> available</span>
      </span>
      <span className="block text-xs text-gray-600">
        {l.onHand} on hand · {l.reserved} reserved
      </span>
    </span>
  );
}
