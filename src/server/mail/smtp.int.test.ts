/**
 * The SMTP transport against a real SMTP server (smtp-server on an ephemeral port). env()
 * caches its first read, and importing the logger reads it, so this file imports the mail
 * modules only after SMTP_URL points at the server (each test file has its own module cache).
 */
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type { TEventHandler, TJson, TOutboxEvent } from "@/server/events/types";

type TReceived = { mailFrom: string | undefined; rcptTo: string[]; headers: Map<string, string>; body: string; raw: string };

const received: TReceived[] = [];
const suffix = Math.random().toString(36).slice(2, 8);
const from = "no-reply@ecom-smtp-test.example";
const rejectedAddress = `nobody-${suffix}@example.com`;

/** Unfolds the header block of a raw message and splits it from the body. */
function parseRaw(raw: string): Pick<TReceived, "headers" | "body"> {
  const split = raw.indexOf("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address === rejectedAddress) {
      const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session: SMTPServerSession, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        ...parseRaw(raw),
        raw,
      });
      callback();
    });
  },
});

let mailHandler: TEventHandler;
let messageIdFor: (event: Pick<TOutboxEvent, "id" | "createdAt">) => string;
let MailSendError: typeof import("./transports").MailSendError;
let AppError: typeof import("@/server/errors").AppError;
let mailbox: typeof import("./mailbox");
let createTransportSpy: MockInstance;
let nextEventId = 900_000n;

function event(payload: TJson, storeId: string | null = null): TOutboxEvent {
  nextEventId += 1n;
  return { id: nextEventId, storeId, type: "mail.send", payload, attempts: 0, createdAt: new Date() };
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** The decoded text/plain and text/html parts of a received message (single part or multipart). */
function bodyParts(message: TReceived): Map<string, string> {
  const parts = new Map<string, string>();
  const add = (headers: Map<string, string>, rawBody: string) => {
    const body = rawBody.replace(/\r\n$/, "");
    const type = (headers.get("content-type") ?? "text/plain").split(";")[0]!.trim();
    const qp = headers.get("content-transfer-encoding") === "quoted-printable";
    parts.set(type, qp ? decodeQuotedPrintable(body) : body);
  };
  const boundary = /boundary="?([^";]+)"?/.exec(message.headers.get("content-type") ?? "")?.[1];
  if (!boundary) {
    add(message.headers, message.body);
    return parts;
  }
  for (const chunk of message.body.split(`--${boundary}`).slice(1, -1)) {
    const part = parseRaw(chunk.replace(/^\r\n/, ""));
    add(part.headers, part.body);
  }
  return parts;
}

function receivedWithSubject(subject: string): TReceived[] {
  return received.filter((m) => m.headers.get("subject") === subject);
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_TRANSPORT = "smtp";
  process.env.MAIL_FROM = `ECOM Test <${from}>`;
  createTransportSpy = vi.spyOn(nodemailer, "createTransport");

  const { env } = await import("@/env");
  expect(env().mailTransport, "env() was read before SMTP_URL was set").toBe("smtp");
  ({ mailHandler, messageIdFor } = await import("./handler"));
  ({ MailSendError } = await import("./transports"));
  ({ AppError } = await import("@/server/errors"));
  mailbox = await import("./mailbox");
});

afterAll(async () => {
  createTransportSpy.mockRestore();
  if (server.server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mailHandler over SMTP", () => {
  it("delivers the exact recipients, subject and bodies", async () => {
    const subject = `Your order ${suffix} has shipped`;
    const to = [`buyer-${suffix}@example.com`, `copy-${suffix}@example.org`];
    const text = `Hello,\n\nTrack it here: https://demo.localhost:3000/orders/${suffix}\n`;
    const html = `<p>Hello, <a href="https://demo.localhost:3000/orders/${suffix}">track it</a></p>`;
    const e = event({ to, subject, text, html, replyTo: "help@shop.example" }, "cstore-smtp");

    await mailHandler.handle(e);

    const [message, ...others] = receivedWithSubject(subject);
    expect(others).toHaveLength(0);
    expect(message?.mailFrom).toBe(from);
    expect(message?.rcptTo).toEqual(to);
    expect(message?.headers.get("to")).toBe(to.join(", "));
    expect(message?.headers.get("from")).toBe(`ECOM Test <${from}>`);
    expect(message?.headers.get("reply-to")).toBe("help@shop.example");
    expect(message?.headers.get("message-id")).toBe(messageIdFor(e));
    expect(message?.headers.has("bcc")).toBe(false);
    expect(message?.headers.get("content-type")).toMatch(/^multipart\/alternative/);
    const parts = bodyParts(message!);
    expect([...parts.keys()]).toEqual(["text/plain", "text/html"]);
    expect(parts.get("text/plain")).toBe(text.replace(/\n/g, "\r\n"));
    expect(parts.get("text/html")).toBe(html);
  });

  it("sends a text-only message as text/plain", async () => {
    const subject = `Password reset ${suffix}`;
    await mailHandler.handle(event({ to: `reset-${suffix}@example.com`, subject, text: "Reset: https://platform.localhost:3000/reset?t=1" }));

    const [message] = receivedWithSubject(subject);
    expect(message?.rcptTo).toEqual([`reset-${suffix}@example.com`]);
    expect(message?.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(bodyParts(message!).get("text/plain")).toBe("Reset: https://platform.localhost:3000/reset?t=1");
  });

  it("creates the nodemailer transport once and reuses it", async () => {
    const subject = `Reuse ${suffix}`;
    await mailHandler.handle(event({ to: `one-${suffix}@example.com`, subject, text: "one" }));
    await mailHandler.handle(event({ to: `two-${suffix}@example.com`, subject, text: "two" }));
    expect(receivedWithSubject(subject)).toHaveLength(2);
    expect(createTransportSpy).toHaveBeenCalledTimes(1);
  });

  it("throws when the server rejects the recipient, without quoting the address", async () => {
    const subject = `Rejected ${suffix}`;
    const attempt = mailHandler.handle(event({ to: rejectedAddress, subject, text: "never delivered" }));

    await expect(attempt).rejects.toBeInstanceOf(MailSendError);
    const error = (await attempt.catch((e: unknown) => e)) as InstanceType<typeof MailSendError>;
    expect(error.responseCode).toBe(550);
    expect(error.message).toContain("550");
    expect(error.message).toContain("Recipient address rejected");
    expect(error.message).not.toContain(rejectedAddress);
    expect(receivedWithSubject(subject)).toHaveLength(0);
  });

  it("delivers to the accepted recipients when only some are rejected", async () => {
    const subject = `Partly rejected ${suffix}`;
    const good = `good-${suffix}@example.com`;
    await mailHandler.handle(event({ to: [good, rejectedAddress], subject, text: "partial" }));
    const [message] = receivedWithSubject(subject);
    expect(message?.rcptTo).toEqual([good]);
  });

  it("refuses a bad payload with a clear error and sends nothing", async () => {
    const subject = `Injected ${suffix}\r\nBcc: victim@example.com`;
    const e = event({ to: `x-${suffix}@example.com`, subject, text: "x" });
    const attempt = mailHandler.handle(e);

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(attempt).rejects.toThrow(`mail.send event ${e.id} has an invalid payload (subject:`);
    await expect(attempt).rejects.not.toThrow(`x-${suffix}@example.com`);
    await expect(mailHandler.handle(event({ subject: "no recipient", text: "x" }))).rejects.toThrow(/invalid payload \(to:/);
    await expect(mailHandler.handle(event("not an object"))).rejects.toBeInstanceOf(AppError);
    expect(received.some((m) => m.raw.includes(`Injected ${suffix}`))).toBe(false);
  });

  it("keeps the dev mailbox disabled while SMTP is the transport", async () => {
    expect(mailbox.isMailboxEnabled()).toBe(false);
    await expect(mailbox.listMailbox({ page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mailbox.getMailboxMessage("anything")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("throws when the SMTP server is unreachable, so the worker retries", async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const attempt = mailHandler.handle(event({ to: `down-${suffix}@example.com`, subject: `Down ${suffix}`, text: "x" }));
    await expect(attempt).rejects.toBeInstanceOf(MailSendError);
    await expect(attempt).rejects.toThrow(/^SMTP send failed \(ESOCKET, at CONN\): connect ECONNREFUSED/);
  });
});
