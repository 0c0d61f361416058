/**
 * Mail: the one mailer. Features call `queueMail(tx, message)` inside their transaction; the
 * outbox worker runs `mailHandler`, which sends through SMTP (SMTP_URL) or stores the message
 * in the dev mailbox (development, or MAIL_TRANSPORT=mailbox), listed at /dev/mailbox.
 * Sending directly is deliberately not part of this surface.
 */
export { mailEvent, queueMail } from "./queue-mail";
export { mailHandler } from "./handler";
export { listMailbox, getMailboxMessage, isMailboxEnabled, MAILBOX_PAGE_SIZE } from "./mailbox";
export type { TMailboxListItem, TMailboxPage, TMailboxMessage } from "./mailbox";
export { ZMailMessage, ZMailAddress, ZMailboxQuery, MAIL_LIMITS, MAIL_SEND_EVENT } from "./mail.schemas";
export type { TMailMessage, TMailMessageInput, TMailboxQuery } from "./mail.schemas";
