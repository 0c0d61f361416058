import { storeDb } from "@/server/db";
import { decryptOptional, PII_CONTEXT } from "@/server/privacy";
import { ZCustomerListQuery } from "./customers.schemas";

export const CUSTOMERS_PAGE_SIZE = 25;

export type TCustomerListItem = {
  id: string;
  email: string;
  name: string | null;
  emailVerifiedAt: Date | null;
  marketingConsent: boolean;
  createdAt: Date;
};

export type TCustomerPage = { items: TCustomerListItem[]; page: number; pageSize: number; pageCount: number; total: number; q: string | undefined };

/**
 * One page of the store's customers (erased ones left out), newest first, optionally those
 * whose email contains `q`. Only the email can be searched: names and phones are encrypted,
 * and decrypting a page to filter it would not be a search. Names of the page are decrypted
 * for display.
 */
export async function listCustomers(storeId: string, query: unknown): Promise<TCustomerPage> {
  const { q, page } = ZCustomerListQuery.parse(query);
  const where = { storeId, erasedAt: null, ...(q ? { email: { contains: q } } : {}) };
  const db = storeDb(storeId);
  const [total, rows] = await Promise.all([
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * CUSTOMERS_PAGE_SIZE,
      take: CUSTOMERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, emailVerifiedAt: true, marketingConsent: true, createdAt: true },
    }),
  ]);
  return {
    items: rows.map((r) => ({ ...r, name: decryptOptional(r.name, PII_CONTEXT.customerName) })),
    page,
    pageSize: CUSTOMERS_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE)),
    total,
    q,
  };
}
