export { getStoreProfile, type TStoreProfile } from "./get-store-profile";
export { listStoresForAdmin } from "./list-stores";
