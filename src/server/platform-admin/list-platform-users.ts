import "server-only";
import { unsafeCrossStoreDb } from "@/server/db";
import { ADMIN_PAGE_SIZE } from "./list-stores";
import { escapeLike } from "@/lib/like";
import type { TUserListQuery } from "./platform-admin.schemas";

export type TAdminUserRow = {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  /** Stores the user belongs to, in any role. */
  storeCount: number;
};

export type TAdminUserPage = { users: TAdminUserRow[]; total: number; page: number; pageSize: number; pageCount: number };

/**
 * Platform users (merchants, staff, admins) for platform admins: searched by part of the email
 * or name, optionally admins only, newest first, 50 a page. Read-only: platform admin rights
 * are granted only by `npm run admin:grant` (setPlatformAdmin) or the seed.
 */
export async function listPlatformUsers(query: TUserListQuery, pageSize = ADMIN_PAGE_SIZE): Promise<TAdminUserPage> {
  // Counts each user's memberships in every store: a deliberate cross-store read, admins only.
  const db = unsafeCrossStoreDb();
  const q = query.q ? escapeLike(query.q) : undefined;
  const where = {
    ...(query.role === "admins" ? { isPlatformAdmin: true } : {}),
    ...(q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.platformUser.count({ where }),
    db.platformUser.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        email: true,
        name: true,
        isPlatformAdmin: true,
        emailVerifiedAt: true,
        createdAt: true,
        _count: { select: { memberships: true } },
      },
    }),
  ]);
  return {
    users: rows.map(({ _count, ...u }) => ({ ...u, storeCount: _count.memberships })),
    total,
    page: query.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
