import { serializeJsonLd, type TJsonLd } from "@/server/storefront";

/** Structured data for search engines ("<" escaped by serializeJsonLd, so text cannot break out). */
export function JsonLd({ data }: { data: TJsonLd | TJsonLd[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
