import { describe, expect, it } from "vitest";
import { classifyHost } from "./classify-host";

describe("classifyHost", () => {
  const root = "localhost:3000";

  it("recognises the platform host and its www alias", () => {
    expect(classifyHost("localhost:3000", root)).toEqual({ kind: "platform" });
    expect(classifyHost("LOCALHOST:3000", root)).toEqual({ kind: "platform" });
    expect(classifyHost("www.localhost:3000", root)).toEqual({ kind: "platform" });
    expect(classifyHost("shop.example.com", "shop.example.com")).toEqual({ kind: "platform" });
  });

  it("reads a store slug from a subdomain of the root", () => {
    expect(classifyHost("demo.localhost:3000", root)).toEqual({ kind: "subdomain", slug: "demo" });
    expect(classifyHost("Lanka-Gems.shop.example.com.", "shop.example.com")).toEqual({ kind: "subdomain", slug: "lanka-gems" });
  });

  it("refuses labels that cannot be slugs, and nested subdomains", () => {
    expect(classifyHost("a.b.localhost:3000", root)).toEqual({ kind: "invalid" });
    expect(classifyHost("-demo.localhost:3000", root)).toEqual({ kind: "invalid" });
    expect(classifyHost("x.localhost:3000", root)).toEqual({ kind: "invalid" });
    expect(classifyHost("de_mo.localhost:3000", root)).toEqual({ kind: "invalid" });
  });

  it("treats any other well-formed host as a possible custom domain, without its port", () => {
    expect(classifyHost("www.gems.lk", root)).toEqual({ kind: "custom", hostname: "www.gems.lk" });
    expect(classifyHost("gems.lk:8443", root)).toEqual({ kind: "custom", hostname: "gems.lk" });
  });

  it("gives nothing to empty, malformed, IP and same-name-other-port hosts", () => {
    for (const host of [null, undefined, "", "   ", "127.0.0.1:3000", "[::1]:3000", "localhost:4000", "bad host", "evil.com/x"]) {
      expect(classifyHost(host, root)).toEqual({ kind: "invalid" });
    }
  });
});
