import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/env";
import { platformDb } from "@/server/db";
import type { TMailMessage } from "./mail.schemas";

export type TSendOptions = {
  /** A stable Message-ID (with angle brackets), so a repeat after a crash is recognisable. */
  messageId?: string;
};

export type TSendResult = {
  messageId: string;
  /** Recipients the server refused while accepting others (the message went to the rest). */
  rejectedCount: number;
};

/** Where a validated message goes. Implementations throw when the message was not accepted. */
export type TMailTransport = {
  name: "smtp" | "mailbox";
  send(message: TMailMessage, options?: TSendOptions): Promise<TSendResult>;
};

/**
 * A send failure whose message is safe to log and store (OutboxEvent.lastError): SMTP replies
 * often quote the recipient, so addresses are replaced before the text leaves this module.
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
  ) {
    super(message);
    this.name = "MailSendError";
  }
}

const ADDRESS_LIKE = /[^\s<>()[\]@"',;:]+@[^\s<>()[\]@"',;:]+/g;

function toMailSendError(error: unknown): MailSendError {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown; response?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const command = typeof e.command === "string" ? e.command : undefined;
  const detail = String(typeof e.response === "string" ? e.response : (e.message ?? "unknown error"))
    .replace(ADDRESS_LIKE, "[address]")
    .replace(/\s+/g, " ")
    .slice(0, 300);
  const where = [code, responseCode, command && `at ${command}`].filter(Boolean).join(", ");
  return new MailSendError(`SMTP send failed${where ? ` (${where})` : ""}: ${detail}`, code, responseCode);
}

/**
 * Timeouts well under the outbox lease (OUTBOX_LEASE_MS, 60 s by default): nodemailer's own
 * defaults (2 min to connect, 10 min of socket silence) would let a hung server outlive the
 * lease, and another worker would then send the same message again. Values given in SMTP_URL's
 * query string win.
 */
const SMTP_DEFAULTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

function withDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

let transporter: Transporter<SMTPTransport.SentMessageInfo> | undefined;

/** One nodemailer transport per process (created on first send, reused after). */
function smtpTransporter(): Transporter<SMTPTransport.SentMessageInfo> {
  if (!transporter) {
    const smtpUrl = env().SMTP_URL;
    if (!smtpUrl) throw new MailSendError("SMTP transport selected but SMTP_URL is not set", "ECONFIG", undefined);
    transporter = nodemailer.createTransport(withDefaults(smtpUrl));
  }
  return transporter;
}

/** Real delivery through the SMTP server in SMTP_URL; the sender is always MAIL_FROM. */
export const smtpTransport: TMailTransport = {
  name: "smtp",
  async send(message, options) {
    let info: SMTPTransport.SentMessageInfo;
    try {
      info = await smtpTransporter().sendMail({
        from: env().MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined ? { html: message.html } : {}),
        ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
        ...(options?.messageId ? { messageId: options.messageId } : {}),
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    } catch (error) {
      throw toMailSendError(error);
    }
    return { messageId: info.messageId, rejectedCount: info.rejected.length };
  },
};

/**
 * Development and demo delivery: the message becomes a MailboxMessage row, listed at
 * /dev/mailbox. Nothing leaves the machine, and nothing is dropped.
 */
export const mailboxTransport: TMailTransport = {
  name: "mailbox",
  async send(message) {
    const row = await platformDb().mailboxMessage.create({
      data: {
        storeId: message.storeId ?? null,
        to: message.to.join(", "),
        from: env().MAIL_FROM,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
      },
      select: { id: true },
    });
    return { messageId: row.id, rejectedCount: 0 };
  },
};
