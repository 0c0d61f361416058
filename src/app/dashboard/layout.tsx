import type { Metadata } from "next";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { getPlatformActor } from "@/server/http";
import { listUserStores } from "@/server/identity";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Dashboard | ECOM", template: "%s | ECOM" }, robots: { index: false } };

/**
 * The dashboard frame. It only draws the header for a signed-in user (their own stores);
 * each page decides access itself (sign-in, verification, staff membership, permission).
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await getPlatformActor();
  const stores = actor ? await listUserStores(actor.userId) : [];
  return (
    <div className="min-h-screen bg-gray-50 text-gray-900">
      {actor ? <DashboardHeader userName={actor.name} stores={stores.map((s) => ({ slug: s.slug, name: s.name }))} /> : null}
      {children}
    </div>
  );
}
