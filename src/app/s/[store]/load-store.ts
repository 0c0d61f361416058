import { notFound } from "next/navigation";
import { getStoreProfile } from "@/server/stores";
import { findActiveStoreBySlug } from "@/server/tenancy";

/**
 * The store of a storefront route. /s/[store] is reached only through the proxy's host
 * rewrite, so the slug is the one the host resolved to.
 */
export async function loadStore(params: Promise<{ store: string }>) {
  const { store: slug } = await params;
  const resolved = await findActiveStoreBySlug(slug);
  const profile = resolved ? await getStoreProfile(resolved.id) : null;
  if (!profile) notFound();
  return profile;
}
