import { cachedPage } from "@/app/s/[store]/cached-page";
import View, { generateMetadata as viewMetadata } from "../../search-view";

// The same page with the query the proxy moved into the path (src/lib/storefront-query.ts);
// see src/app/s/[store]/page.tsx for these two exports.
export const dynamic = "force-static";
export async function generateStaticParams() {
  return [];
}

const page = cachedPage<{ store: string }>(View, viewMetadata, "segment");
export const generateMetadata = page.generateMetadata;
export default page.Page;
