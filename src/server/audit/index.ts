/**
 * The audit log: append-only. recordAudit() is the only writer; the listings read it for
 * platform admins (every store) and store owners (their store, through the tenant door).
 */
export { recordAudit, type TAuditEntry } from "./record-audit";
export { listAuditEntries, type TAuditEntryView, type TAuditPage } from "./list-audit-entries";
export { listStoreAuditEntries } from "./list-store-audit-entries";
export { AUDIT_PAGE_SIZE } from "./audit-filters";
export {
  ZAuditQuery,
  ZStoreAuditQuery,
  AUDIT_ACTOR_TYPES,
  type TAuditQuery,
  type TStoreAuditQuery,
  type TAuditActorType,
} from "./audit.schemas";
