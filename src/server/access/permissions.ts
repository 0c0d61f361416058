/**
 * The one permission matrix. Every dashboard page, server action and admin API route checks
 * a permission from this list on the server (a hidden button is not protection). API keys
 * carry a subset of these as scopes.
 */
export const PERMISSIONS = [
  "catalog:read",
  "catalog:write",
  "inventory:write",
  "orders:read",
  "orders:write",
  "orders:refund",
  "customers:read",
  "customers:export",
  "discounts:write",
  "support:reply",
  "settings:write",
  "staff:manage",
  "billing:manage",
  "audit:read",
] as const;

export type TPermission = (typeof PERMISSIONS)[number];
export type TStoreRole = "OWNER" | "ADMIN" | "STAFF" | "SUPPORT";

const ALL: readonly TPermission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<TStoreRole, readonly TPermission[]> = {
  /** Everything, and only owners transfer ownership and manage billing. */
  OWNER: ALL,
  /** Runs the store: everything but billing and the audit log (owners only). */
  ADMIN: ALL.filter((p) => p !== "billing:manage" && p !== "audit:read"),
  /** Day-to-day operations: catalog, stock, orders, discounts, customers, support. */
  STAFF: ["catalog:read", "catalog:write", "inventory:write", "orders:read", "orders:write", "customers:read", "discounts:write", "support:reply"],
  /** Customer service: reads orders and customers, answers tickets. */
  SUPPORT: ["catalog:read", "orders:read", "customers:read", "support:reply"],
};

export const ROLE_LABELS: Record<TStoreRole, string> = { OWNER: "Owner", ADMIN: "Admin", STAFF: "Staff", SUPPORT: "Support" };

/** Scopes an API key may carry: the store-data permissions, never staff or billing management. */
export const API_KEY_SCOPES = PERMISSIONS.filter((p) => p !== "staff:manage" && p !== "billing:manage");

export function roleCan(role: TStoreRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles a member with `role` may grant or change: owners any; admins all but owner. */
export function assignableRoles(role: TStoreRole): TStoreRole[] {
  if (role === "OWNER") return ["OWNER", "ADMIN", "STAFF", "SUPPORT"];
  if (role === "ADMIN") return ["ADMIN", "STAFF", "SUPPORT"];
  return [];
}
