import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { flattenCategories } from "@/components/dashboard/catalog/category-options";
import { ConfirmDelete } from "@/components/dashboard/catalog/confirm-delete";
import { ProductForm } from "@/components/dashboard/catalog/product-form";
import { ProductImages } from "@/components/dashboard/catalog/product-images";
import { ServiceSlots } from "@/components/dashboard/catalog/service-slots";
import { formatSlotTimes, getProduct, listCategories, listServiceSlots, localDateTime, SLOT_LIST_LIMIT, WEEKDAYS, type TServiceSlotView } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardMediaBase, getMedia, mediaSrc, mediaUrl } from "@/server/media";
import { getStoreSettings, storefrontUrl } from "@/server/onboarding";
import { deleteProductAction, saveProductAction, setProductMediaAction, updateMediaAltAction } from "../actions";
import { createServiceSlotsAction, deleteServiceSlotAction, updateServiceSlotAction } from "../slot-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit product" };

type TProps = { params: Promise<{ store: string; id: string }>; searchParams: Promise<{ saved?: string }> };

/** Slot rows for the dashboard, their times in the store's zone. */
const slotRows = (slots: TServiceSlotView[], timeZone: string) =>
  slots.map((s) => ({ id: s.id, ...formatSlotTimes(s, timeZone), capacity: s.capacity, booked: s.booked }));

/** The add-slots form starts at tomorrow (in the store's zone), 09:00, with the service's duration. */
function slotFormDefaults(durationMinutes: number | null, timeZone: string) {
  const tomorrow = localDateTime(new Date(Date.now() + 86_400_000), timeZone).date;
  return { date: tomorrow, time: "09:00", durationMinutes: durationMinutes ? String(durationMinutes) : "" };
}

const SAVED: Record<string, string> = { created: "Product created.", saved: "Product saved.", variants: "Variants generated and product saved." };

/**
 * The product editor. Only catalog:write members may open it (others get 403); a product
 * of another store, or none, is 404.
 */
export default async function EditProductPage({ params, searchParams }: TProps) {
  const { store: slug, id } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  const product = await getProduct(staff.store.id, id);
  if (!product) notFound();
  const [categories, settings, media, saved] = await Promise.all([
    listCategories(staff.store.id),
    getStoreSettings(staff.store.id),
    Promise.all(product.mediaIds.map((mediaId) => getMedia(staff.store.id, mediaId))),
    searchParams.then((sp) => SAVED[sp.saved ?? ""]),
  ]);
  const [digitalFile, slots] = await Promise.all([
    product.digitalMediaId ? getMedia(staff.store.id, product.digitalMediaId) : null,
    product.type === "SERVICE" ? listServiceSlots(staff.store.id, product.id) : null,
  ]);
  const storefront = storefrontUrl(staff.store.slug).replace(/\/$/, "");
  const base = `/dashboard/${staff.store.slug}/products`;
  const mediaBase = dashboardMediaBase(staff.store.slug);

  return (
    <main>
      <Link href={base} className="text-sm text-blue-700 underline">Back to products</Link>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{product.title}</h1>
        {product.status === "ACTIVE" ? (
          <a href={`${storefront}/products/${product.handle}`} target="_blank" rel="noreferrer" className="text-sm text-blue-700 underline">
            View on storefront<span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : null}
      </div>
      {saved ? <p role="status" className="mt-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{saved}</p> : null}
      <ProductForm
        key={product.updatedAt.toISOString()}
        action={saveProductAction.bind(null, staff.store.slug, product.id)}
        storeSlug={staff.store.slug}
        currency={settings.currency}
        categories={flattenCategories(categories).map((c) => ({ id: c.id, label: c.label }))}
        digitalFileName={digitalFile?.filename ?? null}
        product={{ ...product, variants: product.variants }}
      />
      <ProductImages
        storeSlug={staff.store.slug}
        mediaBase={mediaBase}
        saveAction={setProductMediaAction.bind(null, staff.store.slug, product.id)}
        altAction={updateMediaAltAction.bind(null, staff.store.slug)}
        images={media.flatMap((m) => (m ? [{ id: m.id, alt: m.alt, width: m.width, height: m.height, thumbnailUrl: mediaSrc(m, 160, mediaBase), viewUrl: mediaUrl(m.id, "orig", mediaBase) }] : []))}
      />
      {slots ? (
        <ServiceSlots
          timeZone={settings.timeZone}
          slots={slotRows(slots, settings.timeZone)}
          more={slots.length >= SLOT_LIST_LIMIT}
          weekdays={WEEKDAYS}
          defaults={slotFormDefaults(product.serviceDurationMinutes, settings.timeZone)}
          createAction={createServiceSlotsAction.bind(null, staff.store.slug, product.id)}
          updateAction={updateServiceSlotAction.bind(null, staff.store.slug, product.id)}
          deleteAction={deleteServiceSlotAction.bind(null, staff.store.slug, product.id)}
        />
      ) : null}
      <section aria-labelledby="delete-product" className="mt-10 border-t border-gray-200 pt-6">
        <h2 id="delete-product" className="text-lg font-semibold">Delete product</h2>
        <p className="mt-1 text-sm text-gray-600">Removes the product, its variants and its links to categories and collections. This cannot be undone.</p>
        <div className="mt-3">
          <ConfirmDelete action={deleteProductAction.bind(null, staff.store.slug, product.id)} label="Delete product" question={`Delete “${product.title}” permanently?`} />
        </div>
      </section>
    </main>
  );
}
