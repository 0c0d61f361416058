import { describe, expect, it } from "vitest";
import { MAX_CONCURRENT_CHECKOUTS, withCheckoutSlot } from "./checkout-gate";

describe("withCheckoutSlot", () => {
  it("never runs more than the maximum at once, serves everyone in order, and survives failures", async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const tasks = Array.from({ length: 40 }, (_, i) =>
      withCheckoutSlot(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 2 + (i % 3)));
        running--;
        if (i % 7 === 0) throw new Error(`task ${i}`);
        return i;
      }),
    );
    const results = await Promise.allSettled(tasks);
    expect(peak).toBe(MAX_CONCURRENT_CHECKOUTS);
    expect(started).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(6);
    expect(await withCheckoutSlot(async () => "free again")).toBe("free again");
  });
});
