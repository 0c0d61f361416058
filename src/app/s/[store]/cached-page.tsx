import type { Metadata } from "next";
import { searchParamsFromSegment } from "@/lib/storefront-query";

type TQuery = Record<string, string | string[] | undefined>;
type TViewProps<P> = { params: Promise<P>; searchParams: Promise<TQuery> };

/**
 * The page and metadata of a cached storefront route from its view. The plain route renders
 * the view with no query; its `q/[query]` twin with the query the proxy moved into the path
 * (src/lib/storefront-query.ts). The routes still declare `dynamic` and generateStaticParams
 * themselves: Next reads those statically.
 */
export function cachedPage<P extends { store: string }>(
  View: (props: TViewProps<P>) => Promise<React.ReactNode>,
  viewMetadata: ((props: TViewProps<P>) => Promise<Metadata>) | null,
  from: "plain" | "segment",
) {
  const queryOf = (params: Promise<P & { query?: string }>): Promise<TQuery> =>
    from === "segment" ? params.then((p) => (p.query ? searchParamsFromSegment(p.query) : {})) : Promise.resolve({});
  return {
    generateMetadata: ({ params }: { params: Promise<P & { query?: string }> }) => (viewMetadata ? viewMetadata({ params, searchParams: queryOf(params) }) : Promise.resolve({})),
    Page: ({ params }: { params: Promise<P & { query?: string }> }) => View({ params, searchParams: queryOf(params) }),
  };
}
