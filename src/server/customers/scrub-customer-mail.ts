import { Prisma } from "@/server/db";
import { MAIL_SEND_EVENT } from "@/server/mail";
import { containsPattern, mentionsAddress, recipientsOf } from "./mail-address-match";
import type { TStoreTx } from "./types";

/** What replaces the payload of a mail event that carried an erased customer's address. */
export const ERASED_PAYLOAD = { erased: true } as const;
const NOT_SENT = "Not sent: the recipient's personal data was erased";

export type TMailScrubCounts = { mailboxDeleted: number; eventsScrubbed: number };

const payloadText = (payload: unknown) => (typeof payload === "string" ? payload : JSON.stringify(payload ?? null));

/**
 * Removes copies of an erased customer's address from stored mail, inside the erasure
 * transaction: mailbox messages addressed to them are deleted, and mail.send outbox events
 * whose payload contains the address get `{"erased":true}` as payload (unsent ones are set
 * DEAD with a reason, so the worker never tries them).
 *
 * Scope: this store's rows, through the tenant door (`tx` is a storeDb transaction; the
 * candidate search is raw SQL because the door cannot filter inside JSON, so it names the
 * store explicitly). Platform-level rows (storeId NULL) are scrubbed too when addressed to
 * them, unless a platform account uses the same address: that mail then belongs to that
 * account, not to this customer. No other store's rows are ever read or written.
 */
export async function scrubCustomerMail(tx: TStoreTx, storeId: string, email: string): Promise<TMailScrubCounts> {
  const address = email.toLowerCase();
  const pattern = containsPattern(address);

  const boxed = await tx.mailboxMessage.findMany({ where: { storeId, to: { contains: address } }, select: { id: true, to: true } });
  const boxedIds = boxed.filter((m) => recipientsOf(m.to).includes(address)).map((m) => m.id);
  const mailbox = boxedIds.length ? await tx.mailboxMessage.deleteMany({ where: { storeId, id: { in: boxedIds } } }) : { count: 0 };

  const events = await tx.$queryRaw<{ id: bigint; payload: unknown }[]>`
    SELECT id, payload FROM OutboxEvent WHERE storeId = ${storeId} AND type = ${MAIL_SEND_EVENT} AND LOWER(payload) LIKE ${pattern}`;
  const eventIds = events.filter((e) => mentionsAddress(payloadText(e.payload), address)).map((e) => e.id);
  if (eventIds.length) {
    await tx.outboxEvent.updateMany({ where: { storeId, id: { in: eventIds }, status: "PENDING" }, data: { status: "DEAD", lastError: NOT_SENT } });
    await tx.outboxEvent.updateMany({ where: { storeId, id: { in: eventIds } }, data: { payload: ERASED_PAYLOAD } });
  }

  const counts = { mailboxDeleted: mailbox.count, eventsScrubbed: eventIds.length };
  const platformAccount = await tx.platformUser.count({ where: { email: address } });
  if (platformAccount) return counts;

  // Platform-level rows (storeId IS NULL): raw SQL, because the tenant door pins every query to this store.
  const platformBoxed = await tx.$queryRaw<{ id: string; to: string }[]>`
    SELECT id, \`to\` FROM MailboxMessage WHERE storeId IS NULL AND LOWER(\`to\`) LIKE ${pattern}`;
  const platformBoxedIds = platformBoxed.filter((m) => recipientsOf(m.to).includes(address)).map((m) => m.id);
  if (platformBoxedIds.length) {
    counts.mailboxDeleted += await tx.$executeRaw`DELETE FROM MailboxMessage WHERE storeId IS NULL AND id IN (${Prisma.join(platformBoxedIds)})`;
  }
  const platformEvents = await tx.$queryRaw<{ id: bigint; payload: unknown }[]>`
    SELECT id, payload FROM OutboxEvent WHERE storeId IS NULL AND type = ${MAIL_SEND_EVENT} AND LOWER(payload) LIKE ${pattern}`;
  const platformEventIds = platformEvents.filter((e) => mentionsAddress(payloadText(e.payload), address)).map((e) => e.id);
  if (platformEventIds.length) {
    const ids = Prisma.join(platformEventIds);
    await tx.$executeRaw`UPDATE OutboxEvent SET status = 'DEAD', lastError = ${NOT_SENT} WHERE storeId IS NULL AND status = 'PENDING' AND id IN (${ids})`;
    await tx.$executeRaw`UPDATE OutboxEvent SET payload = ${JSON.stringify(ERASED_PAYLOAD)} WHERE storeId IS NULL AND id IN (${ids})`;
    counts.eventsScrubbed += platformEventIds.length;
  }
  return counts;
}
