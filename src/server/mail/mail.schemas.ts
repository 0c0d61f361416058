import { z } from "zod";

/**
 * The outbox event type that carries one message; its payload is a ZMailMessage (without
 * storeId, which travels in OutboxEvent.storeId). Kept beside the schema it names.
 */
export const MAIL_SEND_EVENT = "mail.send";

/**
 * Limits. RFC 5322 caps a header line at 998 characters; RFC 5321 caps a path at 256 (an
 * address at 254). MailboxMessage.to is VARCHAR(1000), so the joined recipient list must fit
 * it; the bodies are MEDIUMTEXT (16 MiB), far above what a transactional mail needs.
 */
export const MAIL_LIMITS = {
  maxRecipients: 50,
  maxAddressLength: 254,
  maxRecipientListLength: 1000,
  maxSubjectLength: 998,
  maxBodyLength: 1_000_000,
} as const;

/**
 * Characters that could end a header line or confuse a parser: C0 controls except TAB, DEL,
 * and the Unicode line breaks (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR).
 */
const HEADER_BREAKING = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * One bare address (no display name, no comments, no whitespace). zod's e-mail pattern
 * already excludes CR, LF, commas and angle brackets, so a value can never carry a second
 * address or an extra header.
 */
export const ZMailAddress = z.email({ error: "must be a valid e-mail address" }).max(MAIL_LIMITS.maxAddressLength);

/** Keeps the first spelling of each address; domains and, in practice, mailboxes are case-insensitive. */
function dedupeAddresses(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A message as features describe it. Unknown keys are rejected (strict), so a caller cannot
 * slip in `from`, `headers`, `bcc` or attachments: the sender is always MAIL_FROM and every
 * header value is checked here, before the message reaches the outbox.
 */
export const ZMailMessage = z.strictObject({
  to: z
    .union([ZMailAddress, z.array(ZMailAddress)])
    .transform((to) => dedupeAddresses(Array.isArray(to) ? to : [to]))
    .pipe(
      z
        .array(z.string())
        .min(1, "at least one recipient")
        .max(MAIL_LIMITS.maxRecipients, `at most ${MAIL_LIMITS.maxRecipients} recipients`)
        .refine((to) => to.join(", ").length <= MAIL_LIMITS.maxRecipientListLength, {
          message: `the recipient list must fit in ${MAIL_LIMITS.maxRecipientListLength} characters`,
        }),
    ),
  subject: z
    .string()
    .max(MAIL_LIMITS.maxSubjectLength)
    .refine((s) => !HEADER_BREAKING.test(s), { message: "must not contain line breaks or control characters" })
    .refine((s) => s.trim().length > 0, { message: "must not be empty or blank" }),
  text: z.string().min(1, "must not be empty").max(MAIL_LIMITS.maxBodyLength),
  html: z.string().min(1).max(MAIL_LIMITS.maxBodyLength).optional(),
  replyTo: ZMailAddress.optional(),
  storeId: z.string().min(1).max(191).optional(),
});

/** What callers pass to queueMail (`to` may be one address or a list). */
export type TMailMessageInput = z.input<typeof ZMailMessage>;
/** A validated message: `to` is always a non-empty, de-duplicated list. */
export type TMailMessage = z.output<typeof ZMailMessage>;

/** Query of the /dev/mailbox list page; bad values fall back to defaults instead of failing. */
export const ZMailboxQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  to: z
    .string()
    .trim()
    .max(MAIL_LIMITS.maxAddressLength)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
});

export type TMailboxQuery = z.output<typeof ZMailboxQuery>;
