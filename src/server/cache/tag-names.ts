/** The cache tag of a store's storefront pages and API responses (no imports: the proxy uses it). */
export function storefrontTag(slug: string): string {
  return `storefront:${slug}`;
}
