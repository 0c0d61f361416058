import "server-only";
import { findMediaRendition } from "@/server/media";
import { iconContentBox, type TAppIconVariant } from "./app-icons";
import { getStoreApp } from "./get-store-app";
import { renderAppIcon } from "./render-app-icon";

/**
 * Rendered icons by store, variant and icon version. The version changes with the logo, the
 * colour and the initial, so an entry is never stale; the map only bounds repeated renders
 * (browsers re-fetch icons while checking installability).
 */
const rendered = new Map<string, Buffer>();
const MAX_RENDERED = 64;

/**
 * One of a store's app icons as PNG bytes, made from its logo (the smallest stored rendition
 * that covers the icon's content box) or, without a logo, from its initial. Null for an
 * unknown store.
 */
export async function getStoreAppIcon(storeId: string, variant: TAppIconVariant): Promise<Buffer | null> {
  const app = await getStoreApp(storeId);
  if (!app) return null;
  const key = `${storeId}|${variant.param}|${app.iconVersion}`;
  const hit = rendered.get(key);
  if (hit) return hit;

  let logo: Uint8Array | null = null;
  if (app.logo) {
    const rendition = await findMediaRendition(storeId, app.logo.id, iconContentBox(variant.size, variant.maskable));
    const object = rendition ? await rendition.open() : null;
    if (object) logo = new Uint8Array(await new Response(object.body).arrayBuffer());
  }
  const png = await renderAppIcon({ size: variant.size, maskable: variant.maskable, themeColor: app.themeColor, initial: app.initial, logo });

  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, png);
  return png;
}
