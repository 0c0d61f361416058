import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/storefront/breadcrumbs";
import { JsonLd } from "@/components/storefront/json-ld";
import { ProductGallery } from "@/components/storefront/product-gallery";
import { RichText } from "@/components/storefront/rich-text";
import { ServiceSlotList } from "@/components/storefront/service-slot-list";
import { VariantPicker } from "@/components/storefront/variant-picker";
import {
  breadcrumbJsonLd,
  categoryPath,
  excerpt,
  getProductPage,
  openGraphFor,
  productJsonLd,
  productPath,
  shareImageUrl,
  storeUrl,
  ZVariantParam,
} from "@/server/storefront";
import { loadStore } from "@/app/s/[store]/load-store";

type TProps = { params: Promise<{ store: string; handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const store = await loadStore(params);
  const { handle } = await params;
  const product = await getProductPage(store.id, handle);
  if (!product) return {};
  const title = product.seoTitle || product.title;
  const description = product.seoDescription || (product.descriptionText ? excerpt(product.descriptionText) : `${product.title} at ${store.name}.`);
  // One canonical URL per product: the ?variant= views all point at it.
  const url = storeUrl(store.slug, productPath(product.handle));
  const image = product.media[0];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: openGraphFor(store.slug, { siteName: store.name, title, description, url, image, imageAlt: product.title }),
  };
}

export default async function ProductPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const { handle } = await params;
  const product = await getProductPage(store.id, handle);
  if (!product) notFound();
  const requested = ZVariantParam.parse((await searchParams).variant);
  // Without ?variant=, the first variant that can be bought (a sold-out first one is still shown if all are).
  const selected = product.variants.find((v) => v.id === requested) ?? product.variants.find((v) => v.available) ?? product.variants[0];
  const url = storeUrl(store.slug, productPath(product.handle));
  // A service's upcoming times, as the slot list and the add-to-cart time picker show them.
  const slotItems = product.slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt.toISOString(), start: slot.start, end: slot.end, seatsLeft: slot.seatsLeft }));
  const category = product.categories[0];
  const crumbs = [
    { name: "Home", href: "/" },
    ...(category ? [{ name: category.name, href: categoryPath(category.handle) }] : []),
    { name: product.title, href: productPath(product.handle) },
  ];
  const structured = [
    productJsonLd({
      name: product.title,
      description: product.seoDescription || excerpt(product.descriptionText, 5000),
      url,
      imageUrls: product.media.map((m) => shareImageUrl(store.slug, m)),
      brand: product.vendor,
      currency: product.currency,
      variants: product.variants.map((v) => ({ sku: v.sku, title: v.title, price: v.price, available: v.available, url: `${url}?variant=${encodeURIComponent(v.id)}` })),
    }),
    breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: storeUrl(store.slug, c.href) }))),
  ];
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <JsonLd data={structured} />
      <Breadcrumbs items={crumbs} />
      <div className="mt-6 grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery media={product.media} title={product.title} />
        <div className="space-y-6">
          <div>
            {product.vendor ? <p className="text-sm uppercase tracking-wide text-gray-600">{product.vendor}</p> : null}
            <h1 className="mt-1 text-3xl font-bold">{product.title}</h1>
            {product.serviceDurationMinutes ? <p className="mt-2 text-sm text-gray-600">Duration: {product.serviceDurationMinutes} minutes</p> : null}
          </div>
          {selected ? (
            <VariantPicker
              key={selected.id}
              options={product.options}
              variants={product.variants.map((v) => ({ id: v.id, options: v.options, price: v.price, compareAtPrice: v.compareAtPrice, available: v.available }))}
              currency={product.currency}
              initialVariantId={selected.id}
              addToCart={{
                productType: product.type,
                slots: slotItems,
              }}
            />
          ) : (
            <p data-testid="availability" className="text-sm text-red-700">
              Currently unavailable
            </p>
          )}
          {product.type === "SERVICE" ? (
            <ServiceSlotList
              timeZone={product.timeZone}
              slots={slotItems}
            />
          ) : null}
          {product.descriptionHtml ? (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="mb-2 text-lg font-semibold">
                Description
              </h2>
              <RichText html={product.descriptionHtml} className="text-gray-800" />
            </section>
          ) : null}
          {product.tags.length ? (
            <p className="text-sm text-gray-600">
              <span className="font-medium">Tags:</span> {product.tags.join(", ")}
            </p>
          ) : null}
        </div>
      </div>
    </main>
  );
}
