import { createHmac, hkdfSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { blindIndex } from "./blind-index";
import { authSecretKey } from "./derived-key";

const saved = { ...process.env };

function useSecret(secret: string) {
  process.env.DATABASE_URL = "mysql://root@127.0.0.1:3306/unused";
  process.env.AUTH_SECRET = secret;
  resetEnvForTests();
}

beforeEach(() => useSecret("a".repeat(32)));
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("blindIndex", () => {
  it("is deterministic, 64 hex characters, and does not contain the value", () => {
    const a = blindIndex("signin-account", "nimal@example.com");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex("signin-account", "nimal@example.com")).toBe(a);
    expect(a).not.toContain("nimal");
  });

  it("differs by value and by purpose", () => {
    const a = blindIndex("signin-account", "nimal@example.com");
    expect(blindIndex("signin-account", "nimal@example.org")).not.toBe(a);
    expect(blindIndex("password-reset", "nimal@example.com")).not.toBe(a);
    // Purpose and value are not simply concatenated.
    expect(blindIndex("ab", "c")).not.toBe(blindIndex("a", "bc"));
  });

  it("is keyed by AUTH_SECRET: not a plain hash, and changes with the secret", () => {
    const a = blindIndex("signin-account", "nimal@example.com");
    expect(a).not.toBe(createHmac("sha256", "").update("nimal@example.com").digest("hex"));
    useSecret("b".repeat(32));
    expect(blindIndex("signin-account", "nimal@example.com")).not.toBe(a);
    useSecret("a".repeat(32));
    expect(blindIndex("signin-account", "nimal@example.com")).toBe(a);
  });

  it("requires a purpose", () => {
    expect(() => blindIndex("", "x")).toThrow(TypeError);
  });
});

describe("authSecretKey", () => {
  it("is HKDF-SHA256 of AUTH_SECRET for its salt and info (so keys derived before stay the same), one per use and per secret", () => {
    const key = authSecretKey("salt/v1", "use-a");
    expect(key.type).toBe("secret");
    expect(key.export()).toEqual(Buffer.from(hkdfSync("sha256", "a".repeat(32), "salt/v1", "use-a", 32)));
    expect(authSecretKey("salt/v1", "use-a")).toBe(key);
    expect(authSecretKey("salt/v1", "use-b").export()).not.toEqual(key.export());
    useSecret("c".repeat(32));
    expect(authSecretKey("salt/v1", "use-a").export()).toEqual(Buffer.from(hkdfSync("sha256", "c".repeat(32), "salt/v1", "use-a", 32)));
  });
});
