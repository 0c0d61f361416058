import { createHmac, hkdfSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { DOWNLOAD_LINK_TTL_SECONDS, downloadExpiry, signDownloadToken, verifyDownloadToken } from "./download-token";

const saved = { ...process.env };
const SECRET = "s".repeat(40);

function useSecret(secret: string) {
  process.env.DATABASE_URL = "mysql://root@127.0.0.1:3306/unused";
  process.env.AUTH_SECRET = secret;
  resetEnvForTests();
}

beforeEach(() => useSecret(SECRET));
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const now = new Date("2026-11-21T12:00:00Z");
const nowSec = now.getTime() / 1000;
const claims = { s: "storeA", o: "order1", l: "line1", e: nowSec + DOWNLOAD_LINK_TTL_SECONDS };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);

describe("download tokens", () => {
  it("round-trips the order line until just before expiry", () => {
    const token = signDownloadToken(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyDownloadToken("storeA", token, now)).toEqual({ orderId: "order1", lineId: "line1", expiresAt: new Date(claims.e * 1000) });
    expect(verifyDownloadToken("storeA", token, new Date((claims.e - 1) * 1000))).not.toBeNull();
  });

  it("refuses an expired token, from the expiry second on", () => {
    const token = signDownloadToken(claims);
    expect(verifyDownloadToken("storeA", token, new Date(claims.e * 1000))).toBeNull();
    expect(verifyDownloadToken("storeA", token, new Date((claims.e + 3600) * 1000))).toBeNull();
  });

  it("refuses another store's token", () => {
    const token = signDownloadToken(claims);
    expect(verifyDownloadToken("storeB", token, now)).toBeNull();
  });

  it("refuses a tampered payload: a longer expiry, another line, another store", () => {
    const [, signature] = signDownloadToken(claims).split(".");
    for (const forged of [{ ...claims, e: claims.e + 86_400 }, { ...claims, l: "line2" }, { ...claims, s: "storeB" }]) {
      expect(verifyDownloadToken(forged.s, `${encode(forged)}.${signature}`, now)).toBeNull();
    }
    const token = signDownloadToken(claims);
    expect(verifyDownloadToken("storeA", flip(token, 5), now)).toBeNull();
  });

  it("refuses a tampered or re-spelled signature", () => {
    const token = signDownloadToken(claims);
    const [payload, signature] = token.split(".") as [string, string];
    expect(verifyDownloadToken("storeA", `${payload}.${flip(signature, 0)}`, now)).toBeNull();
    expect(verifyDownloadToken("storeA", `${payload}.${flip(signature, 42)}`, now)).toBeNull();
    // The last base64url character carries 2 spare bits: another spelling of the same MAC is refused.
    const last = signature[42]!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(Buffer.from(signature.slice(0, 42) + sibling, "base64url")).toEqual(Buffer.from(signature, "base64url"));
    expect(verifyDownloadToken("storeA", `${payload}.${signature.slice(0, 42)}${sibling}`, now)).toBeNull();
  });

  it("refuses a token signed with the raw secret or under another secret", () => {
    const payload = encode(claims);
    const raw = createHmac("sha256", SECRET).update(payload).digest("base64url");
    expect(verifyDownloadToken("storeA", `${payload}.${raw}`, now)).toBeNull();
    const token = signDownloadToken(claims);
    useSecret("t".repeat(40));
    expect(verifyDownloadToken("storeA", token, now)).toBeNull();
  });

  it("signs with a key derived from AUTH_SECRET, not the secret itself", () => {
    const token = signDownloadToken(claims);
    const [payload, signature] = token.split(".") as [string, string];
    const key = Buffer.from(hkdfSync("sha256", SECRET, "ecom/download-link/v1", "ecom/orders/download-link-hmac", 32));
    expect(createHmac("sha256", key).update(payload).digest("base64url")).toBe(signature);
  });

  it("refuses malformed tokens without throwing", () => {
    const validSig = signDownloadToken(claims).split(".")[1]!;
    const signedJunk = (payload: string) => `${payload}.${createHmac("sha256", Buffer.from(hkdfSync("sha256", SECRET, "ecom/download-link/v1", "ecom/orders/download-link-hmac", 32))).update(payload).digest("base64url")}`;
    const bad = [
      "",
      "abc",
      ".",
      `${encode(claims)}.`,
      `${encode(claims)}.${validSig}.x`,
      `${encode(claims)}.${validSig}=`,
      "a".repeat(700) + "." + validSig,
      signedJunk(Buffer.from("not json").toString("base64url")),
      signedJunk(encode({ ...claims, extra: 1 })),
      signedJunk(encode({ ...claims, e: "soon" })),
      signedJunk(encode({ ...claims, o: "../etc" })),
    ];
    for (const token of bad) expect(verifyDownloadToken("storeA", token, now)).toBeNull();
    // The same helper does make a valid token out of good claims (the cases above fail for their content).
    expect(verifyDownloadToken("storeA", signedJunk(encode(claims)), now)).not.toBeNull();
  });

  it("computes expiry from now and refuses unreasonable lifetimes", () => {
    expect(downloadExpiry(now)).toBe(nowSec + 24 * 3600);
    expect(downloadExpiry(now, 60)).toBe(nowSec + 60);
    for (const ttl of [0, -1, 1.5, 8 * 24 * 3600]) expect(() => downloadExpiry(now, ttl)).toThrow(RangeError);
  });
});
