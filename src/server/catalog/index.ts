/**
 * The catalog: products (physical, digital, services) with options and variants, the time
 * slots of services, nested categories and manual collections. Everything takes the storeId
 * first and goes through the tenant door; an id of another store is "not found" and is never
 * linked. Every write commits its audit entry and outbox event (product.*, including
 * product.slots_changed for a service's slots, category.*, collection.*; payloads carry ids
 * and handles only) in the same transaction. Prices are integer minor units of the store's
 * currency, shown as decimal strings.
 */
import "server-only";

export {
  ZProductInput,
  ZProductPatch,
  ZProductOption,
  ZVariantInput,
  ZSetProductsStatusInput,
  ZProductListQuery,
  ZCategoryInput,
  ZCategoryPatch,
  ZCollectionInput,
  ZCollectionPatch,
  ZIdParams,
  ZId,
  ZHandle,
  ZSku,
  ZPriceText,
  PRODUCT_TYPES,
  PRODUCT_STATUSES,
  PRODUCT_SORTS,
  type TProductInput,
  type TProductData,
  type TProductPatch,
  type TVariantInput,
  type TSetProductsStatusInput,
  type TProductListQuery,
  type TCategoryInput,
  type TCategoryPatch,
  type TCollectionInput,
  type TCollectionPatch,
  ZCreateServiceSlotsInput,
  ZUpdateServiceSlotInput,
  SLOT_MAX_CAPACITY,
  SLOT_MAX_SERIES,
  WEEKDAYS,
  type TCreateServiceSlotsInput,
  type TUpdateServiceSlotInput,
} from "./catalog.schemas";
export type { TCatalogActor, TRequestContext } from "./catalog-tx";
export { slugify, HANDLE_PATTERN } from "./slugify";
export { renderMarkdown } from "./render-markdown";
export { optionCombinations, variantTitle, type TProductOption } from "./variants";
export type { TProductView, TVariantView } from "./product-view";
export { createProduct } from "./create-product";
export { updateProduct } from "./update-product";
export { deleteProduct } from "./delete-product";
export { setProductsStatus } from "./set-products-status";
export { getProduct } from "./get-product";
export { listProducts, searchTerms, type TProductListItem, type TProductPage } from "./list-products";
export { listProductThumbnails, type TProductThumbnail } from "./list-product-thumbnails";
export type { TCategoryView, TCategoryNode } from "./category-tree";
export { createCategory } from "./create-category";
export { updateCategory } from "./update-category";
export { deleteCategory } from "./delete-category";
export { listCategories, getCategory } from "./list-categories";
export type { TCollectionSummary, TCollectionView } from "./collection-view";
export { createCollection } from "./create-collection";
export { updateCollection } from "./update-collection";
export { deleteCollection } from "./delete-collection";
export { listCollections, getCollection } from "./list-collections";
export { setProductMedia, ZProductMediaInput, MAX_PRODUCT_MEDIA, type TProductMediaInput } from "./product-media";
export { updateStoreTheme, getStoreThemeSettings, ZStoreThemeInput, type TStoreThemeInput, type TStoreThemeSettings } from "./update-store-theme";
export type { TServiceSlotView } from "./service-slot-view";
export { createServiceSlots } from "./create-service-slots";
export { updateServiceSlot } from "./update-service-slot";
export { deleteServiceSlot } from "./delete-service-slot";
export { listServiceSlots, SLOT_LIST_LIMIT } from "./list-service-slots";
export { formatSlotTimes, slotTimeFormat, localDateTime, zonedInstant } from "./slot-times";
