export { route, type TRouteContext } from "./route";
export { toErrorResponse, fieldIssues } from "./error-map";
export { toJson } from "./json";
export {
  getPlatformActor,
  requirePlatformAdminPage,
  authorizePlatformAdmin,
  platformAdminActor,
  type TPlatformActor,
} from "./platform-auth";
