/**
 * Helpers for this domain's integration tests (not shipped code paths): stores with unique
 * slugs, and the secret token of the latest customer mail, read back from the outbox the way
 * the customer would read it from the mail.
 */
import { platformDb, storeDb } from "@/server/db";

export const runId = Math.random().toString(36).slice(2, 8);

export async function makeStore(prefix: string) {
  return platformDb().store.create({
    data: { slug: `${prefix}-${runId}-${Math.random().toString(36).slice(2, 6)}`, name: `${prefix} shop ${runId}`, country: "LK", currency: "LKR", timeZone: "UTC" },
    select: { id: true, slug: true, name: true },
  });
}

export const uniqueEmail = (prefix: string) => `${prefix}-${runId}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** Mail events of one store addressed to `email`, newest first (subject and text). */
export async function mailsTo(storeId: string, email: string) {
  const events = await storeDb(storeId).outboxEvent.findMany({ where: { type: "mail.send" }, orderBy: { id: "desc" } });
  return events
    .map((e) => e.payload as { to?: string[]; subject?: string; text?: string })
    .filter((p) => p.to?.includes(email))
    .map((p) => ({ subject: p.subject ?? "", text: p.text ?? "" }));
}

/** The token of the newest mail to `email` whose link goes to `path` (e.g. /account/verify-email). */
export async function tokenFromMail(storeId: string, email: string, path: string): Promise<string> {
  for (const mail of await mailsTo(storeId, email)) {
    const match = new RegExp(`${path.replace(/[/-]/g, "\\$&")}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
    if (match) return decodeURIComponent(match[1]!);
  }
  throw new Error(`no mail with a ${path} link`);
}
