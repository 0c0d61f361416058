import { describe, expect, it } from "vitest";
import { acceptedRequestId, isHttpsRequest } from "./headers";

describe("acceptedRequestId", () => {
  it("keeps a plausible client id and replaces a missing, short, long or odd one", () => {
    expect(acceptedRequestId("abcd-1234_EF")).toBe("abcd-1234_EF");
    for (const bad of [null, "", "short", "x".repeat(65), "has space in it", "new\nline-injected"]) {
      const id = acceptedRequestId(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("isHttpsRequest", () => {
  it("is true for an https URL or a proxy that says so, false otherwise", () => {
    expect(isHttpsRequest(new Request("https://shop.example.com/api"))).toBe(true);
    expect(isHttpsRequest(new Request("http://shop.example.com/api", { headers: { "x-forwarded-proto": "https" } }))).toBe(true);
    expect(isHttpsRequest(new Request("http://shop.example.com/api"))).toBe(false);
  });
});
