export { route, DOMAIN_VALIDATED_BODY, type TRouteContext } from "./route";
export { readRawBody } from "./read-json";
export { toErrorResponse, fieldIssues } from "./error-map";
export { toJson } from "./json";
export {
  getPlatformActor,
  requirePlatformAdminPage,
  authorizePlatformAdmin,
  platformAdminActor,
  forgetPlatformSession,
  type TPlatformActor,
} from "./platform-auth";
export { requireStaffPage, requireStaff, authorizeAdminApi, type TStaffContext, type TAdminApiContext, type TAdminApiActor } from "./store-auth";
export { clientIp, userAgent } from "./client-ip";
export { getCustomerActor, requireCustomerPage, requireCustomer, forgetCustomerSession, type TCustomerActor } from "./customer-auth";
export { privateJson, PRIVATE_CACHE_CONTROL } from "./private-json";
export {
  CART_COOKIE,
  CART_COOKIE_MAX_AGE_SECONDS,
  cartIdFromCookieHeader,
  cartCookieHeader,
  readCartCookie,
  writeCartCookie,
  clearCartCookie,
  withGuestCartMerge,
} from "./cart-cookie";
