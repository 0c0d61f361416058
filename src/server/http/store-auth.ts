import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { roleCan, ROLE_PERMISSIONS, type TPermission, type TStoreRole } from "@/server/access";
import { verifyApiKey } from "@/server/api-keys";
import { AppError } from "@/server/errors";
import { findMembership } from "@/server/identity";
import { findStoreBySlug, type TResolvedStore } from "@/server/tenancy";
import { getPlatformActor, type TPlatformActor } from "./platform-auth";

export type TStaffContext = {
  store: TResolvedStore;
  actor: TPlatformActor;
  role: TStoreRole;
  permissions: readonly TPermission[];
};

/**
 * The signed-in user's place in a store, or the reason they have none. A store the user is
 * not staff of is "not_found" exactly like a store that does not exist: its existence is not
 * admitted. Suspended stores still admit their staff (they may export their data).
 */
const loadStaff = cache(async (slug: string): Promise<TStaffContext | "signed_out" | "not_found"> => {
  const actor = await getPlatformActor();
  if (!actor) return "signed_out";
  const store = await findStoreBySlug(slug);
  if (!store) return "not_found";
  const membership = await findMembership(store.id, actor.userId);
  if (!membership) return "not_found";
  return { store, actor, role: membership.role, permissions: ROLE_PERMISSIONS[membership.role] };
});

/**
 * For dashboard pages, layouts and server actions: signed out -> /login; not this store's
 * staff -> 404; lacking `permission` -> 403.
 */
export async function requireStaffPage(slug: string, permission?: TPermission): Promise<TStaffContext> {
  const staff = await loadStaff(slug);
  if (staff === "signed_out") redirect(`/login?callbackUrl=${encodeURIComponent(`/dashboard/${slug}`)}`);
  if (staff === "not_found") notFound();
  if (permission && !roleCan(staff.role, permission)) forbidden();
  return staff;
}

/** The same check for route handlers and API-style server actions, as AppErrors (401/404/403). */
export async function requireStaff(slug: string, permission?: TPermission): Promise<TStaffContext> {
  const staff = await loadStaff(slug);
  if (staff === "signed_out") throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (staff === "not_found") throw new AppError("NOT_FOUND", "Store not found");
  if (permission && !roleCan(staff.role, permission)) throw new AppError("FORBIDDEN", `Your role does not include ${permission}`);
  return staff;
}

export type TAdminApiActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };
export type TAdminApiContext = { storeId: string; actor: TAdminApiActor };

/**
 * Authorizes the merchant admin API (/api/v1/admin/...): `Authorization: Bearer ek_...` (the
 * key names its store and carries scopes), or a dashboard session with `?store=<slug>`.
 */
export async function authorizeAdminApi(req: Request, permission: TPermission): Promise<TAdminApiContext> {
  const header = req.headers.get("authorization");
  const slug = new URL(req.url).searchParams.get("store");
  if (header) {
    const [scheme, token] = header.split(" ");
    const key = scheme?.toLowerCase() === "bearer" && token ? await verifyApiKey(token) : null;
    if (!key) throw new AppError("UNAUTHENTICATED", "Invalid or revoked API key");
    if (slug) {
      const named = await findStoreBySlug(slug);
      if (!named || named.id !== key.storeId) throw new AppError("NOT_FOUND", "Store not found");
    }
    if (!key.scopes.includes(permission)) throw new AppError("FORBIDDEN", `This key lacks the ${permission} scope`);
    return { storeId: key.storeId, actor: { kind: "api_key", keyId: key.keyId } };
  }
  if (!slug) throw new AppError("UNAUTHENTICATED", "Send an API key, or sign in and name the store with ?store=<slug>");
  const staff = await requireStaff(slug, permission);
  return { storeId: staff.store.id, actor: { kind: "user", userId: staff.actor.userId } };
}
