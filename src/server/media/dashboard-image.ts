import { dashboardMediaBase, mediaSrc, mediaUrl } from "./media-urls";
import { getMedia } from "./list-media";

/**
 * What the dashboard's image pickers show for a stored image of the store: a label with its size,
 * a 320px preview and the original, both from the dashboard's own media route (its CSP loads
 * images from the platform host only). Null when there is no image or it is not the store's.
 */
export async function dashboardImage(storeId: string, storeSlug: string, mediaId: string | null, label: string) {
  const media = mediaId ? await getMedia(storeId, mediaId) : null;
  if (!media) return null;
  const base = dashboardMediaBase(storeSlug);
  const size = media.width && media.height ? ` (${media.width}×${media.height})` : "";
  return { id: media.id, label: `${label}${size}`, viewUrl: mediaUrl(media.id, "orig", base), previewUrl: mediaSrc(media, 320, base) };
}
