import { hkdfSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { authSecretKey } from "./derived-key";

const saved = { ...process.env };

function useSecret(secret: string) {
  process.env.DATABASE_URL = "mysql://root@127.0.0.1:3306/unused";
  process.env.AUTH_SECRET = secret;
  resetEnvForTests();
}

beforeEach(() => useSecret("b".repeat(32)));
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("authSecretKey", () => {
  it("is HKDF-SHA256 of AUTH_SECRET for its salt and info (so keys derived before stay the same), one per use and per secret", () => {
    const key = authSecretKey("salt/v1", "use-a");
    expect(key.type).toBe("secret");
    expect(key.export()).toEqual(Buffer.from(hkdfSync("sha256", "b".repeat(32), "salt/v1", "use-a", 32)));
    expect(authSecretKey("salt/v1", "use-a")).toBe(key);
    expect(authSecretKey("salt/v1", "use-b").export()).not.toEqual(key.export());
    useSecret("c".repeat(32));
    expect(authSecretKey("salt/v1", "use-a").export()).toEqual(Buffer.from(hkdfSync("sha256", "c".repeat(32), "salt/v1", "use-a", 32)));
  });
});
