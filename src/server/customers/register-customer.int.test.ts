import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { signInCustomer } from "@/server/identity";
import { registerCustomer, requestCustomerPasswordReset, resetCustomerPassword, verifyCustomerEmail } from "@/server/customers";
import { mailsTo, makeStore, tokenFromMail, uniqueEmail } from "./int-test-support";

let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };

beforeAll(async () => {
  storeA = await makeStore("reg-a");
  storeB = await makeStore("reg-b");
});
afterAll(disconnectDb);

const input = (email: string, password: string, extra: Record<string, unknown> = {}) => ({ name: "Nimal Perera", email, password, ...extra });

describe("registerCustomer", () => {
  it("creates one account per store and answers a duplicate exactly like a new address", async () => {
    const email = uniqueEmail("dup");
    const first = await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471"));
    const second = await registerCustomer(storeA.id, input(email.toUpperCase(), "Other-Secret-9920"));
    expect(first).toBeUndefined();
    expect(second).toEqual(first);
    const rows = await storeDb(storeA.id).customer.findMany({ where: { email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.marketingConsent).toBe(false);
    expect(rows[0]!.marketingConsentAt).toBeNull();
    const mails = await mailsTo(storeA.id, email);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining("Someone tried to create an account"),
      expect.stringContaining("Verify your email"),
    ]);
    // The existing account keeps its first password.
    expect(await signInCustomer(storeA.id, { email, password: "Lotus-Pond-4471" })).not.toBeNull();
    expect(await signInCustomer(storeA.id, { email, password: "Other-Secret-9920" })).toBeNull();
  });

  it("makes the same email at another store an independent account with its own password", async () => {
    const email = uniqueEmail("two");
    await registerCustomer(storeA.id, input(email, "Alpha-Store-Pass-1"));
    await registerCustomer(storeB.id, input(email, "Bravo-Store-Pass-2", { marketingConsent: "on" }));
    const a = await storeDb(storeA.id).customer.findFirstOrThrow({ where: { email } });
    const b = await storeDb(storeB.id).customer.findFirstOrThrow({ where: { email } });
    expect(a.id).not.toBe(b.id);
    expect([a.marketingConsent, b.marketingConsent]).toEqual([false, true]);
    expect(b.marketingConsentAt).toBeInstanceOf(Date);
    // Neither registration told the other store anything: each got its own verification mail.
    expect((await mailsTo(storeB.id, email)).map((m) => m.subject)).toEqual([expect.stringContaining("Verify your email")]);

    expect((await signInCustomer(storeA.id, { email, password: "Alpha-Store-Pass-1" }))?.id).toBe(a.id);
    expect(await signInCustomer(storeB.id, { email, password: "Alpha-Store-Pass-1" })).toBeNull();
    expect((await signInCustomer(storeB.id, { email, password: "Bravo-Store-Pass-2" }))?.id).toBe(b.id);
    expect(await signInCustomer(storeA.id, { email, password: "Bravo-Store-Pass-2" })).toBeNull();
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const email = uniqueEmail("bad");
    await expect(registerCustomer(storeA.id, { name: "", email: "not-an-email", password: "password" })).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ["name"] }),
        expect.objectContaining({ path: ["email"] }),
        expect.objectContaining({ path: ["password"] }),
      ]),
    });
    await expect(registerCustomer(storeA.id, input(email, "short"))).rejects.toThrow();
    expect(await storeDb(storeA.id).customer.count({ where: { email } })).toBe(0);
  });

  it("throttles registrations per address with RATE_LIMITED and a retry time", async () => {
    const email = uniqueEmail("throttle");
    for (let i = 0; i < 5; i++) await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471"));
    const error = await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
    expect((error as AppError).message).toMatch(/Try again in \d+ minutes?/);
    // The limit is per store: the same address registers elsewhere.
    await expect(registerCustomer(storeB.id, input(email, "Lotus-Pond-4471"))).resolves.toBeUndefined();
  });

  it("throttles per IP across addresses", async () => {
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
    for (let i = 0; i < 20; i++) await registerCustomer(storeA.id, input(uniqueEmail("ip"), "Lotus-Pond-4471"), { ip });
    await expect(registerCustomer(storeA.id, input(uniqueEmail("ip"), "Lotus-Pond-4471"), { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("email verification", () => {
  it("verifies once with the mailed token, on its own store only", async () => {
    const email = uniqueEmail("verify");
    await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471"));
    const token = await tokenFromMail(storeA.id, email, "/account/verify-email");
    const mail = (await mailsTo(storeA.id, email))[0]!;
    expect(mail.text).toContain(`://${storeA.slug}.`);
    expect(await verifyCustomerEmail(storeB.id, { token })).toEqual({ ok: false, reason: "invalid_or_expired" });
    expect(await verifyCustomerEmail(storeA.id, { token })).toEqual({ ok: true });
    expect(await verifyCustomerEmail(storeA.id, { token })).toEqual({ ok: false, reason: "invalid_or_expired" });
    const row = await storeDb(storeA.id).customer.findFirstOrThrow({ where: { email } });
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("refuses an expired token", async () => {
    const email = uniqueEmail("expired");
    await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471"));
    const token = await tokenFromMail(storeA.id, email, "/account/verify-email");
    const customer = await storeDb(storeA.id).customer.findFirstOrThrow({ where: { email } });
    await storeDb(storeA.id).customerToken.updateMany({ where: { customerId: customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyCustomerEmail(storeA.id, { token })).toEqual({ ok: false, reason: "invalid_or_expired" });
  });
});

describe("password reset", () => {
  it("mails a single-use link for a registered address, nothing for an unknown one, and ends sessions", async () => {
    const email = uniqueEmail("reset");
    await registerCustomer(storeA.id, input(email, "Lotus-Pond-4471"));
    const before = await storeDb(storeA.id).customer.findFirstOrThrow({ where: { email } });

    const unknown = uniqueEmail("nobody");
    expect(await requestCustomerPasswordReset(storeA.id, { email: unknown })).toBeUndefined();
    expect(await mailsTo(storeA.id, unknown)).toEqual([]);

    expect(await requestCustomerPasswordReset(storeA.id, { email })).toBeUndefined();
    const token = await tokenFromMail(storeA.id, email, "/account/reset-password");
    expect(await resetCustomerPassword(storeB.id, { token, password: "Brand-New-Pass-77" })).toEqual({ ok: false, reason: "invalid_or_expired" });
    expect(await resetCustomerPassword(storeA.id, { token, password: "Brand-New-Pass-77" })).toEqual({ ok: true, customerId: before.id });
    expect(await resetCustomerPassword(storeA.id, { token, password: "Another-Pass-88" })).toEqual({ ok: false, reason: "invalid_or_expired" });

    const after = await storeDb(storeA.id).customer.findFirstOrThrow({ where: { email } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await signInCustomer(storeA.id, { email, password: "Lotus-Pond-4471" })).toBeNull();
    expect(await signInCustomer(storeA.id, { email, password: "Brand-New-Pass-77" })).not.toBeNull();
  });

  it("throttles reset requests per address whether or not it is registered", async () => {
    const unknown = uniqueEmail("reset-throttle");
    for (let i = 0; i < 5; i++) await requestCustomerPasswordReset(storeA.id, { email: unknown });
    await expect(requestCustomerPasswordReset(storeA.id, { email: unknown })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
