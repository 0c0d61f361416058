import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// getCustomerActor reads the proxy's headers and the next-auth session: both are stubbed so
// the real check (the token's store against the host's store, and its session version) runs.
const request = vi.hoisted(() => ({ headers: new Headers(), session: null as null | Record<string, unknown> }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => request.session }));

import { disconnectDb, storeDb } from "@/server/db";
import { forgetCustomerSession, getCustomerActor } from "@/server/http";
import {
  createCustomerAddress,
  deleteCustomerAddress,
  eraseCustomer,
  exportCustomerData,
  exportCustomersCsv,
  getCustomerAddress,
  getCustomerForStaff,
  getCustomerProfile,
  listCustomerAddresses,
  listCustomers,
  registerCustomer,
  signOutCustomerEverywhere,
  updateCustomerAccount,
  updateCustomerAddress,
} from "@/server/customers";
import { makeStore, runId, uniqueEmail } from "./int-test-support";

let attacker: { id: string };
let victim: { id: string };
let victimCustomer: { id: string; email: string; addressId: string };
const staff = { actorType: "platform_user" as const, actorId: "attacker-staff" };
const victimName = `Victim Wickramasinghe ${runId}`;

beforeAll(async () => {
  attacker = await makeStore("attacker");
  victim = await makeStore("victim");
  const email = uniqueEmail("victim");
  await registerCustomer(victim.id, { name: victimName, email, password: "Victim-Pass-2026" });
  const { id } = await storeDb(victim.id).customer.findFirstOrThrow({ where: { email } });
  const addressId = await createCustomerAddress(victim.id, id, { name: victimName, line1: "9 Victim Road", city: "Colombo", postalCode: "00100", country: "LK" });
  victimCustomer = { id, email, addressId };
  await registerCustomer(attacker.id, { name: "Attacker Own Customer", email: uniqueEmail("own"), password: "Attacker-Pass-2026" });
});
afterAll(disconnectDb);

describe("store A's staff and APIs see nothing of store B's customers", () => {
  it("cannot list, search, view, export or erase them", async () => {
    const page = await listCustomers(attacker.id, { q: victimCustomer.email });
    expect(page.total).toBe(0);
    const all = await listCustomers(attacker.id, {});
    expect(all.items.map((i) => i.id)).not.toContain(victimCustomer.id);
    expect(await getCustomerForStaff(attacker.id, victimCustomer.id)).toBeNull();
    expect(await exportCustomerData(attacker.id, victimCustomer.id, staff)).toBeNull();
    const { csv } = await exportCustomersCsv(attacker.id, staff);
    expect(csv).not.toContain(victimCustomer.email);
    expect(csv).not.toContain(victimCustomer.id);
    expect(csv).not.toContain(victimName);
    expect(await eraseCustomer(attacker.id, victimCustomer.id, staff)).toBe(false);
    expect(await getCustomerProfile(victim.id, victimCustomer.id)).toMatchObject({ email: victimCustomer.email, name: victimName });
  });

  it("cannot change their account or addresses", async () => {
    await expect(updateCustomerAccount(attacker.id, victimCustomer.id, { name: "Hacked" }, staff)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCustomerAddress(attacker.id, victimCustomer.id, { name: "x", line1: "x", city: "x", postalCode: "1", country: "LK" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await updateCustomerAddress(attacker.id, victimCustomer.id, victimCustomer.addressId, { name: "x", line1: "x", city: "x", postalCode: "1", country: "LK" })).toBe(false);
    expect(await deleteCustomerAddress(attacker.id, victimCustomer.id, victimCustomer.addressId)).toBe(false);
    expect(await getCustomerAddress(attacker.id, victimCustomer.id, victimCustomer.addressId)).toBeNull();
    expect(await listCustomerAddresses(attacker.id, victimCustomer.id)).toEqual([]);
    expect(await signOutCustomerEverywhere(attacker.id, victimCustomer.id)).toBe(false);
    expect((await listCustomerAddresses(victim.id, victimCustomer.id)).map((a) => a.line1)).toEqual(["9 Victim Road"]);
  });
});

describe("a customer session is worth something only on its own store's host", () => {
  // A browser sends the customer realm's session cookie (whose token the stubbed getServerSession decodes).
  const onHost = (storeId: string) => new Headers({ "x-ecom-area": "store", "x-ecom-store-id": storeId, cookie: "ecom.customer.session=token" });

  beforeEach(() => forgetCustomerSession(victim.id, victimCustomer.id));

  it("does not ask next-auth at all when the request carries no session cookie", async () => {
    request.headers = new Headers({ "x-ecom-area": "store", "x-ecom-store-id": victim.id });
    request.session = { customerId: victimCustomer.id, storeId: victim.id, sv: 0 };
    expect(await getCustomerActor()).toBeNull();
  });

  it("accepts the victim store's token on the victim store's host", async () => {
    request.headers = onHost(victim.id);
    request.session = { customerId: victimCustomer.id, storeId: victim.id, sv: 0 };
    expect(await getCustomerActor()).toEqual({ customerId: victimCustomer.id, storeId: victim.id });
  });

  it("refuses it on another store's host, and on the platform host", async () => {
    request.session = { customerId: victimCustomer.id, storeId: victim.id, sv: 0 };
    request.headers = onHost(attacker.id);
    expect(await getCustomerActor()).toBeNull();
    request.headers = new Headers({ "x-ecom-area": "platform" });
    expect(await getCustomerActor()).toBeNull();
    // A token claiming the attacker store but naming the victim's customer id finds no one there.
    request.headers = onHost(attacker.id);
    request.session = { customerId: victimCustomer.id, storeId: attacker.id, sv: 0 };
    expect(await getCustomerActor()).toBeNull();
    expect(await getCustomerProfile(attacker.id, victimCustomer.id)).toBeNull();
  });

  it("refuses a token behind the account's session version", async () => {
    const throwaway = uniqueEmail("sv");
    await registerCustomer(victim.id, { name: "Session Holder", email: throwaway, password: "Session-Pass-2026" });
    const { id } = await storeDb(victim.id).customer.findFirstOrThrow({ where: { email: throwaway } });
    request.headers = onHost(victim.id);
    request.session = { customerId: id, storeId: victim.id, sv: 0 };
    expect(await getCustomerActor()).not.toBeNull();
    await signOutCustomerEverywhere(victim.id, id);
    forgetCustomerSession(victim.id, id);
    expect(await getCustomerActor()).toBeNull();
    request.session = { customerId: id, storeId: victim.id, sv: 1 };
    expect(await getCustomerActor()).not.toBeNull();
    await eraseCustomer(victim.id, id, { actorType: "customer", actorId: id });
    forgetCustomerSession(victim.id, id);
    request.session = { customerId: id, storeId: victim.id, sv: 2 };
    expect(await getCustomerActor()).toBeNull();
  });
});
