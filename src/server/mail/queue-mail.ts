import "server-only";
import { enqueueEvent, type TJson, type TNewEvent, type TOutboxWriter } from "@/server/events";
import { MAIL_SEND_EVENT, ZMailMessage, type TMailMessage, type TMailMessageInput } from "./mail.schemas";

/** The event payload: JSON only, with absent optional fields left out rather than undefined. */
function toPayload(message: Omit<TMailMessage, "storeId">): { [key: string]: TJson } {
  const payload: { [key: string]: TJson } = { to: message.to, subject: message.subject, text: message.text };
  if (message.html !== undefined) payload.html = message.html;
  if (message.replyTo !== undefined) payload.replyTo = message.replyTo;
  return payload;
}

/**
 * How features send mail: validates the message (throws the ZodError, which the error map
 * turns into a 422) and writes a "mail.send" outbox event in the caller's transaction `tx`.
 * The mail therefore exists only if the change that caused it commits, and it is sent later
 * by the outbox worker (mailHandler), never inline in the request.
 *
 * `storeId` goes to OutboxEvent.storeId. With a storeDb(...) transaction it may be omitted:
 * the tenant door stamps the store (and refuses a different one).
 *
 * @returns the outbox event id
 */
export async function queueMail(tx: TOutboxWriter, input: TMailMessageInput): Promise<bigint> {
  return enqueueEvent(tx, mailEvent(input));
}

/** The "mail.send" outbox event of a message (validated: throws the ZodError), for enqueueEvents. */
export function mailEvent(input: TMailMessageInput): TNewEvent {
  const { storeId, ...message } = ZMailMessage.parse(input);
  return { type: MAIL_SEND_EVENT, ...(storeId !== undefined ? { storeId } : {}), payload: toPayload(message) };
}
