import { describe, expect, it } from "vitest";
import { describeFailure, retryDelayMs, truncateError } from "./backoff";

const policy = { backoffBaseMs: 1000, backoffMaxMs: 60_000, jitter: 0.2 };

describe("retryDelayMs", () => {
  it("doubles from the base and stops at the ceiling", () => {
    const noJitter = { ...policy, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
    ]);
    expect(retryDelayMs(10_000, noJitter)).toBe(60_000);
  });

  it("spreads by at most the jitter and never exceeds the ceiling", () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(800);
    expect(retryDelayMs(1, policy, () => 0.5)).toBe(1000);
    expect(retryDelayMs(1, policy, () => 0.999999)).toBe(1200);
    expect(retryDelayMs(7, policy, () => 0.999999)).toBe(60_000);
  });

  it("grows strictly even with worst-case jitter below the ceiling", () => {
    for (let n = 1; n < 6; n++) {
      expect(retryDelayMs(n + 1, policy, () => 0)).toBeGreaterThan(retryDelayMs(n, policy, () => 0.999999));
    }
  });
});

describe("describeFailure", () => {
  it("keeps handler, error name and message, without stack or e-mail addresses", () => {
    const error = new TypeError("recipient Jane.Doe+x@example.co.uk rejected\nline two");
    const text = describeFailure("mail", error);
    expect(text).toBe("mail: TypeError: recipient [email] rejected line two");
    expect(text).not.toContain("at ");
  });

  it("accepts non-Error throws and truncates long messages", () => {
    expect(describeFailure("h", "boom")).toBe("h: Error: boom");
    expect(describeFailure("h", 42)).toBe("h: Error: non-Error thrown");
    const long = describeFailure("h", new Error("x".repeat(5000)));
    expect(long.length).toBe(1000);
    expect(truncateError("short")).toBe("short");
  });
});
