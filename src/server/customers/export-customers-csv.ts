import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { decryptOptional, PII_CONTEXT } from "@/server/privacy";
import { csvRow } from "./csv";
import { auditActor, type TCustomerDataActor } from "./types";

const BATCH = 500;
export const CUSTOMER_CSV_COLUMNS = ["id", "email", "name", "phone", "marketing_consent", "marketing_consent_at", "created_at"] as const;

/**
 * Every customer of this store (erased ones left out) as CSV: id, email, name, phone, marketing
 * consent and when it changed, created. Read in batches through the tenant door; cells are
 * CSV-injection safe. The export is audited with the row count only.
 */
export async function exportCustomersCsv(storeId: string, actor: TCustomerDataActor): Promise<{ csv: string; count: number }> {
  const db = storeDb(storeId);
  let csv = csvRow(CUSTOMER_CSV_COLUMNS);
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.customer.findMany({
      where: { storeId, erasedAt: null },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, email: true, name: true, phone: true, marketingConsent: true, marketingConsentAt: true, createdAt: true },
    });
    for (const r of rows) {
      csv += csvRow([
        r.id,
        r.email,
        decryptOptional(r.name, PII_CONTEXT.customerName),
        decryptOptional(r.phone, PII_CONTEXT.customerPhone),
        r.marketingConsent ? "yes" : "no",
        r.marketingConsentAt,
        r.createdAt,
      ]);
    }
    count += rows.length;
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1]!.id;
  }
  await recordAudit({ storeId, ...auditActor(actor), action: "customers.exported_csv", targetType: "store", targetId: storeId, data: { count } });
  return { csv, count };
}
