import { AUDIT_ACTOR_TYPES } from "@/server/audit";
import { FilterButton, FilterField, inputClass } from "./filter-field";

export type TAuditFilterValues = { store?: string; action?: string; actorType?: string; from?: string; to?: string };

type TProps = {
  /** Where the GET form submits: /admin/audit or /dashboard/<slug>/audit. */
  action: string;
  values: TAuditFilterValues;
  errors: Partial<Record<keyof TAuditFilterValues, string>>;
  /** The platform view filters by store; a store's own view does not. */
  withStore: boolean;
};

const ACTOR_LABELS: Record<(typeof AUDIT_ACTOR_TYPES)[number], string> = {
  platform_user: "Platform user",
  platform_admin: "Platform admin",
  customer: "Customer",
  api_key: "API key",
  system: "System",
};

/** The audit log's filters (a GET form, so filtered views can be bookmarked and shared). */
export function AuditFilterForm({ action, values, errors, withStore }: TProps) {
  return (
    <form method="get" action={action} className="mt-6 flex flex-wrap items-start gap-3" aria-label="Filter the audit log">
      {withStore ? (
        <FilterField id="audit-store" label="Store slug" error={errors.store}>
          {(a) => <input id="audit-store" name="store" defaultValue={values.store ?? ""} className={inputClass} {...a} />}
        </FilterField>
      ) : null}
      <FilterField id="audit-action" label="Action (prefix)" error={errors.action}>
        {(a) => <input id="audit-action" name="action" defaultValue={values.action ?? ""} placeholder="e.g. store." className={inputClass} {...a} />}
      </FilterField>
      <FilterField id="audit-actor-type" label="Actor type" error={errors.actorType}>
        {(a) => (
          <select id="audit-actor-type" name="actorType" defaultValue={values.actorType ?? ""} className={inputClass} {...a}>
            <option value="">Any actor</option>
            {AUDIT_ACTOR_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTOR_LABELS[t]}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField id="audit-from" label="From (UTC)" error={errors.from}>
        {(a) => <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} className={inputClass} {...a} />}
      </FilterField>
      <FilterField id="audit-to" label="To (UTC)" error={errors.to}>
        {(a) => <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className={inputClass} {...a} />}
      </FilterField>
      <div className="self-end">
        <FilterButton />
      </div>
    </form>
  );
}
