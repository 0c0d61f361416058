export { classifyHost, type THostKind } from "./classify-host";
export { resolveHost, findStoreBySlug, findActiveStoreBySlug, invalidateStoreCache, type TResolvedHost, type TResolvedStore } from "./resolve-host";
export {
  STORE_HEADER,
  AREA_HEADER,
  REQUEST_ID_HEADER,
  INTERNAL_HEADERS,
  STORE_SLUG_HEADER,
  PROXYLESS_API_PREFIX,
  HSTS,
  acceptedRequestId,
  isHttpsRequest,
  storeIdFromHeaders,
  storeFromHeaders,
} from "./headers";
