import { createSerwistRoute } from "@serwist/turbopack";
import { randomUUID } from "node:crypto";

/**
 * The storefront's service worker: GET /serwist/sw.js (and its source map, /serwist/sw.js.map),
 * built from src/app/sw.ts by @serwist/turbopack with esbuild. `next build` prerenders both
 * (force-static; dynamicParams false, so no other path answers); `next dev` rebuilds on
 * request when sw.ts changed. Responses carry `Service-Worker-Allowed: /` so the worker can
 * control the whole host although it lives under /serwist/. The paths end in .js / .map, which
 * the proxy's matcher skips: they are answered the same on every host.
 *
 * Precached: the stylesheets and fonts of the build (so the offline page and cached pages keep
 * their look; scripts are cached as they are used) plus the store's /offline page, versioned per
 * build of the worker.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/app/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [".next/static/**/*.{css,woff2}"],
  esbuildOptions: {
    // A classic script (no import/export left), so registration needs no module-worker support.
    format: "iife",
    define: { __OFFLINE_REVISION__: JSON.stringify(randomUUID()) },
  },
});
