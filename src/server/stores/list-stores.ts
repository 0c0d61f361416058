import { unsafeCrossStoreDb } from "@/server/db";

const PAGE_SIZE = 50;

/** Platform admin listing of every store with its owners (crosses stores by design). */
export async function listStoresForAdmin(page = 1) {
  const skip = (Math.max(1, page) - 1) * PAGE_SIZE;
  const [total, stores] = await Promise.all([
    unsafeCrossStoreDb().store.count(),
    unsafeCrossStoreDb().store.findMany({
      orderBy: { createdAt: "desc" },
      skip,
      take: PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        currency: true,
        createdAt: true,
        memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true } } } },
      },
    }),
  ]);
  return {
    total,
    page: Math.max(1, page),
    pageSize: PAGE_SIZE,
    stores: stores.map(({ memberships, ...s }) => ({ ...s, owners: memberships.map((m) => m.user.email) })),
  };
}
