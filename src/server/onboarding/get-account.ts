import { platformDb } from "@/server/db";

export type TAccount = { id: string; name: string; email: string; emailVerified: boolean; isPlatformAdmin: boolean };

/** The signed-in user's own account (the account page, the verification gate). */
export async function getAccount(userId: string): Promise<TAccount | null> {
  const user = await platformDb().platformUser.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerifiedAt: true, isPlatformAdmin: true },
  });
  return user ? { id: user.id, name: user.name, email: user.email, emailVerified: !!user.emailVerifiedAt, isPlatformAdmin: user.isPlatformAdmin } : null;
}
