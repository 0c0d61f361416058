import type { Metadata } from "next";
import { ThemeForm } from "@/components/dashboard/catalog/theme-form";
import { listCollections } from "@/server/catalog";
import { getStoreThemeSettings } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardImage, dashboardMediaBase } from "@/server/media";
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
  const [logo, banner] = await Promise.all([
    dashboardImage(staff.store.id, staff.store.slug, settings.logoMediaId, "Current logo"),
    dashboardImage(staff.store.id, staff.store.slug, settings.bannerMediaId, "Current banner"),
  ]);
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
