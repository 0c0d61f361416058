import { describe, expect, it } from "vitest";
import { keptPerProcess } from "./kept-per-process";

describe("keptPerProcess", () => {
  it("makes a key's value once and keeps it, and drops everything when full", () => {
    const kept = keptPerProcess<{ key: string }>(2);
    let made = 0;
    const make = (key: string) => () => {
      made++;
      return { key };
    };
    const a = kept("a", make("a"));
    expect(kept("a", make("a"))).toBe(a);
    kept("b", make("b"));
    expect(made).toBe(2);
    kept("c", make("c")); // full: a and b are dropped
    expect(kept("a", make("a"))).not.toBe(a);
    expect(made).toBe(4);
  });
});
