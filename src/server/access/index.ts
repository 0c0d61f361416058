export {
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLE_LABELS,
  API_KEY_SCOPES,
  roleCan,
  assignableRoles,
  type TPermission,
  type TStoreRole,
} from "./permissions";
