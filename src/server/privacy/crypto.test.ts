import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { resetEnvForTests } from "@/env";
import {
  decryptJson,
  decryptOptional,
  decryptText,
  encryptedKeyId,
  encryptJson,
  encryptOptional,
  encryptText,
  isEncrypted,
  PiiDecryptError,
} from "./crypto";

const KEY_A = `ka:${Buffer.alloc(32, 0xa1).toString("base64")}`;
const KEY_B = `kb:${Buffer.alloc(32, 0xb2).toString("base64url")}`;
const saved = { ...process.env };

function useKeys(keys: string, active?: string) {
  process.env.DATABASE_URL = "mysql://root@127.0.0.1:3306/unused";
  process.env.PII_ENCRYPTION_KEYS = keys;
  if (active) process.env.PII_ACTIVE_KEY_ID = active;
  else delete process.env.PII_ACTIVE_KEY_ID;
  resetEnvForTests();
}

beforeEach(() => useKeys(KEY_A, "ka"));
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("encryptText / decryptText", () => {
  it.each(["", "Nimal Perera", "නිමල් පෙරේරා", "😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x".repeat(10_000)])("round-trips %#", (plain) => {
    const sealed = encryptText(plain, "Customer.name");
    expect(isEncrypted(sealed)).toBe(true);
    expect(sealed.startsWith("enc:v1:ka:")).toBe(true);
    expect(decryptText(sealed, "Customer.name")).toBe(plain);
  });

  it("never shows the plaintext and gives a different value each time", () => {
    const a = encryptText("+94 77 123 4567");
    const b = encryptText("+94 77 123 4567");
    expect(a).not.toBe(b);
    expect(a).not.toContain("123");
    expect(decryptText(a)).toBe(decryptText(b));
  });

  it("refuses a value with any single character changed", () => {
    const sealed = encryptText("secret name", "Customer.name");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:";
    for (let i = 0; i < sealed.length; i++) {
      const replacement = alphabet[(alphabet.indexOf(sealed[i]!) + 1) % alphabet.length]!;
      const tampered = sealed.slice(0, i) + replacement + sealed.slice(i + 1);
      expect(() => decryptText(tampered, "Customer.name"), `position ${i}`).toThrow(PiiDecryptError);
    }
  });

  it("refuses truncated, extended and reassembled values", () => {
    const sealed = encryptText("secret name");
    const other = encryptText("other name");
    const [p, v, k, iv, tag, ct] = sealed.split(":") as string[];
    const otherParts = other.split(":");
    expect(() => decryptText(sealed.slice(0, -1))).toThrow(PiiDecryptError);
    expect(() => decryptText(`${sealed}A`)).toThrow(PiiDecryptError);
    expect(() => decryptText(`${sealed}:x`)).toThrow(PiiDecryptError);
    expect(() => decryptText([p, v, k, otherParts[3], tag, ct].join(":"))).toThrow(PiiDecryptError);
    expect(() => decryptText([p, v, k, iv, otherParts[4], ct].join(":"))).toThrow(PiiDecryptError);
    expect(() => decryptText([p, v, k, iv, tag, otherParts[5]].join(":"))).toThrow(PiiDecryptError);
    expect(() => decryptText("plain text")).toThrow(/not an encrypted value/);
  });

  it("binds a value to its context (column)", () => {
    const sealed = encryptText("Nimal", "Customer.name");
    expect(() => decryptText(sealed, "Customer.phone")).toThrow(PiiDecryptError);
    expect(() => decryptText(sealed)).toThrow(PiiDecryptError);
    expect(decryptText(sealed, "Customer.name")).toBe("Nimal");
  });

  it("opens values under an older key after the active key changes, and names the key", () => {
    const underA = encryptText("kept across rotation", "Customer.name");
    useKeys(`${KEY_A},${KEY_B}`, "kb");
    const underB = encryptText("new value", "Customer.name");
    expect(encryptedKeyId(underA)).toBe("ka");
    expect(encryptedKeyId(underB)).toBe("kb");
    expect(decryptText(underA, "Customer.name")).toBe("kept across rotation");
    expect(decryptText(underB, "Customer.name")).toBe("new value");
  });

  it("refuses a value whose key is no longer configured, and a key id swapped for another", () => {
    const underA = encryptText("orphan");
    useKeys(`${KEY_A},${KEY_B}`, "kb");
    expect(() => decryptText(underA.replace(":ka:", ":kb:"))).toThrow(PiiDecryptError);
    useKeys(KEY_B);
    expect(() => decryptText(underA)).toThrow(/unknown key id "ka"/);
  });

  it("never puts the value in its error messages", () => {
    const sealed = encryptText("Nimal Perera");
    try {
      decryptText(`${sealed.slice(0, -2)}AA`, "x");
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(sealed.split(":")[5]);
      expect(String(error)).not.toContain("Nimal");
    }
  });
});

describe("helpers", () => {
  it("round-trips JSON", () => {
    const address = { line1: "12 Galle Rd", city: "කොළඹ", postcode: "00300", lines: [1, null, true] };
    const sealed = encryptJson(address, "CustomerAddress.data");
    expect(sealed).not.toContain("Galle");
    expect(decryptJson<typeof address>(sealed, "CustomerAddress.data")).toEqual(address);
    expect(() => encryptJson(undefined)).toThrow(TypeError);
  });

  it("passes null and undefined through the optional helpers", () => {
    expect(encryptOptional(null)).toBeNull();
    expect(encryptOptional(undefined)).toBeUndefined();
    expect(decryptOptional(null)).toBeNull();
    expect(decryptOptional(undefined)).toBeUndefined();
    expect(decryptOptional(encryptOptional("0771234567", "Customer.phone"), "Customer.phone")).toBe("0771234567");
    const column = encryptText("x") as string | null;
    expectTypeOf(decryptOptional(column)).toEqualTypeOf<string | null>();
    expectTypeOf(encryptOptional(undefined as string | undefined)).toEqualTypeOf<string | undefined>();
  });

  it("recognises the format without decrypting", () => {
    expect(isEncrypted("hello")).toBe(false);
    expect(isEncrypted(null)).toBe(false);
    expect(isEncrypted("enc:v1:ka:abc:def:")).toBe(false);
    expect(encryptedKeyId("hello")).toBeNull();
  });
});
