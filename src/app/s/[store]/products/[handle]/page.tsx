import View, { generateMetadata as viewMetadata } from "./product-view";

// Rendered on first request and kept in the page cache until the store's catalog or theme changes.
// (See src/app/s/[store]/page.tsx for why these two lines.)
export const dynamic = "force-static";
export async function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ store: string; handle: string }> };
const NO_QUERY = Promise.resolve({});

export function generateMetadata({ params }: TProps) {
  return viewMetadata({ params, searchParams: NO_QUERY });
}

export default function Page({ params }: TProps) {
  return <View params={params} searchParams={NO_QUERY} />;
}
