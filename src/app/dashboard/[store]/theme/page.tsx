import type { Metadata } from "next";
import { ThemeForm } from "@/components/dashboard/catalog/theme-form";
import { listCollections } from "@/server/catalog";
import { getStoreThemeSettings } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardMediaBase, getMedia, mediaSrc, mediaUrl } from "@/server/media";
import { updateStoreThemeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Theme" };

type TProps = { params: Promise<{ store: string }> };

export default async function ThemePage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const [settings, collections] = await Promise.all([getStoreThemeSettings(staff.store.id), listCollections(staff.store.id)]);
  // Previews come from the dashboard's own media route: its CSP loads images from this host only.
  const mediaBase = dashboardMediaBase(staff.store.slug);
  const image = async (id: string | null, label: string) => {
    const media = id ? await getMedia(staff.store.id, id) : null;
    if (!media) return null;
    const size = media.width && media.height ? ` (${media.width}×${media.height})` : "";
    return { id: media.id, label: `Current ${label}${size}`, viewUrl: mediaUrl(media.id, "orig", mediaBase), previewUrl: mediaSrc(media, 320, mediaBase) };
  };
  const [logo, banner] = await Promise.all([image(settings.logoMediaId, "logo"), image(settings.bannerMediaId, "banner")]);
  return (
    <main>
      <h1 className="text-2xl font-bold">Theme</h1>
      <p className="mt-1 text-sm text-gray-600">How the storefront looks. Changes show on the storefront within seconds of saving.</p>
      <ThemeForm
        action={updateStoreThemeAction.bind(null, staff.store.slug)}
        storeSlug={staff.store.slug}
        mediaBase={mediaBase}
        collections={collections.map((c) => ({ id: c.id, title: c.title }))}
        theme={{ logo, banner, announcement: settings.announcement ?? "", themeColor: settings.themeColor, homeCollectionId: settings.homeCollectionId ?? "" }}
      />
    </main>
  );
}
