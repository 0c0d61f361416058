import { daysBefore, deleteInBatches, platformDb, type Prisma, type TPruneOptions } from "@/server/db";
import { EXPIRED_TOKEN_KEEP_DAYS, hashToken, newToken } from "@/server/identity/tokens";

/** Emailed platform-user tokens (verification, password reset) live one hour and work once. */
export const PLATFORM_TOKEN_TTL_MS = 60 * 60 * 1000;

export type TPlatformTokenPurpose = "EMAIL_VERIFICATION" | "PASSWORD_RESET";

/** Creates a token inside the caller's transaction; returns the secret for the mail (only its hash is stored). */
export async function issuePlatformToken(tx: Prisma.TransactionClient, userId: string, purpose: TPlatformTokenPurpose): Promise<string> {
  const { token, hash } = newToken();
  await tx.platformUserToken.create({
    data: { userId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + PLATFORM_TOKEN_TTL_MS) },
  });
  return token;
}

export type TTokenLookup =
  | { status: "valid"; tokenId: string; userId: string }
  | { status: "invalid" | "expired" | "used"; userId?: string };

/** What a presented token is, without using it. */
export async function lookUpPlatformToken(token: string, purpose: TPlatformTokenPurpose): Promise<TTokenLookup> {
  const row = await platformDb().platformUserToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { status: "invalid" };
  if (row.usedAt) return { status: "used", userId: row.userId };
  if (row.expiresAt.getTime() <= Date.now()) return { status: "expired", userId: row.userId };
  return { status: "valid", tokenId: row.id, userId: row.userId };
}

/**
 * Marks a token used inside the transaction that acts on it. Conditional on it still being
 * unused and unexpired, so two concurrent uses cannot both succeed.
 */
export async function consumePlatformToken(tx: Prisma.TransactionClient, tokenId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.platformUserToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Retires every other open token of the same purpose (after a verification or reset succeeded). */
export async function retireOpenTokens(tx: Prisma.TransactionClient, userId: string, purpose: TPlatformTokenPurpose): Promise<void> {
  await tx.platformUserToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
}

/** Deletes platform-user tokens that expired before `before` (default: EXPIRED_TOKEN_KEEP_DAYS ago). */
export async function prunePlatformTokens(options: TPruneOptions = {}): Promise<number> {
  const before = options.before ?? daysBefore(EXPIRED_TOKEN_KEEP_DAYS);
  return deleteInBatches((limit) => platformDb().$executeRaw`DELETE FROM PlatformUserToken WHERE expiresAt < ${before} ORDER BY expiresAt LIMIT ${limit}`, options);
}
