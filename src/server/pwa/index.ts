/**
 * PWA: what makes a store installable as an app on its own host. The per-store web app
 * manifest (/manifest.webmanifest), its icons (/app-icon/<size>, drawn from the store's logo
 * or its initial on the theme colour) and the metadata the storefront layout links them with.
 * The service worker itself is src/app/sw.ts, served by src/app/serwist/[path]/route.ts; its
 * caching rules are in src/components/storefront/pwa/sw-policy.ts.
 */
import "server-only";

export { APP_ICON_VARIANTS, appIconPath, findAppIconVariant, type TAppIconVariant } from "./app-icons";
export { buildWebManifest, type TStoreAppInfo, type TWebManifest, type TWebManifestIcon } from "./build-web-manifest";
export { deriveShortName, SHORT_NAME_MAX } from "./short-name";
export { getStoreApp, type TStoreApp } from "./get-store-app";
export { getStoreAppIcon } from "./get-store-app-icon";
export { getStoreWebManifest } from "./get-store-web-manifest";
export { storeAppMetadata, type TStoreAppMetadata } from "./store-app-metadata";
