import { searchParamsFromSegment } from "@/lib/storefront-query";
import View, { generateMetadata as viewMetadata } from "../../category-view";

// The same page with the query the proxy moved into the path (src/lib/storefront-query.ts).
// (See src/app/s/[store]/page.tsx for why these two lines.)
export const dynamic = "force-static";
export async function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ store: string; handle: string; query: string }> };
const queryOf = (params: TProps["params"]) => params.then((p) => searchParamsFromSegment(p.query));

export function generateMetadata({ params }: TProps) {
  return viewMetadata({ params, searchParams: queryOf(params) });
}

export default function Page({ params }: TProps) {
  return <View params={params} searchParams={queryOf(params)} />;
}
