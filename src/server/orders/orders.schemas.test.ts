import { describe, expect, it } from "vitest";
import { ZOrderListQuery, ZUpcomingBookingsQuery } from "./orders.schemas";

describe("ZOrderListQuery", () => {
  it("defaults paging, treats blanks as absent and accepts statuses in any case", () => {
    expect(ZOrderListQuery.parse({ q: " ", paymentStatus: "", page: "" })).toEqual({ page: 1, pageSize: 25 });
    expect(ZOrderListQuery.parse({ paymentStatus: "paid", fulfillmentStatus: "unfulfilled", page: "2" })).toEqual({ paymentStatus: "PAID", fulfillmentStatus: "UNFULFILLED", page: 2, pageSize: 25 });
  });

  it("refuses unknown statuses and out-of-range paging, naming the field", () => {
    for (const [input, path] of [
      [{ paymentStatus: "SHIPPED" }, "paymentStatus"],
      [{ pageSize: 500 }, "pageSize"],
      [{ page: 0 }, "page"],
    ] as const) {
      const result = ZOrderListQuery.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([path]);
    }
  });
});

describe("ZUpcomingBookingsQuery", () => {
  it("reads an ISO date and refuses nonsense", () => {
    expect(ZUpcomingBookingsQuery.parse({ from: "2026-12-01T09:00:00Z" }).from?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(ZUpcomingBookingsQuery.safeParse({ from: "soon" }).success).toBe(false);
  });
});
