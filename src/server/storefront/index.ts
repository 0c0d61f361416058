/**
 * Storefront read model: what a store's shoppers may see, read straight from the catalog
 * tables. Only ACTIVE products ever come out (drafts and archived products are not found), and
 * every read goes through storeDb(storeId) or raw SQL that filters each table by storeId, so
 * one store's page can never show another store's products. Prices are decimal strings in the
 * store's currency. Writing the catalog is the catalog domain's job; nothing here writes.
 */
import "server-only";

export { getHome, HOME_PRODUCT_LIMIT, type THome } from "./get-home";
export { getStoreTheme, type TStoreTheme } from "./get-store-theme";
export { listTopCategories, listTopCategoryLinks } from "./category-tree";
export { getCategoryPage, getCategorySummary, type TCategoryPage, type TCategorySummary } from "./get-category-page";
export { getProductPage, PRODUCT_PAGE_SLOT_LIMIT, type TProductPage, type TStorefrontSlot, type TStorefrontVariant } from "./get-product-page";
export { searchProducts, type TSearchResults } from "./search-products";
export { listSitemapEntries, SITEMAP_MAX_URLS, type TSitemapEntries } from "./list-sitemap-entries";
export { renderDescription, excerpt } from "./render-description";
export { storeUrl, shareImageUrl, productPath, categoryPath, openGraphFor, SHARE_IMAGE_WIDTH, type TOpenGraph } from "./store-url";
export { serializeJsonLd, breadcrumbJsonLd, organizationJsonLd, productJsonLd, sitemapXml, robotsTxt, ROBOTS_DISALLOW, type TJsonLd } from "./seo";
export {
  CATEGORY_PAGE_SIZE,
  SEARCH_PAGE_SIZE,
  CATEGORY_SORTS,
  parseCategoryQuery,
  ZCategoryQuery,
  ZSearchQuery,
  ZVariantParam,
  type TCategoryQuery,
  type TCategorySort,
  type TProductOption,
} from "./storefront.schemas";
export type { TCategoryLink, TCategoryTile, TMediaRef, TProductCard, TProductList } from "./types";
export { listApiProducts } from "./api-list-products";
export { getApiProduct } from "./api-get-product";
export { listApiCategories } from "./api-list-categories";
export { API_CACHE_HEADERS, apiJsonResponse, cachedApiBody, storeOfApiRequest, storeOfHostRequest } from "./api-http";
export {
  ZApiProductsQuery,
  ZApiHandleParams,
  ZApiProductList,
  ZApiProduct,
  ZApiCategoryTree,
  type TApiProductsQuery,
  type TApiProductList,
  type TApiProduct,
  type TApiCategoryTree,
} from "./api-schemas";
