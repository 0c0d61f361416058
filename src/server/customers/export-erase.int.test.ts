import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { signInCustomer } from "@/server/identity";
import {
  createCustomerAddress,
  deleteOwnAccount,
  eraseCustomer,
  erasedEmail,
  exportCustomerData,
  getCustomerProfile,
  listCustomers,
  registerCustomer,
  updateCustomerAccount,
} from "@/server/customers";
import { mailsTo, makeStore, runId, uniqueEmail } from "./int-test-support";

let storeA: { id: string; slug: string; name: string };
let storeB: { id: string; slug: string; name: string };

beforeAll(async () => {
  storeA = await makeStore("exp-a");
  storeB = await makeStore("exp-b");
});
afterAll(disconnectDb);

type TPerson = { name: string; phone: string; line1: string; line2: string; city: string; postalCode: string };

async function customerWithData(storeId: string, email: string, password: string, p: TPerson) {
  await registerCustomer(storeId, { name: p.name, email, password, marketingConsent: true });
  const { id } = await storeDb(storeId).customer.findFirstOrThrow({ where: { email }, select: { id: true } });
  const actor = { actorType: "customer" as const, actorId: id };
  await updateCustomerAccount(storeId, id, { phone: p.phone }, actor);
  await createCustomerAddress(storeId, id, { name: p.name, line1: p.line1, line2: p.line2, city: p.city, postalCode: p.postalCode, country: "LK" });
  await signInCustomer(storeId, { email, password });
  return { id, actor };
}

const person = (tag: string): TPerson => ({
  name: `${tag} Jayasuriya ${runId}`,
  phone: `+94 77 ${String(Math.floor(Math.random() * 1e7)).padStart(7, "1")}`,
  line1: `${tag} Galle Face Terrace ${runId}`,
  line2: `${tag} Wing ${runId}`,
  city: `${tag}ville${runId}`,
  postalCode: `P${runId}${tag}`.slice(0, 20),
});

describe("exportCustomerData", () => {
  it("gives the customer everything this store holds about them and nothing of another store", async () => {
    const email = uniqueEmail("export");
    const a = person("Alpha");
    const b = person("Bravo");
    const ca = await customerWithData(storeA.id, email, "Alpha-Store-Pass-1", a);
    const cb = await customerWithData(storeB.id, email, "Bravo-Store-Pass-2", b);

    const data = await exportCustomerData(storeA.id, ca.id, ca.actor);
    expect(data).not.toBeNull();
    expect(data!.store).toEqual({ name: storeA.name, slug: storeA.slug });
    expect(data!.account).toMatchObject({ id: ca.id, email, name: a.name, phone: a.phone });
    expect(data!.marketing.consent).toBe(true);
    expect(data!.marketing.consentChangedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data!.addresses).toEqual([expect.objectContaining({ line1: a.line1, line2: a.line2, city: a.city, postalCode: a.postalCode, country: "LK", isDefault: true })]);
    expect(data!.activity.map((e) => e.action)).toEqual(expect.arrayContaining(["customer.registered", "customer.profile_updated", "auth.sign_in"]));

    const text = JSON.stringify(data);
    for (const foreign of [cb.id, storeB.id, storeB.slug, storeB.name, b.name, b.phone, b.line1, b.line2, b.city, b.postalCode]) {
      expect(text).not.toContain(foreign);
    }

    const audit = await platformDb().auditLogEntry.findFirst({ where: { storeId: storeA.id, action: "customer.data_exported", targetId: ca.id } });
    expect(audit).toMatchObject({ actorType: "customer", actorId: ca.id, data: null });
  });

  it("exports nothing for another store's customer id", async () => {
    const email = uniqueEmail("export-x");
    const cb = await customerWithData(storeB.id, email, "Bravo-Store-Pass-2", person("Xray"));
    expect(await exportCustomerData(storeA.id, cb.id, { actorType: "platform_user", actorId: "staff-1" })).toBeNull();
  });
});

/** Every text-like column of every table in this database that contains `needle` (case-insensitive). */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await platformDb().$queryRaw<{ t: string; c: string }[]>`
    SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE()
      AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'enum', 'set')`;
  expect(columns.length).toBeGreaterThan(20);
  const hits: string[] = [];
  for (const { t, c } of columns) {
    const rows = await platformDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT COUNT(*) AS n FROM \`${t}\` WHERE LOWER(CAST(\`${c}\` AS CHAR)) LIKE ?`,
      `%${needle.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`,
    );
    if (Number(rows[0]!.n) > 0) hits.push(`${t}.${c}`);
  }
  return hits;
}

describe("eraseCustomer", () => {
  it("leaves neither email, name, phone nor any address line anywhere in the database", async () => {
    const email = uniqueEmail("erase");
    const p = person("Erase");
    const c = await customerWithData(storeA.id, email, "Erase-Me-Pass-31", p);
    // A delivered copy in the mailbox, and a second recipient's mail that must survive.
    const bystander = uniqueEmail("bystander");
    await storeDb(storeA.id).mailboxMessage.create({ data: { storeId: storeA.id, to: email, from: "shop@example.com", subject: "Your order", text: "Thanks" } });
    await storeDb(storeA.id).mailboxMessage.create({ data: { storeId: storeA.id, to: `${bystander}, other@example.com`, from: "shop@example.com", subject: "Not theirs", text: "Hi" } });
    await platformDb().mailboxMessage.create({ data: { to: email, from: "ecom@example.com", subject: "Platform note", text: "Hello" } });
    await platformDb().outboxEvent.create({ data: { type: "mail.send", status: "PENDING", availableAt: new Date(Date.now() + 3_600_000), payload: { to: [email], subject: "Later", text: "Soon" } } });
    await storeDb(storeA.id).outboxEvent.create({ data: { storeId: storeA.id, type: "mail.send", payload: { to: [bystander], subject: "Other", text: "Hi" } } });

    const needles = [email, p.name, p.phone, p.line1, p.line2, p.city, p.postalCode];
    expect(await findEverywhere(email)).toEqual(expect.arrayContaining(["Customer.email", "OutboxEvent.payload", "MailboxMessage.to"]));

    expect(await eraseCustomer(storeA.id, c.id, { actorType: "platform_user", actorId: "staff-1" })).toBe(true);

    for (const needle of needles) expect({ needle, found: await findEverywhere(needle) }).toEqual({ needle, found: [] });

    const row = await storeDb(storeA.id).customer.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ email: erasedEmail(c.id), passwordHash: null, name: null, phone: null, marketingConsent: false });
    expect(row.erasedAt).toBeInstanceOf(Date);
    expect(await storeDb(storeA.id).customerAddress.count({ where: { customerId: c.id } })).toBe(0);
    expect(await storeDb(storeA.id).customerToken.count({ where: { customerId: c.id } })).toBe(0);
    expect(await storeDb(storeA.id).mailboxMessage.count({ where: { to: { contains: bystander } } })).toBe(1);
    expect(await mailsTo(storeA.id, bystander)).toHaveLength(1);
    const scrubbed = await platformDb().outboxEvent.findMany({ where: { storeId: null, payload: { equals: { erased: true } } }, select: { status: true } });
    expect(scrubbed.map((e) => e.status)).toContain("DEAD");

    expect(await signInCustomer(storeA.id, { email, password: "Erase-Me-Pass-31" })).toBeNull();
    expect(await getCustomerProfile(storeA.id, c.id)).toBeNull();
    expect(await exportCustomerData(storeA.id, c.id, c.actor)).toBeNull();
    expect((await listCustomers(storeA.id, {})).items.map((i) => i.id)).not.toContain(c.id);
    expect(await eraseCustomer(storeA.id, c.id, c.actor)).toBe(false);

    const audit = await platformDb().auditLogEntry.findFirstOrThrow({ where: { storeId: storeA.id, action: "customer.erased", targetId: c.id } });
    expect(audit).toMatchObject({ actorType: "platform_user", actorId: "staff-1" });
    expect(JSON.stringify(audit.data)).not.toContain("@");
  });

  it("does not touch the same email's account at another store", async () => {
    const email = uniqueEmail("erase-two");
    const ca = await customerWithData(storeA.id, email, "Alpha-Store-Pass-1", person("Ay"));
    await customerWithData(storeB.id, email, "Bravo-Store-Pass-2", person("Bee"));
    const mailsAtB = await mailsTo(storeB.id, email);
    expect(await eraseCustomer(storeA.id, ca.id, ca.actor)).toBe(true);
    expect(await signInCustomer(storeB.id, { email, password: "Bravo-Store-Pass-2" })).not.toBeNull();
    expect(await mailsTo(storeB.id, email)).toEqual(mailsAtB);
    // The address is free again at store A: a new, unrelated account.
    await registerCustomer(storeA.id, { name: "New Person", email, password: "Fresh-Start-Pass-5" });
    expect(await storeDb(storeA.id).customer.count({ where: { email } })).toBe(1);
  });

  it("lets a customer delete their own account only with DELETE or their password", async () => {
    const email = uniqueEmail("self-delete");
    const c = await customerWithData(storeA.id, email, "Own-Account-Pass-9", person("Self"));
    expect(await deleteOwnAccount(storeA.id, c.id, { confirmation: "delete" })).toEqual({ ok: false, reason: "not_confirmed" });
    expect(await deleteOwnAccount(storeA.id, c.id, { confirmation: "not-my-password" })).toEqual({ ok: false, reason: "not_confirmed" });
    expect(await getCustomerProfile(storeA.id, c.id)).not.toBeNull();
    expect(await deleteOwnAccount(storeA.id, c.id, { confirmation: "Own-Account-Pass-9" })).toEqual({ ok: true });
    expect(await getCustomerProfile(storeA.id, c.id)).toBeNull();

    const other = await customerWithData(storeA.id, uniqueEmail("self-delete-2"), "Own-Account-Pass-9", person("Selfie"));
    expect(await deleteOwnAccount(storeA.id, other.id, { confirmation: "DELETE" })).toEqual({ ok: true });
    expect(await getCustomerProfile(storeA.id, other.id)).toBeNull();
  });
});
