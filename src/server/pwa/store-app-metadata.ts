import { APP_ICON_VARIANTS, appIconPath } from "./app-icons";
import type { TStoreAppInfo } from "./build-web-manifest";

type TIconLink = { url: string; sizes: string; type: "image/png" };

/**
 * The storefront's <head> links for its app, shaped like the fields of Next's `Metadata` of the
 * same names (spread it into generateMetadata's result): the manifest link, a PNG favicon and
 * the apple-touch-icon (iOS ignores the manifest's icons), and the iOS home-screen title. The
 * theme colour goes into generateViewport (`themeColor`).
 */
export type TStoreAppMetadata = {
  manifest: string;
  icons: { icon: TIconLink[]; apple: TIconLink[] };
  appleWebApp: { capable: true; title: string; statusBarStyle: "default" };
};

export function storeAppMetadata(app: Pick<TStoreAppInfo, "shortName" | "iconVersion">): TStoreAppMetadata {
  const link = (param: string): TIconLink => {
    const variant = APP_ICON_VARIANTS.find((v) => v.param === param)!;
    return { url: appIconPath(variant, app.iconVersion), sizes: `${variant.size}x${variant.size}`, type: "image/png" };
  };
  return {
    manifest: "/manifest.webmanifest",
    icons: { icon: [link("192")], apple: [link("180")] },
    appleWebApp: { capable: true, title: app.shortName, statusBarStyle: "default" },
  };
}
