import { useSyncExternalStore } from "react";

/** What the hook needs of a slot: its start as an ISO 8601 string. */
type TTimed = { startsAt: string };

/** How often the clock is read again (and how coarse it is). */
const TICK_MS = 15_000;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, TICK_MS);
  return () => window.clearInterval(timer);
}
/** The time rounded down to a tick: the same value between ticks, as useSyncExternalStore requires. */
const clock = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
/** On the server and while hydrating there is no clock: slots are kept as rendered. */
const noClock = () => null;

/**
 * The slots that have not started yet, by the browser's clock, re-checked every few seconds.
 * Cached static pages list slots as they were when rendered; a slot that has begun since can
 * no longer be booked. Hydration keeps the server's list, so it matches the HTML.
 */
export function useUpcomingSlots<T extends TTimed>(slots: T[]): T[] {
  const now = useSyncExternalStore(subscribe, clock, noClock);
  return now === null ? slots : slots.filter((s) => Date.parse(s.startsAt) > now);
}
