import { describe, expect, it } from "vitest";
import { ZDeadEventsQuery, ZRedriveEventsInput } from "./events.schemas";

describe("ZRedriveEventsInput", () => {
  it("accepts 1 to 500 positive integer ids up to the BIGINT maximum", () => {
    expect(ZRedriveEventsInput.parse({ eventIds: ["1", "42", "9223372036854775807"] }).eventIds).toHaveLength(3);
    expect(ZRedriveEventsInput.safeParse({ eventIds: Array.from({ length: 500 }, (_, i) => String(i + 1)) }).success).toBe(true);
  });

  it.each([
    ["no ids", { eventIds: [] }],
    ["501 ids", { eventIds: Array.from({ length: 501 }, (_, i) => String(i + 1)) }],
    ["zero", { eventIds: ["0"] }],
    ["a leading zero", { eventIds: ["01"] }],
    ["a negative id", { eventIds: ["-1"] }],
    ["a number instead of a string", { eventIds: [1] }],
    ["a decimal", { eventIds: ["1.5"] }],
    ["an id past BIGINT", { eventIds: ["9223372036854775808"] }],
    ["no eventIds", {}],
  ])("refuses %s", (_name, input) => {
    expect(ZRedriveEventsInput.safeParse(input).success).toBe(false);
  });
});

describe("ZDeadEventsQuery", () => {
  it("reads type and page, and falls back to defaults on bad values", () => {
    expect(ZDeadEventsQuery.parse({ type: " mail.send ", page: "3" })).toEqual({ type: "mail.send", page: 3 });
    expect(ZDeadEventsQuery.parse({})).toEqual({ type: undefined, page: undefined });
    expect(ZDeadEventsQuery.parse({ type: "", page: "abc" })).toEqual({ type: undefined, page: undefined });
    expect(ZDeadEventsQuery.parse({ type: ["a", "b"], page: "-2" })).toEqual({ type: undefined, page: undefined });
    expect(ZDeadEventsQuery.parse({ type: "x".repeat(101) }).type).toBeUndefined();
  });
});
