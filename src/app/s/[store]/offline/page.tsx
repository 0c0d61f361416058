import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, textLink } from "@/components/storefront/styles";
import { loadStore } from "../load-store";

/**
 * /offline on a store host: what the service worker shows for a page it cannot fetch and has
 * not kept. It is precached when the worker installs, so it holds nothing per visitor: it is
 * rendered statically like the catalog pages (no cookies, headers or search params; nothing at
 * build time, each store's copy on its first request, kept in the page cache under the store's
 * tag, never more than 5 minutes old). "Try again" reloads the address the visitor
 * asked for, which the worker answered with this page.
 */
export const dynamic = "force-static";
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Offline", robots: { index: false, follow: false } };

export default async function OfflinePage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="offline-page">
      <p className="text-sm font-medium uppercase tracking-wide text-gray-500">{store.name}</p>
      <h1 className="mt-2 text-2xl font-bold">You are offline</h1>
      <p className="mt-3 text-gray-600">
        This page could not be loaded because there is no internet connection. Pages and images you have already viewed in {store.name} still
        open while you are offline.
      </p>
      <div className="mt-8 flex flex-wrap items-center justify-center gap-4">
        {/* An empty href is the current address: the page the visitor wanted, not /offline. */}
        <a href="" className={primaryButton}>
          Try again
        </a>
        <Link href="/" className={textLink}>
          Go to the home page
        </Link>
      </div>
    </main>
  );
}
