import "server-only";
import { env } from "@/env";
import { platformDb } from "@/server/db";
import { notFound } from "@/server/errors";
import { extractLinks } from "./extract-links";

export const MAILBOX_PAGE_SIZE = 25;

/**
 * Whether /dev/mailbox exists: only when the mailbox transport is active (development without
 * SMTP_URL, or MAIL_TRANSPORT=mailbox set explicitly). Production without that setting has
 * SMTP configured (env.ts enforces it), so the page is never enabled implicitly there.
 */
export function isMailboxEnabled(): boolean {
  return env().mailTransport === "mailbox";
}

/** Defence in depth: the domain refuses too, should a route forget to check. */
function assertMailboxEnabled(): void {
  if (!isMailboxEnabled()) throw notFound("Mailbox");
}

export type TMailboxListItem = { id: string; storeId: string | null; to: string; subject: string; createdAt: Date };

export type TMailboxPage = {
  items: TMailboxListItem[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
};

/**
 * One page of stored messages, newest first, optionally only those whose recipient list
 * contains `to` (case-insensitive through the column's _ci collation). Throws NOT_FOUND when
 * the mailbox is not enabled.
 */
export async function listMailbox(query: { page: number; to?: string | undefined }): Promise<TMailboxPage> {
  assertMailboxEnabled();
  const page = Math.max(1, Math.floor(query.page));
  const where = query.to ? { to: { contains: query.to } } : {};
  const db = platformDb();
  const [total, items] = await Promise.all([
    db.mailboxMessage.count({ where }),
    db.mailboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAILBOX_PAGE_SIZE,
      take: MAILBOX_PAGE_SIZE,
      select: { id: true, storeId: true, to: true, subject: true, createdAt: true },
    }),
  ]);
  return { items, page, pageSize: MAILBOX_PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)), total };
}

export type TMailboxMessage = {
  id: string;
  storeId: string | null;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
  /** http(s) links found in the text body, for clicking from the dev page. */
  links: string[];
};

/** One stored message with the links of its text body, or null. Throws NOT_FOUND when disabled. */
export async function getMailboxMessage(id: string): Promise<TMailboxMessage | null> {
  assertMailboxEnabled();
  if (!id || id.length > 191) return null;
  const row = await platformDb().mailboxMessage.findUnique({ where: { id } });
  return row ? { ...row, links: extractLinks(row.text) } : null;
}
