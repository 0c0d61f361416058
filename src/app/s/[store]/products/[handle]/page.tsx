import { cachedPage } from "@/app/s/[store]/cached-page";
import View, { generateMetadata as viewMetadata } from "./product-view";

// A cached storefront page; see src/app/s/[store]/page.tsx for these two exports.
export const dynamic = "force-static";
export async function generateStaticParams() {
  return [];
}

const page = cachedPage<{ store: string; handle: string }>(View, viewMetadata, "plain");
export const generateMetadata = page.generateMetadata;
export default page.Page;
