import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { signInCustomer } from "@/server/identity";
import {
  changeCustomerPassword,
  createCustomerAddress,
  deleteCustomerAddress,
  getCustomerProfile,
  listCustomerAddresses,
  MAX_ADDRESSES,
  registerCustomer,
  setDefaultCustomerAddress,
  signOutCustomerEverywhere,
  updateCustomerAccount,
  updateCustomerAddress,
} from "@/server/customers";
import { makeStore, runId, uniqueEmail } from "./int-test-support";

let store: { id: string };

async function newCustomer(extra: Record<string, unknown> = {}) {
  const email = uniqueEmail("acct");
  await registerCustomer(store.id, { name: `Kumari ${runId}`, email, password: "Lotus-Pond-4471", ...extra });
  const row = await storeDb(store.id).customer.findFirstOrThrow({ where: { email } });
  return { id: row.id, email, actor: { actorType: "customer" as const, actorId: row.id } };
}

const address = (line1: string, extra: Record<string, unknown> = {}) => ({
  name: "Kumari Silva",
  line1,
  city: "Kandy",
  postalCode: "20000",
  country: "lk",
  ...extra,
});

const defaults = async (customerId: string) => (await listCustomerAddresses(store.id, customerId)).filter((a) => a.isDefault).map((a) => a.line1);

beforeAll(async () => {
  store = await makeStore("acct");
});
afterAll(disconnectDb);

describe("saved addresses", () => {
  it("keeps exactly one default whenever there are addresses", async () => {
    const { id } = await newCustomer();
    const first = await createCustomerAddress(store.id, id, address("1 First Lane"));
    expect(await defaults(id)).toEqual(["1 First Lane"]);
    const second = await createCustomerAddress(store.id, id, address("2 Second Lane"));
    expect(await defaults(id)).toEqual(["1 First Lane"]);
    const third = await createCustomerAddress(store.id, id, address("3 Third Lane", { isDefault: "on" }));
    expect(await defaults(id)).toEqual(["3 Third Lane"]);

    expect(await setDefaultCustomerAddress(store.id, id, second)).toBe(true);
    expect(await defaults(id)).toEqual(["2 Second Lane"]);
    // Unticking "default" on the default address never leaves the book without one.
    expect(await updateCustomerAddress(store.id, id, second, address("2b Second Lane", { isDefault: false }))).toBe(true);
    expect(await defaults(id)).toEqual(["2b Second Lane"]);
    expect(await updateCustomerAddress(store.id, id, first, address("1 First Lane", { isDefault: true }))).toBe(true);
    expect(await defaults(id)).toEqual(["1 First Lane"]);

    // Deleting the default promotes the newest remaining address.
    expect(await deleteCustomerAddress(store.id, id, first)).toBe(true);
    expect(await defaults(id)).toEqual(["3 Third Lane"]);
    expect(await deleteCustomerAddress(store.id, id, third)).toBe(true);
    expect(await defaults(id)).toEqual(["2b Second Lane"]);
    expect(await deleteCustomerAddress(store.id, id, second)).toBe(true);
    expect(await listCustomerAddresses(store.id, id)).toEqual([]);
  });

  it("stays consistent under concurrent changes", async () => {
    const { id } = await newCustomer();
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => createCustomerAddress(store.id, id, address(`${n} Busy Road`, { isDefault: true }))));
    expect(await defaults(id)).toHaveLength(1);
    await Promise.all(ids.map((a) => setDefaultCustomerAddress(store.id, id, a)));
    expect(await defaults(id)).toHaveLength(1);
  });

  it("stores every field, normalised, and refuses another customer's address", async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const id = await createCustomerAddress(
      store.id,
      owner.id,
      address("  12 Temple Road ", { company: "", line2: "Flat 3", region: "Central", phone: "+94 81 222 3333" }),
    );
    const [saved] = await listCustomerAddresses(store.id, owner.id);
    expect(saved).toMatchObject({ id, line1: "12 Temple Road", company: null, line2: "Flat 3", region: "Central", country: "LK", phone: "+94 81 222 3333", isDefault: true });
    expect(await updateCustomerAddress(store.id, other.id, id, address("Hijacked"))).toBe(false);
    expect(await deleteCustomerAddress(store.id, other.id, id)).toBe(false);
    expect(await setDefaultCustomerAddress(store.id, other.id, id)).toBe(false);
    expect((await listCustomerAddresses(store.id, owner.id))[0]!.line1).toBe("12 Temple Road");
    await expect(createCustomerAddress(store.id, owner.id, address("x", { country: "XX", postalCode: "" }))).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: ["country"] }), expect.objectContaining({ path: ["postalCode"] })]),
    });
  });

  it(`allows at most ${MAX_ADDRESSES} addresses`, async () => {
    const { id } = await newCustomer();
    for (let i = 0; i < MAX_ADDRESSES; i++) await createCustomerAddress(store.id, id, address(`${i} Many Street`));
    await expect(createCustomerAddress(store.id, id, address("one too many"))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("marketing consent", () => {
  it("records when consent was given and withdrawn, and audits each change", async () => {
    const c = await newCustomer();
    expect((await getCustomerProfile(store.id, c.id))!.marketingConsentAt).toBeNull();

    const given = await updateCustomerAccount(store.id, c.id, { marketingConsent: true }, c.actor);
    expect(given.marketingConsent).toBe(true);
    expect(given.marketingConsentAt).toBeInstanceOf(Date);

    const again = await updateCustomerAccount(store.id, c.id, { marketingConsent: true }, c.actor);
    expect(again.marketingConsentAt).toEqual(given.marketingConsentAt);

    await new Promise((r) => setTimeout(r, 20));
    const withdrawn = await updateCustomerAccount(store.id, c.id, { marketingConsent: "off" }, c.actor);
    expect(withdrawn.marketingConsent).toBe(false);
    expect(withdrawn.marketingConsentAt!.getTime()).toBeGreaterThan(given.marketingConsentAt!.getTime());

    const audit = await platformDb().auditLogEntry.findMany({ where: { storeId: store.id, targetId: c.id, action: { startsWith: "customer.marketing" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["customer.marketing_consent_given", "customer.marketing_consent_withdrawn"]);
    expect(audit.every((a) => a.actorType === "customer" && a.actorId === c.id)).toBe(true);
  });

  it("starts with the time of consent when given at registration", async () => {
    const c = await newCustomer({ marketingConsent: true });
    const profile = await getCustomerProfile(store.id, c.id);
    expect(profile!.marketingConsent).toBe(true);
    expect(profile!.marketingConsentAt).toBeInstanceOf(Date);
  });
});

describe("encryption at rest", () => {
  it("keeps no plaintext in Customer.name, Customer.phone or CustomerAddress.data", async () => {
    const c = await newCustomer();
    const name = `Plaintext Probe ${runId}`;
    const phone = "+94 71 555 0199";
    const line1 = `77 Cipher Street ${runId}`;
    await updateCustomerAccount(store.id, c.id, { name, phone }, c.actor);
    await createCustomerAddress(store.id, c.id, address(line1, { name: "Addressee Probe", postalCode: "80000" }));

    const customers = await platformDb().$queryRaw<{ name: string; phone: string }[]>`SELECT name, phone FROM Customer WHERE id = ${c.id}`;
    const addresses = await platformDb().$queryRaw<{ data: string }[]>`SELECT data FROM CustomerAddress WHERE customerId = ${c.id}`;
    const stored = [customers[0]!.name, customers[0]!.phone, addresses[0]!.data];
    for (const value of stored) expect(value).toMatch(/^enc:v1:/);
    const raw = stored.join("\n");
    // Probes long enough that random base64 ciphertext cannot contain them by chance (a bare "555"
    // did, about once in a few hundred runs); "5550199" still catches a phone stored without spaces.
    for (const plain of [name, "Plaintext", phone, "5550199", line1, "Cipher", "Addressee", "80000", "Kandy"]) expect(raw).not.toContain(plain);

    // ...and the domain reads them back.
    const profile = await getCustomerProfile(store.id, c.id);
    expect([profile!.name, profile!.phone]).toEqual([name, phone]);
    expect((await listCustomerAddresses(store.id, c.id))[0]!.line1).toBe(line1);
  });
});

describe("security", () => {
  it("changes the password only with the current one, and ends every session", async () => {
    const c = await newCustomer();
    expect(await changeCustomerPassword(store.id, c.id, { currentPassword: "wrong-one", newPassword: "Fresh-Pass-2026" })).toEqual({ ok: false, reason: "wrong_password" });
    await expect(changeCustomerPassword(store.id, c.id, { currentPassword: "Lotus-Pond-4471", newPassword: "password" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["newPassword"] })],
    });
    const before = (await signInCustomer(store.id, { email: c.email, password: "Lotus-Pond-4471" }))!.sessionVersion;
    expect(await changeCustomerPassword(store.id, c.id, { currentPassword: "Lotus-Pond-4471", newPassword: "Fresh-Pass-2026" })).toEqual({ ok: true });
    expect(await signInCustomer(store.id, { email: c.email, password: "Lotus-Pond-4471" })).toBeNull();
    expect((await signInCustomer(store.id, { email: c.email, password: "Fresh-Pass-2026" }))!.sessionVersion).toBe(before + 1);
  });

  it("signs out everywhere by bumping the session version", async () => {
    const c = await newCustomer();
    const before = (await storeDb(store.id).customer.findUniqueOrThrow({ where: { id: c.id } })).sessionVersion;
    expect(await signOutCustomerEverywhere(store.id, c.id)).toBe(true);
    expect((await storeDb(store.id).customer.findUniqueOrThrow({ where: { id: c.id } })).sessionVersion).toBe(before + 1);
  });
});
