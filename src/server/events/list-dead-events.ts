import "server-only";
import { platformDb } from "@/server/db";

export type TDeadEvent = {
  id: bigint;
  type: string;
  storeId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When the final attempt failed. */
  lastAttemptAt: Date;
};

export type TDeadEventPage = {
  events: TDeadEvent[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Types that have dead events, with their counts, for the filter. */
  types: { type: string; count: number }[];
};

const MAX_PAGE_SIZE = 200;

/**
 * Dead events across all stores (platform-admin view), newest first, optionally of one type.
 * Pages are 1-based; a page past the end is empty. Payloads are not returned: they may hold
 * personal data and the admin needs ids, types and errors to decide on a re-drive.
 */
export async function listDeadEvents(input: { type?: string; page?: number; pageSize?: number } = {}): Promise<TDeadEventPage> {
  const db = platformDb();
  const pageSize = Math.min(Math.max(1, Math.floor(input.pageSize ?? 50)), MAX_PAGE_SIZE);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const where = { status: "DEAD" as const, ...(input.type ? { type: input.type } : {}) };
  const [rows, total, types] = await Promise.all([
    db.outboxEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, type: true, storeId: true, attempts: true, lastError: true, createdAt: true, availableAt: true },
    }),
    db.outboxEvent.count({ where }),
    db.outboxEvent.groupBy({ by: ["type"], where: { status: "DEAD" }, _count: { _all: true }, orderBy: { type: "asc" } }),
  ]);
  return {
    events: rows.map(({ availableAt, ...r }) => ({ ...r, lastAttemptAt: availableAt })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    types: types.map((t) => ({ type: t.type, count: t._count._all })),
  };
}
