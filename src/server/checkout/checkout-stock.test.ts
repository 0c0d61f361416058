import { describe, expect, it, vi } from "vitest";

// Only the pure helpers are tested here; the reservations themselves are integration-tested.
vi.mock("@/server/inventory", () => ({}));

import { cartLineRow, type TLineRowOver } from "@/server/cart/test-support";
import { fastReservable, precheckAvailability, trackedItems } from "./checkout-stock";

// One unit of "Tea" (variant "Default", so lines are labelled by the product's title).
const row = (over: TLineRowOver = {}) => cartLineRow({ quantity: 1, title: "Tea", variantTitle: "Default", ...over });

describe("fastReservable", () => {
  it("takes tracked goods without a threshold, and untracked goods", () => {
    expect(fastReservable([row(), row({ variantId: "v2", track: false, available: null }), row({ variantId: "v3", type: "DIGITAL" })])).toBe(true);
  });
  it("leaves services and tracked variants with a low-stock threshold to reserveStock", () => {
    expect(fastReservable([row(), row({ variantId: "v2", type: "SERVICE", slotId: "s1" })])).toBe(false);
    expect(fastReservable([row({ threshold: 3 })])).toBe(false);
    // An untracked variant's threshold is never watched.
    expect(fastReservable([row({ track: false, threshold: 3, available: null })])).toBe(true);
  });
});

describe("trackedItems", () => {
  it("lists the tracked goods only, with their quantities", () => {
    const items = trackedItems([row({ quantity: 2 }), row({ variantId: "v2", track: false }), row({ variantId: "v3", type: "SERVICE", slotId: "s" })]);
    expect(items).toEqual([{ variantId: "v1", quantity: 2, label: "Tea" }]);
  });
});

describe("precheckAvailability", () => {
  it("passes lines their snapshot covers, and untracked lines", () => {
    expect(() => precheckAvailability([row({ quantity: 3, available: 3 }), row({ variantId: "v2", available: null, quantity: 99 })])).not.toThrow();
  });
  it("answers OUT_OF_STOCK naming each line that cannot be covered", () => {
    expect(() => precheckAvailability([row({ available: 5 }), row({ variantId: "v2", quantity: 4, available: 2 })])).toThrow(
      expect.objectContaining({ code: "OUT_OF_STOCK", details: { fields: [{ path: "lines.1", message: "Tea is out of stock (2 left)" }] } }),
    );
  });
  it("counts a service's seats", () => {
    expect(() => precheckAvailability([row({ type: "SERVICE", slotId: "s1", quantity: 2, available: 1 })])).toThrow(expect.objectContaining({ code: "OUT_OF_STOCK" }));
  });
});
