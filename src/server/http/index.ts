export { route, type TRouteContext } from "./route";
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
