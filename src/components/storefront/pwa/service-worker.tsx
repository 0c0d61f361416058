"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { isCatalogPagePath, SW_URL } from "./sw-policy";

/** Asks the active worker to fetch and keep a page (Serwist's CACHE_URLS message). */
async function cacheInWorker(url: string) {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [url] } });
}

function currentCatalogUrl(): string | null {
  return isCatalogPagePath(window.location.pathname) ? `${window.location.pathname}${window.location.search}` : null;
}

/**
 * Registers the store's service worker (src/app/sw.ts, scope "/") and keeps visited catalog
 * pages available offline. Rendered by the storefront layout only, so it runs on store hosts
 * only; it renders nothing.
 *
 * The worker keeps the pages it answers itself (full page loads). Two kinds of visit never reach
 * it, so they are handed to it with a CACHE_URLS message: the page loaded before the worker
 * controlled the tab (the first visit), and App Router client-side navigations (which fetch
 * RSC payloads, never cached). Only catalog pages are ever sent (see sw-policy); the worker
 * still applies its own rules to them.
 */
export function StoreServiceWorker() {
  const pathname = usePathname();
  const seen = useRef<string | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    const controlledAtLoad = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker
      .register(SW_URL, { scope: "/" })
      .then(() => {
        const url = currentCatalogUrl();
        if (!controlledAtLoad && url) return cacheInWorker(url);
      })
      .catch(() => {
        // Without a worker the store works as a plain website.
      });
  }, []);

  useEffect(() => {
    if (seen.current === null) {
      seen.current = pathname;
      return;
    }
    if (seen.current === pathname || !("serviceWorker" in navigator) || !navigator.serviceWorker.controller) return;
    seen.current = pathname;
    const url = currentCatalogUrl();
    if (url) void cacheInWorker(url).catch(() => undefined);
  }, [pathname]);

  return null;
}
