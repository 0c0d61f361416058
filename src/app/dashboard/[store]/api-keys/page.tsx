import type { Metadata } from "next";
import { ActionButton } from "@/components/dashboard/action-button";
import { CreateApiKeyForm } from "@/components/dashboard/api-key-form";
import { API_KEY_SCOPES, type TPermission } from "@/server/access";
import { listApiKeys } from "@/server/api-keys";
import { requireStaffPage } from "@/server/http";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API keys" };

type TProps = { params: Promise<{ store: string }> };

const SCOPE_LABELS: Record<TPermission, string> = {
  "catalog:read": "read products, categories and media",
  "catalog:write": "edit products",
  "inventory:write": "change stock",
  "orders:read": "read orders and the store profile",
  "orders:write": "update orders",
  "orders:refund": "refund orders",
  "customers:read": "read customers",
  "customers:export": "export customer data",
  "discounts:write": "manage discounts",
  "support:reply": "answer support tickets",
  "settings:write": "change store settings",
  "staff:manage": "manage staff",
  "billing:manage": "manage billing",
  "audit:read": "read the audit log",
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function When({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{dateTime.format(at)}</time> : <span className="text-gray-500">Never</span>;
}

export default async function ApiKeysPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const keys = await listApiKeys(staff.store.id);
  const storeSlug = staff.store.slug;
  return (
    <main className="space-y-10">
      <section aria-labelledby="keys-heading">
        <h1 id="keys-heading" className="text-2xl font-bold">
          API keys
        </h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">
          Keys let your own software use the admin API of this store. Times are UTC.
        </p>
        {keys.length === 0 ? (
          <p className="mt-4 text-sm text-gray-600">No keys yet.</p>
        ) : (
          <DataTable className="mt-4" caption="API keys of this store" columns={["Name", "Prefix", "Scopes", "Created", "Last used", "Status"]}>
            <tbody className="divide-y divide-gray-200">
              {keys.map((k) => (
                <tr key={k.id}>
                  <th scope="row" className="px-4 py-3 font-medium">{k.name}</th>
                  <td className="px-4 py-3 font-mono text-xs">{k.prefix}…</td>
                  <td className="px-4 py-3 text-xs">{k.scopes.join(", ")}</td>
                  <td className="px-4 py-3"><When at={k.createdAt} /></td>
                  <td className="px-4 py-3"><When at={k.lastUsedAt} /></td>
                  <td className="px-4 py-3">
                    {k.revokedAt ? (
                      <span>
                        Revoked <When at={k.revokedAt} />
                      </span>
                    ) : (
                      <ActionButton
                        action={revokeApiKeyAction.bind(null, storeSlug)}
                        fields={{ keyId: k.id }}
                        label="Revoke"
                        srDetail={`key ${k.name}`}
                        pendingLabel="Revoking…"
                        variant="danger"
                        size="sm"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      <section aria-labelledby="create-key-heading">
        <h2 id="create-key-heading" className="text-lg font-semibold">
          Create a key
        </h2>
        <CreateApiKeyForm action={createApiKeyAction.bind(null, storeSlug)} scopes={API_KEY_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))} />
      </section>
    </main>
  );
}
