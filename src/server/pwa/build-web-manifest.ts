import { APP_ICON_VARIANTS, appIconPath } from "./app-icons";

/** What a store's web app manifest is made of. */
export type TStoreAppInfo = {
  name: string;
  shortName: string;
  /** "#rrggbb" */
  themeColor: string;
  iconVersion: string;
};

export type TWebManifestIcon = { src: string; sizes: string; type: "image/png"; purpose: "any" | "maskable" };

export type TWebManifest = {
  id: string;
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: "standalone";
  theme_color: string;
  background_color: string;
  categories: string[];
  icons: TWebManifestIcon[];
};

/**
 * The web app manifest of a store (served at /manifest.webmanifest on its host). Every URL is
 * root-relative, so it resolves against whichever of the store's hosts served it. The splash
 * screen uses the theme colour, the same colour the icons are padded with, so the icon sits on
 * a seamless background. The 180px icon is left out: it is the apple-touch-icon only.
 */
export function buildWebManifest(app: TStoreAppInfo): TWebManifest {
  return {
    id: "/",
    name: app.name,
    short_name: app.shortName,
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: app.themeColor,
    background_color: app.themeColor,
    categories: ["shopping"],
    icons: APP_ICON_VARIANTS.filter((v) => v.size !== 180).map((v) => ({
      src: appIconPath(v, app.iconVersion),
      sizes: `${v.size}x${v.size}`,
      type: "image/png",
      purpose: v.maskable ? "maskable" : "any",
    })),
  };
}
