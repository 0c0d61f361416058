import { decryptJson, encryptJson, PII_CONTEXT } from "@/server/privacy";
import type { TCustomerAddressFields } from "./customers.schemas";
import type { TStoreTx } from "./types";


/** At most this many saved addresses per customer. */
export const MAX_ADDRESSES = 20;

export type TCustomerAddress = TCustomerAddressFields & { id: string; isDefault: boolean; createdAt: Date; updatedAt: Date };

/** Every address field is sealed together as one encrypted JSON value (CustomerAddress.data). */
export function sealAddress(fields: TCustomerAddressFields): string {
  const { name, company, line1, line2, city, region, postalCode, country, phone } = fields;
  return encryptJson({ name, company, line1, line2, city, region, postalCode, country, phone }, PII_CONTEXT.customerAddress);
}

export function openAddress(row: { id: string; isDefault: boolean; data: string; createdAt: Date; updatedAt: Date }): TCustomerAddress {
  const fields = decryptJson<TCustomerAddressFields>(row.data, PII_CONTEXT.customerAddress);
  return { ...fields, id: row.id, isDefault: row.isDefault, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/**
 * Restores the invariant after a change: when the customer has addresses and none (or more
 * than one) is default, the given one (or else the newest) becomes the only default.
 */
export async function settleDefault(tx: TStoreTx, storeId: string, customerId: string, preferredId?: string): Promise<void> {
  const rows = await tx.customerAddress.findMany({
    where: { storeId, customerId },
    select: { id: true, isDefault: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!rows.length) return;
  const target = preferredId && rows.some((r) => r.id === preferredId) ? preferredId : (rows.find((r) => r.isDefault)?.id ?? rows[0]!.id);
  // Updated by primary key: record locks only, so changes of different customers never
  // deadlock on the (storeId, customerId) index gaps.
  const unset = rows.filter((r) => r.isDefault && r.id !== target).map((r) => r.id);
  if (unset.length) await tx.customerAddress.updateMany({ where: { storeId, id: { in: unset } }, data: { isDefault: false } });
  if (!rows.find((r) => r.id === target)!.isDefault) await tx.customerAddress.updateMany({ where: { storeId, id: target }, data: { isDefault: true } });
}
