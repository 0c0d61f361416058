import Link from "next/link";
import type { Metadata, Viewport } from "next";
import { AccountNav } from "@/components/storefront/account/account-nav";
import { CartLink } from "@/components/storefront/cart/cart-link";
import { StoreServiceWorker } from "@/components/storefront/pwa/service-worker";
import { AnnouncementBar, CategoryNav, StoreLogo } from "@/components/storefront/store-header-extras";
import { getStoreApp, storeAppMetadata } from "@/server/pwa";
import { getStoreTheme, listTopCategoryLinks } from "@/server/storefront";
import { loadStore } from "./load-store";

type TProps = { children: React.ReactNode; params: Promise<{ store: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const store = await loadStore(params);
  const app = await getStoreApp(store.id);
  return { title: { default: store.name, template: `%s | ${store.name}` }, applicationName: store.name, ...(app ? storeAppMetadata(app) : {}) };
}

export async function generateViewport({ params }: TProps): Promise<Viewport> {
  const store = await loadStore(params);
  return { themeColor: store.themeColor };
}

export default async function StorefrontLayout({ children, params }: TProps) {
  const store = await loadStore(params);
  const [theme, categories] = await Promise.all([getStoreTheme(store.id), listTopCategoryLinks(store.id)]);
  return (
    <div className="flex min-h-screen flex-col" style={{ "--store-primary": store.themeColor } as React.CSSProperties}>
      <StoreServiceWorker />
      <AnnouncementBar text={theme.announcement} />
      <header className="bg-[var(--store-primary)] text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4">
          <div className="flex items-center gap-3">
            <StoreLogo logo={theme.logo} />
            <Link href="/" className="text-xl font-bold tracking-tight" data-testid="store-name">
              {store.name}
            </Link>
          </div>
          <div className="flex items-center gap-4">
            <AccountNav />
            <CartLink />
          </div>
        </div>
        <CategoryNav categories={categories} />
      </header>
      <div className="flex-1">{children}</div>
      <footer className="border-t border-gray-200 py-6 text-center text-sm text-gray-500">
        {store.name} · Prices in {store.currency}
      </footer>
    </div>
  );
}
