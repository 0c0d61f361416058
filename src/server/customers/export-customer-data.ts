import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import type { TJson } from "@/server/events";
import { exportCustomerOrders, type TOrderView } from "@/server/orders";
import { openAddress, type TCustomerAddress } from "./address-data";
import { loadStoreMailContext } from "./customer-mail";
import { PROFILE_SELECT, toProfile } from "./customer-view";
import { auditActor, type TCustomerDataActor } from "./types";

/** Everything one store holds about one customer, in the form given to them ("download my data"). */
export type TCustomerDataExport = {
  format: "ecom.customer-data-export/1";
  exportedAt: string;
  store: { name: string; slug: string };
  account: {
    id: string;
    email: string;
    name: string | null;
    phone: string | null;
    emailVerifiedAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  marketing: { consent: boolean; consentChangedAt: string | null };
  addresses: (Omit<TCustomerAddress, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string })[];
  /** The customer's orders with their lines, totals and shipping addresses. */
  orders: TOrderView[];
  /** The audit entries about the customer or made by them (sign-ins, changes, exports). */
  activity: { at: string; action: string; actor: string; ip: string | null; userAgent: string | null; details: TJson | null }[];
};

/** Who acted, by kind only: staff and keys are not named (their ids are not the customer's data). */
function actorLabel(actorType: string): string {
  const labels: Record<string, string> = { platform_user: "store staff", platform_admin: "platform administrator", api_key: "API key", system: "system" };
  return labels[actorType] ?? actorType;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The customer's data at this store: profile (decrypted), addresses, marketing consent and
 * when it changed, account dates, and the audit entries about them. Everything is read through
 * the tenant door of this store, so nothing of another store (not even an account with the same
 * email there) can appear. Records the export in the audit log (ids only). Returns null for an
 * unknown or erased customer of this store.
 */
export async function exportCustomerData(storeId: string, customerId: string, actor: TCustomerDataActor): Promise<TCustomerDataExport | null> {
  const db = storeDb(storeId);
  const row = await db.customer.findFirst({ where: { storeId, id: customerId, erasedAt: null }, select: PROFILE_SELECT });
  if (!row) return null;
  const [store, addresses, orders, entries] = await Promise.all([
    loadStoreMailContext(storeId),
    db.customerAddress.findMany({ where: { storeId, customerId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }] }),
    exportCustomerOrders(storeId, customerId),
    db.auditLogEntry.findMany({
      where: { storeId, OR: [{ targetType: "customer", targetId: customerId }, { actorType: "customer", actorId: customerId }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, action: true, actorType: true, actorId: true, ip: true, userAgent: true, data: true },
    }),
  ]);
  const profile = toProfile(row);
  await recordAudit({
    storeId,
    ...auditActor(actor),
    action: "customer.data_exported",
    targetType: "customer",
    targetId: customerId,
  });
  return {
    format: "ecom.customer-data-export/1",
    exportedAt: new Date().toISOString(),
    store: { name: store.name, slug: store.slug },
    account: {
      id: profile.id,
      email: profile.email,
      name: profile.name,
      phone: profile.phone,
      emailVerifiedAt: iso(profile.emailVerifiedAt),
      createdAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
    },
    marketing: { consent: profile.marketingConsent, consentChangedAt: iso(profile.marketingConsentAt) },
    addresses: addresses.map(openAddress).map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString() })),
    orders,
    activity: entries.map((e) => ({
      at: e.createdAt.toISOString(),
      action: e.action,
      actor: e.actorType === "customer" && e.actorId === customerId ? "you" : actorLabel(e.actorType),
      ip: e.ip,
      userAgent: e.userAgent,
      details: (e.data ?? null) as TJson | null,
    })),
  };
}

/** A download name for an export, e.g. `demo-customer-data-2026-11-21.json`. */
export function customerExportFilename(data: Pick<TCustomerDataExport, "store" | "exportedAt">): string {
  return `${data.store.slug}-customer-data-${data.exportedAt.slice(0, 10)}.json`;
}
