/**
 * Bounds how many checkout transactions one process runs at once. In a burst on one item,
 * every checkout transaction queues on that item's stock row; unbounded, they would hold every
 * pooled connection while they wait (starving the rest of the app, and timing out in the pool).
 * Waiting here instead costs nothing: the transactions behind the gate would only have waited
 * for the same row lock. First come, first served.
 */
export const MAX_CONCURRENT_CHECKOUTS = 6;

let active = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when one of the MAX_CONCURRENT_CHECKOUTS slots is free. */
export async function withCheckoutSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active < MAX_CONCURRENT_CHECKOUTS) active++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line (so no newcomer can overtake it).
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}
