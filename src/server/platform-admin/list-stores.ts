import "server-only";
import { unsafeCrossStoreDb } from "@/server/db";
import { escapeLike } from "@/lib/like";
import type { TStoreListQuery } from "./platform-admin.schemas";

export const ADMIN_PAGE_SIZE = 50;

export type TAdminStoreRow = {
  id: string;
  slug: string;
  name: string;
  status: "ACTIVE" | "SUSPENDED";
  currency: string;
  createdAt: Date;
  owners: { userId: string; email: string }[];
};

export type TAdminStorePage = { stores: TAdminStoreRow[]; total: number; page: number; pageSize: number; pageCount: number };

/**
 * Every store on the platform for platform admins: searched by part of the name, slug or an
 * owner's email, filtered by status, sorted by creation (newest first by default), 50 a page.
 * Crosses stores by design (it is the platform's store directory, behind the admin check).
 */
export async function listStores(query: TStoreListQuery, pageSize = ADMIN_PAGE_SIZE): Promise<TAdminStorePage> {
  const db = unsafeCrossStoreDb();
  const q = query.q ? escapeLike(query.q) : undefined;
  const where = {
    ...(query.status ? { status: query.status } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q } },
            { slug: { contains: q.toLowerCase() } },
            { memberships: { some: { role: "OWNER" as const, user: { email: { contains: q.toLowerCase() } } } } },
          ],
        }
      : {}),
  };
  const direction = query.sort === "oldest" ? ("asc" as const) : ("desc" as const);
  const [total, rows] = await Promise.all([
    db.store.count({ where }),
    db.store.findMany({
      where,
      orderBy: [{ createdAt: direction }, { id: direction }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        currency: true,
        createdAt: true,
        memberships: {
          where: { role: "OWNER" },
          orderBy: { createdAt: "asc" },
          select: { userId: true, user: { select: { email: true } } },
        },
      },
    }),
  ]);
  return {
    stores: rows.map(({ memberships, ...s }) => ({ ...s, owners: memberships.map((m) => ({ userId: m.userId, email: m.user.email })) })),
    total,
    page: query.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
