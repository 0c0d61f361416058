import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, COMMON_PASSWORDS_FILE, isCommonPassword, ZNewPassword } from "./password-policy";

const messages = (input: unknown) => {
  const result = ZNewPassword.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

const shipped = readFileSync(COMMON_PASSWORDS_FILE, "utf8")
  .split(/\r?\n/)
  .filter((line) => line !== "" && !line.startsWith("# "));

describe("ZNewPassword length", () => {
  it("accepts 8 to 128 characters and refuses 7 and 129", () => {
    expect(messages("Zk4#pq7W")).toEqual([]);
    expect(messages("Zk4#pq7")).toEqual(["Use at least 8 characters"]);
    expect(messages("")).toEqual(["Use at least 8 characters"]);
    const long = "Zk4#pq7W".repeat(16);
    expect(long).toHaveLength(128);
    expect(messages(long)).toEqual([]);
    expect(messages(`${long}x`)).toEqual(["Use at most 128 characters"]);
    expect(messages("x".repeat(100_000))).toEqual(["Use at most 128 characters"]);
  });

  it("counts Unicode code points, not UTF-16 units or bytes", () => {
    // 7 emoji are 14 UTF-16 units: still too short.
    expect(messages("😀🔑🌴🐘🥥🚂🌧")).toEqual(["Use at least 8 characters"]);
    expect(messages("😀🔑🌴🐘🥥🚂🌧🍛")).toEqual([]);
    // Sinhala: 8 code points, 24 UTF-8 bytes.
    expect(messages("කොළඹනගරය")).toEqual([]);
    const emoji128 = "🔑".repeat(128);
    expect(emoji128.length).toBe(256);
    expect(messages(emoji128)).toEqual([]);
    expect(messages(`${emoji128}🔑`)).toEqual(["Use at most 128 characters"]);
  });

  it("keeps the password exactly as typed", () => {
    expect(ZNewPassword.parse("  Zk4#pq7W  ")).toBe("  Zk4#pq7W  ");
  });

  it("refuses non-strings", () => {
    expect(ZNewPassword.safeParse(12345678).success).toBe(false);
    expect(ZNewPassword.safeParse(undefined).success).toBe(false);
  });
});

describe("common passwords", () => {
  it("ships at least 1,000 distinct entries", () => {
    const distinct = new Set(shipped.map((p) => p.toLowerCase()));
    expect(distinct.size).toBeGreaterThanOrEqual(1000);
    expect(COMMON_PASSWORD_COUNT).toBe(distinct.size);
  });

  it("refuses the best-known ones in any letter case", () => {
    for (const p of ["password", "PASSWORD", "PassWord", "12345678", "iloveyou", "ILoveYou", "sunshine", "football", "baseball", "password1", "Password1"]) {
      expect(messages(p), p).toEqual(["This password is too common; choose another"]);
    }
  });

  it("refuses every shipped entry of valid length, upper-cased", () => {
    const checkable = shipped.filter((p) => [...p].length >= 8 && [...p].length <= 128);
    expect(checkable.length).toBeGreaterThan(100);
    for (const p of checkable) {
      expect(isCommonPassword(p.toUpperCase()), p).toBe(true);
      expect(ZNewPassword.safeParse(p).success, p).toBe(false);
    }
  });

  it("reports only the length problem of a short common password", () => {
    const short = shipped.find((p) => [...p].length < 8);
    expect(short).toBeDefined();
    expect(messages(short)).toEqual(["Use at least 8 characters"]);
  });

  it("lets an uncommon password through", () => {
    expect(isCommonPassword("correct horse battery staple 94")).toBe(false);
  });
});
