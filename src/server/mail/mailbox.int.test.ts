/**
 * The mailbox transport and queueMail against the shared test database. Other files write to
 * the same tables at the same time, so every assertion filters by this file's own unique
 * recipients and subjects.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";

vi.hoisted(() => {
  // Before anything reads env(): this file exercises the mailbox transport.
  process.env.MAIL_TRANSPORT = "mailbox";
  delete process.env.SMTP_URL;
});

import { env } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import type { TOutboxWriter } from "@/server/events/enqueue";
import type { TJson, TOutboxEvent } from "@/server/events/types";
import { getMailboxMessage, isMailboxEnabled, listMailbox, mailHandler, MAILBOX_PAGE_SIZE, queueMail } from "@/server/mail";

const suffix = Math.random().toString(36).slice(2, 8);
let nextEventId = 800_000n;

function event(payload: TJson, storeId: string | null = null): TOutboxEvent {
  nextEventId += 1n;
  return { id: nextEventId, storeId, type: "mail.send", payload, attempts: 0, createdAt: new Date() };
}

/** An OutboxEvent row as the worker hands it to a handler. */
async function loadEvent(id: bigint): Promise<TOutboxEvent> {
  const row = await platformDb().outboxEvent.findUniqueOrThrow({ where: { id } });
  return { id: row.id, storeId: row.storeId, type: row.type, payload: row.payload as TJson, attempts: row.attempts, createdAt: row.createdAt };
}

async function mailEventsWithSubject(subject: string): Promise<number> {
  return platformDb().outboxEvent.count({ where: { type: "mail.send", payload: { path: "$.subject", equals: subject } } });
}

async function messagesWithSubject(subject: string): Promise<number> {
  return platformDb().mailboxMessage.count({ where: { subject } });
}

/** Generous limits: other files share the database server, and a slow start must not read as a failure. */
const TX = { maxWait: 10_000, timeout: 20_000 };

let store: { id: string };

beforeAll(async () => {
  store = await platformDb().store.create({
    data: { slug: `mail-${suffix}`, name: "Mail test", country: "US", currency: "USD", timeZone: "UTC" },
  });
});

afterAll(disconnectDb);

describe("mailbox transport", () => {
  it("is the active transport", () => {
    expect(env().mailTransport).toBe("mailbox");
    expect(isMailboxEnabled()).toBe(true);
  });

  it("stores a handled message, which listMailbox and getMailboxMessage find", async () => {
    const to = [`verify-${suffix}@example.com`, `cc-${suffix}@example.org`];
    const subject = `Verify your e-mail ${suffix}`;
    const text = `Confirm here: https://platform.localhost:3000/verify?token=${suffix}.\nThanks!`;
    const html = `<p><a href="https://platform.localhost:3000/verify?token=${suffix}">Confirm</a></p><script>alert(1)</script>`;

    await mailHandler.handle(event({ to, subject, text, html, replyTo: "help@example.com" }));

    const page = await listMailbox({ page: 1, to: `verify-${suffix}@example.com` });
    expect(page.total).toBe(1);
    expect(page.items).toHaveLength(1);
    const item = page.items[0]!;
    expect(item).toMatchObject({ to: to.join(", "), subject, storeId: null });

    const message = await getMailboxMessage(item.id);
    expect(message).toMatchObject({ id: item.id, to: to.join(", "), from: env().MAIL_FROM, subject, text, html, storeId: null });
    expect(message?.links).toEqual([`https://platform.localhost:3000/verify?token=${suffix}`]);
  });

  it("records the event's store on the message", async () => {
    const subject = `Store mail ${suffix}`;
    await mailHandler.handle(event({ to: `store-${suffix}@example.com`, subject, text: "hello" }, store.id));
    const [item] = (await listMailbox({ page: 1, to: `store-${suffix}@example.com` })).items;
    expect(item?.storeId).toBe(store.id);
    expect((await getMailboxMessage(item!.id))?.html).toBeNull();
  });

  it("returns null for an unknown message", async () => {
    expect(await getMailboxMessage(`missing-${suffix}`)).toBeNull();
    expect(await getMailboxMessage("x".repeat(300))).toBeNull();
  });

  it("lists newest first, paginates and filters by recipient ignoring case", async () => {
    const recipient = `page-${suffix}@example.com`;
    const base = Date.UTC(2026, 0, 1);
    const total = MAILBOX_PAGE_SIZE + 2;
    await platformDb().mailboxMessage.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        to: recipient,
        from: "no-reply@example.com",
        subject: `Page ${suffix} #${i}`,
        text: "x",
        createdAt: new Date(base + i * 1000),
      })),
    });

    const first = await listMailbox({ page: 1, to: recipient.toUpperCase() });
    expect(first).toMatchObject({ total, page: 1, pageSize: MAILBOX_PAGE_SIZE, pageCount: 2 });
    expect(first.items.map((m) => m.subject)).toEqual(Array.from({ length: MAILBOX_PAGE_SIZE }, (_, i) => `Page ${suffix} #${total - 1 - i}`));

    const second = await listMailbox({ page: 2, to: `page-${suffix}` });
    expect(second.items.map((m) => m.subject)).toEqual([`Page ${suffix} #1`, `Page ${suffix} #0`]);

    expect((await listMailbox({ page: 3, to: recipient })).items).toEqual([]);
    expect((await listMailbox({ page: 1, to: `nobody-${suffix}` })).total).toBe(0);
  });
});

describe("queueMail", () => {
  it("writes a mail.send event in the caller's transaction and sends nothing inline", async () => {
    const subject = `Queued ${suffix}`;
    const id = await platformDb().$transaction(
      (tx) => queueMail(tx, { to: `queued-${suffix}@example.com`, subject, text: "Order https://demo.localhost:3000/o/1", html: "<b>hi</b>" }),
      TX,
    );

    const queued = await loadEvent(id);
    expect(queued).toMatchObject({ type: "mail.send", storeId: null });
    expect(queued.payload).toEqual({ to: [`queued-${suffix}@example.com`], subject, text: "Order https://demo.localhost:3000/o/1", html: "<b>hi</b>" });
    expect(await mailEventsWithSubject(subject)).toBe(1);
    expect(await messagesWithSubject(subject)).toBe(0);

    await mailHandler.handle(queued);
    const page = await listMailbox({ page: 1, to: `queued-${suffix}@example.com` });
    expect(page.items.map((m) => m.subject)).toContain(subject);
  });

  it("takes the store from a storeDb transaction", async () => {
    const subject = `Store queued ${suffix}`;
    const id = await storeDb(store.id).$transaction((tx) => queueMail(tx, { to: `sq-${suffix}@example.com`, subject, text: "x" }), TX);
    const queued = await loadEvent(id);
    expect(queued.storeId).toBe(store.id);
    expect(queued.payload).not.toHaveProperty("storeId");

    await mailHandler.handle(queued);
    const [item] = (await listMailbox({ page: 1, to: `sq-${suffix}@example.com` })).items;
    expect(item?.storeId).toBe(store.id);
  });

  it("writes neither event nor message when the transaction rolls back", async () => {
    const subject = `Rolled back ${suffix}`;
    let eventId: bigint | undefined;
    await expect(
      platformDb().$transaction(async (tx) => {
        eventId = await queueMail(tx, { to: `rollback-${suffix}@example.com`, subject, text: "x" });
        throw new Error("the change failed");
      }, TX),
    ).rejects.toThrow("the change failed");

    expect(eventId).toBeDefined();
    expect(await platformDb().outboxEvent.findUnique({ where: { id: eventId! } })).toBeNull();
    expect(await mailEventsWithSubject(subject)).toBe(0);
    expect(await messagesWithSubject(subject)).toBe(0);
    expect((await listMailbox({ page: 1, to: `rollback-${suffix}@example.com` })).total).toBe(0);
  });

  it("rejects invalid input with a validation error and writes nothing", async () => {
    const subject = `Invalid ${suffix}`;
    await platformDb().$transaction(async (tx) => {
      await expect(queueMail(tx, { to: "not-an-address", subject, text: "x" })).rejects.toBeInstanceOf(ZodError);
      await expect(queueMail(tx, { to: `ok-${suffix}@example.com`, subject: `${subject}\r\nBcc: victim@example.com`, text: "x" })).rejects.toBeInstanceOf(ZodError);
      await expect(queueMail(tx, { to: `ok-${suffix}@example.com`, subject, text: "" })).rejects.toBeInstanceOf(ZodError);
    }, TX);
    expect(await mailEventsWithSubject(subject)).toBe(0);
    expect(await messagesWithSubject(subject)).toBe(0);

    const create = vi.fn();
    const writer = { outboxEvent: { create } } as unknown as TOutboxWriter;
    await expect(queueMail(writer, { to: [], subject, text: "x" })).rejects.toBeInstanceOf(ZodError);
    await expect(queueMail(writer, { to: `ok-${suffix}@example.com`, subject, text: "x", from: "ceo@example.com" } as never)).rejects.toBeInstanceOf(ZodError);
    expect(create).not.toHaveBeenCalled();
  });
});
