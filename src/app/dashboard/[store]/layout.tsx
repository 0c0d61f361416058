import type { Metadata } from "next";
import { StoreNav, type TStoreNavItem } from "@/components/dashboard/store-nav";
import type { TPermission } from "@/server/access";
import { requireStaffPage } from "@/server/http";
import { storefrontUrl } from "@/server/onboarding";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ store: string }> };
type TProps = TParams & { children: React.ReactNode };

type TSection = { path: string; label: string; permission?: TPermission; children?: TSection[] };

/** Sections of a store's dashboard and the permission each needs (pages check it again). */
const SECTIONS: TSection[] = [
  { path: "", label: "Overview" },
  { path: "/orders", label: "Orders", permission: "orders:read" },
  { path: "/bookings", label: "Bookings", permission: "orders:read" },
  { path: "/products", label: "Products", permission: "catalog:read" },
  { path: "/inventory", label: "Inventory", permission: "catalog:read" },
  { path: "/products/import", label: "Import / export", permission: "catalog:write" },
  { path: "/categories", label: "Categories", permission: "catalog:read" },
  { path: "/collections", label: "Collections", permission: "catalog:read" },
  { path: "/customers", label: "Customers", permission: "customers:read" },
  { path: "/staff", label: "Staff", permission: "staff:manage" },
  { path: "/api-keys", label: "API keys", permission: "settings:write" },
  { path: "/theme", label: "Theme", permission: "settings:write" },
  {
    path: "/settings",
    label: "Settings",
    permission: "settings:write",
    children: [
      { path: "/settings/checkout", label: "Checkout", permission: "settings:write" },
      { path: "/settings/shipping", label: "Shipping", permission: "settings:write" },
      { path: "/settings/taxes", label: "Taxes", permission: "settings:write" },
      { path: "/settings/payments", label: "Payments", permission: "settings:write" },
    ],
  },
  { path: "/audit", label: "Audit log", permission: "audit:read" },
];

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { store } = await params;
  const staff = await requireStaffPage(store);
  return { title: { default: `${staff.store.name} | ECOM`, template: `%s · ${staff.store.name} | ECOM` } };
}

/**
 * A store's dashboard frame. Not this store's staff (or no such store) -> 404, signed out ->
 * sign-in. The navigation shows only what the member's role allows; every page and server
 * action checks its permission again on the server.
 */
export default async function StoreDashboardLayout({ children, params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug);
  const allowed = (s: TSection) => !s.permission || staff.permissions.includes(s.permission);
  const toItem = (s: TSection): TStoreNavItem => ({
    href: `/dashboard/${staff.store.slug}${s.path}`,
    label: s.label,
    ...(s.children ? { children: s.children.filter(allowed).map(toItem) } : {}),
  });
  const items: TStoreNavItem[] = SECTIONS.filter(allowed).map(toItem);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row">
      <aside className="md:w-56 md:shrink-0">
        <p className="px-3 text-xs font-semibold uppercase tracking-wide text-gray-500">{staff.store.name}</p>
        <div className="mt-2">
          <StoreNav items={items} />
        </div>
        <a
          href={storefrontUrl(staff.store.slug)}
          target="_blank"
          rel="noreferrer"
          className="mt-4 block px-3 text-sm font-medium text-blue-700 underline"
        >
          View live storefront<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </aside>
      <div className="min-w-0 flex-1">
        {staff.store.status === "SUSPENDED" ? (
          <div role="alert" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <strong className="font-semibold">This store is suspended.</strong> Its storefront is offline for shoppers. You and your
            staff can still sign in here and export your data. Contact ECOM support to have it reinstated.
          </div>
        ) : null}
        {children}
      </div>
    </div>
  );
}
