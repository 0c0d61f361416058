/**
 * The storefront's service worker, bundled by @serwist/turbopack (esbuild) and served at
 * /serwist/sw.js with scope "/" by src/app/serwist/[path]/route.ts. One script serves every
 * store host; each host is its own origin with its own worker and caches. The caching rules are
 * in src/components/storefront/pwa/sw-policy.ts (shared with the page that registers it).
 */
import type { PrecacheEntry, RouteMatchCallbackOptions, RuntimeCaching, SerwistPlugin } from "serwist";
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";
import { classifySwRequest, isCacheableResponse, OFFLINE_PATH, SW_CACHE_NAMES, type TSwRequestKind } from "../components/storefront/pwa/sw-policy";

// The worker's own global (the app's TypeScript program only knows the DOM one). esbuild
// replaces `self.__SW_MANIFEST` with the precache list at build time (undefined in dev).
declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };
/** Changes with every build of the worker (esbuild `define`), so /offline is refetched. */
declare const __OFFLINE_REVISION__: string;

const production = process.env.NODE_ENV === "production";

/** Stores a response only when sw-policy allows it (no `no-store`/`private`, plain 200). */
const onlyCacheable: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isCacheableResponse(response) ? response : null),
};

const kindIs =
  (kind: TSwRequestKind) =>
  ({ url, sameOrigin, request }: RouteMatchCallbackOptions) =>
    classifySwRequest({ url, sameOrigin, method: request.method, navigation: request.mode === "navigate", rsc: request.headers.get("RSC") === "1" }) === kind;

const DAY = 24 * 60 * 60;

const runtimeCaching: RuntimeCaching[] = [
  { matcher: kindIs("private"), handler: new NetworkOnly() },
  {
    matcher: kindIs("image"),
    handler: new CacheFirst({
      cacheName: SW_CACHE_NAMES.images,
      plugins: [onlyCacheable, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY, maxAgeFrom: "last-used", purgeOnQuotaError: true })],
    }),
  },
  // In development chunk URLs are not content-hashed: the network must win there.
  ...(production
    ? [
        {
          matcher: kindIs("static"),
          handler: new CacheFirst({
            cacheName: SW_CACHE_NAMES.static,
            plugins: [onlyCacheable, new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * DAY, maxAgeFrom: "last-used", purgeOnQuotaError: true })],
          }),
        },
      ]
    : []),
  {
    matcher: kindIs("page"),
    handler: new NetworkFirst({
      cacheName: SW_CACHE_NAMES.pages,
      networkTimeoutSeconds: 3,
      plugins: [onlyCacheable, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true })],
    }),
  },
  // Any other page: the network, or the offline page (the catch handler below) when it fails.
  { matcher: kindIs("navigation"), handler: new NetworkOnly() },
];

const serwist = new Serwist({
  precacheEntries: [...(self.__SW_MANIFEST ?? []), { url: OFFLINE_PATH, revision: __OFFLINE_REVISION__ }],
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching,
});

// A navigation no rule could answer (network down, page not kept) gets the precached offline
// page. A global catch handler rather than Serwist's `fallbacks` option: in development builds
// serwist 9.5.12 throws away the fallback response that option produces.
serwist.setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") {
    const offline = await serwist.matchPrecache(OFFLINE_PATH);
    if (offline) return offline;
  }
  return Response.error();
});

serwist.addEventListeners();
