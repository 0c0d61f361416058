import "server-only";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import type { TEventHandler, TOutboxEvent } from "@/server/events";
import { log } from "@/server/log";
import { MAIL_SEND_EVENT, ZMailMessage } from "./mail.schemas";
import { sendMailNow } from "./mailer";

/** The host part for generated Message-IDs: MAIL_FROM's domain, else ROOT_DOMAIN's host. */
function messageIdDomain(): string {
  const { MAIL_FROM, ROOT_DOMAIN } = env();
  const fromDomain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(MAIL_FROM)?.[1];
  return fromDomain ?? ROOT_DOMAIN.replace(/:\d+$/, "");
}

/**
 * A Message-ID that is the same on every attempt of one event (delivery is at-least-once, so
 * a crash between sending and recording the delivery repeats the send; receivers and humans
 * can then recognise the repeat). createdAt keeps ids apart across databases that reuse
 * event ids.
 */
export function messageIdFor(event: Pick<TOutboxEvent, "id" | "createdAt">): string {
  return `<mail-send.${event.id}.${event.createdAt.getTime()}@${messageIdDomain()}>`;
}

/**
 * Outbox consumer of "mail.send" events: validates the payload again (it crossed a database
 * and possibly a deploy) and sends it through the configured transport.
 *
 * - A payload that is not a valid message throws a VALIDATION_FAILED AppError naming the
 *   event and the bad fields, so the event ends DEAD and visible rather than dropped.
 * - A transport failure (connection refused, recipients rejected) throws, so the worker
 *   retries with backoff. Errors and logs carry ids only, never addresses or bodies.
 */
export const mailHandler: TEventHandler = {
  name: "mail.send",
  types: [MAIL_SEND_EVENT],
  async handle(event) {
    const parsed = ZMailMessage.safeParse(event.payload);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
      throw new AppError(
        "VALIDATION_FAILED",
        `mail.send event ${event.id} has an invalid payload (${fields.map((f) => `${f.path}: ${f.message}`).join("; ")}); it cannot be sent`,
        { fields },
      );
    }
    const storeId = event.storeId ?? parsed.data.storeId;
    const message = { ...parsed.data, ...(storeId ? { storeId } : {}) };
    const result = await sendMailNow(message, { messageId: messageIdFor(event) });
    const context = {
      eventId: String(event.id),
      messageId: result.messageId,
      transport: result.transport,
      recipients: message.to.length,
      ...(storeId ? { storeId } : {}),
    };
    if (result.rejectedCount > 0) {
      log.warn({ ...context, rejected: result.rejectedCount }, "mail sent, but the server refused some recipients");
    } else {
      log.info(context, "mail sent");
    }
  },
};
