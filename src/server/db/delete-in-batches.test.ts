import { describe, expect, it } from "vitest";
import { daysBefore, deleteInBatches } from "./delete-in-batches";

/** A table of `rows` rows; each call deletes up to `limit` of them and records the limit it got. */
function table(rows: number, onBatch: () => void = () => {}) {
  const limits: number[] = [];
  let left = rows;
  const deleteBatch = async (limit: number) => {
    limits.push(limit);
    onBatch();
    const n = Math.min(limit, left);
    left -= n;
    return n;
  };
  return { deleteBatch, limits, left: () => left };
}

describe("deleteInBatches", () => {
  it("deletes batch after batch until a batch comes back short, and returns the total", async () => {
    const t = table(2_500);
    expect(await deleteInBatches(t.deleteBatch)).toBe(2_500);
    expect(t.limits).toEqual([1_000, 1_000, 1_000]);
    expect(t.left()).toBe(0);
  });

  it("asks once more after a full batch, and stops at the first empty one", async () => {
    const t = table(4);
    expect(await deleteInBatches(t.deleteBatch, { batchSize: 2 })).toBe(4);
    expect(t.limits).toEqual([2, 2, 2]);
  });

  it("starts no batch after the deadline: the next run takes the rest", async () => {
    let now = 1_000;
    const clock = globalThis.Date.now;
    globalThis.Date.now = () => now;
    try {
      const t = table(10, () => (now += 40));
      expect(await deleteInBatches(t.deleteBatch, { batchSize: 3, deadline: 1_100 })).toBe(9);
      expect(t.limits).toHaveLength(3);
      expect(t.left()).toBe(1);
    } finally {
      globalThis.Date.now = clock;
    }
  });

  it("refuses a batch size that is not a positive whole number, before deleting anything", async () => {
    for (const batchSize of [0, -1, 1.5, Number.NaN]) {
      const t = table(5);
      await expect(deleteInBatches(t.deleteBatch, { batchSize })).rejects.toThrow(RangeError);
      expect(t.limits).toEqual([]);
    }
  });
});

describe("daysBefore", () => {
  it("is whole days of milliseconds before the given moment", () => {
    expect(daysBefore(30, new Date("2026-11-22T00:00:00.000Z")).toISOString()).toBe("2026-10-23T00:00:00.000Z");
    expect(daysBefore(0, new Date("2026-11-22T12:34:56.789Z")).toISOString()).toBe("2026-11-22T12:34:56.789Z");
  });
});
