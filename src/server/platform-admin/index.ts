/**
 * Platform administration: the store directory, suspension and reinstatement, the user list
 * and granting platform admin rights. Callers check that the actor is a platform admin
 * (requirePlatformAdminPage) before calling; setPlatformAdmin is for the admin:grant script only.
 */
export { listStores, ADMIN_PAGE_SIZE, type TAdminStoreRow, type TAdminStorePage } from "./list-stores";
export { getStoreDetail, STORE_STATUS_ACTIONS, type TAdminStoreDetail, type TStoreStatusChange } from "./get-store-detail";
export { suspendStore, reinstateStore, type TPlatformAdminActor, type TStoreStatusResult } from "./change-store-status";
export { listPlatformUsers, type TAdminUserRow, type TAdminUserPage } from "./list-platform-users";
export { setPlatformAdmin, type TPlatformAdminGrantResult } from "./set-platform-admin";
export {
  ZStoreListQuery,
  ZUserListQuery,
  ZStoreStatusChangeInput,
  ZPlatformAdminGrantInput,
  type TStoreListQuery,
  type TUserListQuery,
  type TStoreStatusChangeInput,
  type TPlatformAdminGrantInput,
} from "./platform-admin.schemas";
