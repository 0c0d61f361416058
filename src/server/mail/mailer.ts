import "server-only";
import { env } from "@/env";
import type { TMailMessage } from "./mail.schemas";
import { mailboxTransport, smtpTransport, type TMailTransport, type TSendOptions } from "./transports";

/** The transport the configuration selects (see env.ts: SMTP_URL, MAIL_TRANSPORT). */
export function activeTransport(): TMailTransport {
  return env().mailTransport === "smtp" ? smtpTransport : mailboxTransport;
}

/**
 * Sends a validated message right now through the configured transport. Only the outbox
 * handler calls this (it is not exported from the domain's index): features call queueMail
 * so that mail goes out only for committed changes and a slow or failing SMTP server never
 * blocks or breaks a request. Throws when the message was not accepted, so the worker retries.
 */
export async function sendMailNow(
  message: TMailMessage,
  options?: TSendOptions,
): Promise<{ transport: TMailTransport["name"]; messageId: string; rejectedCount: number }> {
  const transport = activeTransport();
  const result = await transport.send(message, options);
  return { transport: transport.name, ...result };
}
