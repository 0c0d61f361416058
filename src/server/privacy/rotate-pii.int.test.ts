/**
 * Key rotation against the shared test database. Other files write customers at the same
 * time (under the development key, which this file does not configure), so rotation is
 * scoped to this file's stores where counts are asserted, and assertions read only this
 * file's rows.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Key ids unique to this file, so rows of other files are never decryptable here.
  process.env.PII_ENCRYPTION_KEYS = `rotA:${Buffer.alloc(32, 0x0a).toString("base64")}`;
  process.env.PII_ACTIVE_KEY_ID = "rotA";
});

import { resetEnvForTests } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { decryptText, encryptJson, encryptText, PII_CONTEXT } from "./crypto";
import { rotatePii, type TRotateCounts } from "./rotate-pii";

const suffix = Math.random().toString(36).slice(2, 8);
const KEYS_A = process.env.PII_ENCRYPTION_KEYS!;
const KEYS_AB = `${KEYS_A},rotB:${Buffer.alloc(32, 0x0b).toString("base64")}`;

type TRawCustomer = { id: string; name: string | null; phone: string | null; updatedAt: Date };
type TPlain = { id: string; name: string | null; phone: string | null; address: string };

function useKeys(keys: string, active: string) {
  process.env.PII_ENCRYPTION_KEYS = keys;
  process.env.PII_ACTIVE_KEY_ID = active;
  resetEnvForTests();
}

async function makeStore(label: string) {
  return platformDb().store.create({
    data: { slug: `rot-${label}-${suffix}`, name: `Rotation ${label}`, country: "LK", currency: "LKR", timeZone: "Asia/Colombo" },
  });
}

/** Customers (one with a null phone) and one address each, written under the active key. */
async function seedCustomers(storeId: string, count: number): Promise<TPlain[]> {
  const db = storeDb(storeId);
  const made: TPlain[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Nimal Perera ${suffix} ${i} නිමල්`;
    const phone = i === 0 ? null : `+94771234${String(i).padStart(3, "0")}`;
    const address = `${i} Galle Road ${suffix}`;
    const customer = await db.customer.create({
      data: {
        storeId,
        email: `rot-${i}-${suffix}@example.com`,
        name: encryptText(name, PII_CONTEXT.customerName),
        phone: phone === null ? null : encryptText(phone, PII_CONTEXT.customerPhone),
      },
    });
    await db.customerAddress.create({
      data: { storeId, customerId: customer.id, data: encryptJson({ line1: address, city: "Colombo" }, PII_CONTEXT.customerAddress) },
    });
    // Every other customer has an order shipped to their address.
    if (i % 2 === 0) {
      await db.order.create({
        data: {
          storeId,
          number: 1001 + i,
          customerId: customer.id,
          email: `rot-${i}-${suffix}@example.com`,
          paymentMethod: "COD",
          currency: "LKR",
          subtotalMinor: 100n,
          totalMinor: 100n,
          pricesIncludeTax: true,
          requiresShipping: true,
          shippingAddress: encryptJson({ line1: address, city: "Colombo" }, PII_CONTEXT.orderShippingAddress),
          statusTokenHash: "0".repeat(64),
          checkoutKey: `rot-${i}-${suffix}-order-key`,
        },
      });
    }
    made.push({ id: customer.id, name, phone, address });
  }
  return made;
}

async function rawCustomers(storeId: string) {
  return platformDb().$queryRaw<TRawCustomer[]>`SELECT id, name, phone, updatedAt FROM Customer WHERE storeId = ${storeId} ORDER BY id`;
}

async function rawOrderAddresses(storeId: string) {
  return platformDb().$queryRaw<{ customerId: string; shippingAddress: string }[]>`SELECT customerId, shippingAddress FROM \`Order\` WHERE storeId = ${storeId}`;
}

async function rawAddresses(storeId: string) {
  return platformDb().$queryRaw<{ customerId: string; data: string }[]>`SELECT customerId, data FROM CustomerAddress WHERE storeId = ${storeId}`;
}

const none = (): TRotateCounts => ({ examined: 0, rotated: 0, current: 0, changedConcurrently: 0, unencrypted: 0, failed: 0 });

let storeOne: { id: string };
let storeTwo: { id: string };
let plainOne: TPlain[];
let plainTwo: TPlain[];

beforeAll(async () => {
  useKeys(KEYS_A, "rotA");
  storeOne = await makeStore("one");
  storeTwo = await makeStore("two");
  plainOne = await seedCustomers(storeOne.id, 7);
  plainTwo = await seedCustomers(storeTwo.id, 2);
});

afterAll(async () => {
  await platformDb().store.deleteMany({ where: { id: { in: [storeOne.id, storeTwo.id] } } });
  await disconnectDb();
});

describe("rotatePii", () => {
  it("re-encrypts every value of the chosen stores under the new key, in batches, and changes nothing more", async () => {
    const before = await rawCustomers(storeOne.id);
    expect(before.every((c) => c.name!.startsWith("enc:v1:rotA:"))).toBe(true);
    useKeys(KEYS_AB, "rotB");

    const messages: string[] = [];
    const result = await rotatePii({ batchSize: 3, storeIds: [storeOne.id], log: (m) => messages.push(m) });
    expect(result).toEqual({
      "Customer.name": { ...none(), examined: 7, rotated: 7 },
      "Customer.phone": { ...none(), examined: 6, rotated: 6 },
      "CustomerAddress.data": { ...none(), examined: 7, rotated: 7 },
      "Order.shippingAddress": { ...none(), examined: 4, rotated: 4 },
    });
    const orders = await rawOrderAddresses(storeOne.id);
    expect(orders).toHaveLength(4);
    for (const order of orders) {
      expect(order.shippingAddress.startsWith("enc:v1:rotB:")).toBe(true);
      const plain = plainOne.find((p) => p.id === order.customerId)!;
      expect(JSON.parse(decryptText(order.shippingAddress, PII_CONTEXT.orderShippingAddress))).toEqual({ line1: plain.address, city: "Colombo" });
    }

    const customers = await rawCustomers(storeOne.id);
    const addresses = await rawAddresses(storeOne.id);
    for (const plain of plainOne) {
      const row = customers.find((c) => c.id === plain.id)!;
      expect(row.name!.startsWith("enc:v1:rotB:")).toBe(true);
      expect(decryptText(row.name!, PII_CONTEXT.customerName)).toBe(plain.name);
      if (plain.phone === null) expect(row.phone).toBeNull();
      else {
        expect(row.phone!.startsWith("enc:v1:rotB:")).toBe(true);
        expect(decryptText(row.phone!, PII_CONTEXT.customerPhone)).toBe(plain.phone);
      }
      const address = addresses.find((a) => a.customerId === plain.id)!;
      expect(address.data.startsWith("enc:v1:rotB:")).toBe(true);
      expect(JSON.parse(decryptText(address.data, PII_CONTEXT.customerAddress))).toEqual({ line1: plain.address, city: "Colombo" });
      // No trace of the personal data in the stored bytes.
      const stored = `${row.name}|${row.phone}|${address.data}`;
      for (const secret of [plain.name, plain.phone, plain.address, "Nimal", "Galle", "නිමල්"]) {
        if (secret) expect(stored).not.toContain(secret);
      }
    }
    // Rotation is not an edit of the customer.
    expect(customers.map((c) => c.updatedAt.getTime())).toEqual(before.map((c) => c.updatedAt.getTime()));
    // The log names rows and counts, never personal data.
    expect(messages.join("\n")).not.toMatch(/Nimal|Galle|\+9477/);

    // The other store was outside this run.
    expect((await rawCustomers(storeTwo.id)).every((c) => c.name!.startsWith("enc:v1:rotA:"))).toBe(true);

    const again = await rotatePii({ batchSize: 3, storeIds: [storeOne.id] });
    expect(again).toEqual({
      "Customer.name": { ...none(), examined: 7, current: 7 },
      "Customer.phone": { ...none(), examined: 6, current: 6 },
      "CustomerAddress.data": { ...none(), examined: 7, current: 7 },
      "Order.shippingAddress": { ...none(), examined: 4, current: 4 },
    });
    expect(await rawCustomers(storeOne.id)).toEqual(customers);
    expect(await rawAddresses(storeOne.id)).toEqual(addresses);
  });

  it("crosses stores by default, and reports values it cannot decrypt instead of touching them", async () => {
    useKeys(KEYS_AB, "rotB");
    // A value under a key this process does not have (as a removed key would be).
    const orphan = `enc:v1:gone:${Buffer.alloc(12).toString("base64url")}:${Buffer.alloc(16).toString("base64url")}:AAAA`;
    const victim = plainTwo[1]!;
    await storeDb(storeTwo.id).customer.update({ where: { id: victim.id }, data: { phone: orphan } });

    const messages: string[] = [];
    const result = await rotatePii({ batchSize: 50, log: (m) => messages.push(m) });
    // Other files' rows (under the development key) are counted as failed, never changed.
    expect(result["Customer.name"].rotated).toBeGreaterThanOrEqual(2);
    expect(result["Customer.phone"].failed).toBeGreaterThanOrEqual(1);
    expect(messages.some((m) => m.includes(victim.id) && m.includes('"gone"'))).toBe(true);

    const rows = await rawCustomers(storeTwo.id);
    for (const plain of plainTwo) {
      const row = rows.find((c) => c.id === plain.id)!;
      expect(row.name!.startsWith("enc:v1:rotB:")).toBe(true);
      expect(decryptText(row.name!, PII_CONTEXT.customerName)).toBe(plain.name);
    }
    expect(rows.find((c) => c.id === victim.id)!.phone).toBe(orphan);
    for (const address of await rawAddresses(storeTwo.id)) expect(address.data.startsWith("enc:v1:rotB:")).toBe(true);
  });

  it("does not overwrite a value changed between its read and its write", async () => {
    const store = await makeStore("race");
    try {
      useKeys(KEYS_A, "rotA");
      const [plain] = await seedCustomers(store.id, 1);
      useKeys(KEYS_AB, "rotB");
      const edited = encryptText("Edited meanwhile", PII_CONTEXT.customerName);
      // An edit holds the row (uncommitted) while rotation reads the old value and tries to
      // write; the edit commits first, so rotation's conditional update must match nothing.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const edit = storeDb(store.id).$transaction(
        async (tx) => {
          await tx.customer.update({ where: { id: plain!.id }, data: { name: edited } });
          await gate;
        },
        { timeout: 30_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rotation = rotatePii({ storeIds: [store.id] });
      // Wait until rotation's conditional UPDATE is blocked on the edit's row lock.
      for (let i = 0; i < 200; i++) {
        const waiting = await platformDb().$queryRaw<{ n: bigint }[]>`
          SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST
          WHERE db = DATABASE() AND state = 'Updating' AND info LIKE 'UPDATE \`Customer\` SET \`name\`%'`;
        if (Number(waiting[0]!.n) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      release();
      await edit;
      const result = await rotation;
      expect(result["Customer.name"]).toEqual({ ...none(), examined: 1, changedConcurrently: 1 });
      expect(result["CustomerAddress.data"]).toEqual({ ...none(), examined: 1, rotated: 1 });
      expect(decryptText((await rawCustomers(store.id))[0]!.name!, PII_CONTEXT.customerName)).toBe("Edited meanwhile");
    } finally {
      await platformDb().store.deleteMany({ where: { id: store.id } });
    }
  });
});
