"use client";

import { useUpcomingSlots } from "./upcoming-slots";

/** A bookable time, formatted on the server in the store's time zone. */
export type TSlotItem = { id: string; startsAt: string; start: string; end: string; seatsLeft: number };

type TProps = { slots: TSlotItem[]; timeZone: string };

/**
 * A service's upcoming times with the places left. The product page is a cached static page,
 * rendered once and kept until the catalog changes, so a slot listed then may have started
 * since: after hydration (and every few seconds) the list drops the times that have begun,
 * which can no longer be booked. Hydration renders what the server rendered, so it matches.
 */
export function ServiceSlotList({ slots, timeZone }: TProps) {
  const upcoming = useUpcomingSlots(slots);
  return (
    <section aria-labelledby="slots-heading" data-testid="service-slots">
      <h2 id="slots-heading" className="mb-1 text-lg font-semibold">
        Available times
      </h2>
      <p className="mb-3 text-sm text-gray-600">Times are local to the store ({timeZone}).</p>
      {upcoming.length === 0 ? (
        <p className="text-sm text-gray-700">No times are open for booking right now. Please check back soon.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded-md border border-gray-200">
          {upcoming.map((slot) => (
            <li key={slot.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2 text-sm">
              <span className="tabular-nums">
                <time dateTime={slot.startsAt}>{slot.start}</time> – {slot.end}
              </span>
              <span className={slot.seatsLeft > 0 ? "text-green-800" : "text-red-700"}>
                {slot.seatsLeft === 0 ? "Fully booked" : slot.seatsLeft === 1 ? "1 place left" : `${slot.seatsLeft} places left`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
