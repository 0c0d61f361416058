export { getStoreProfile, type TStoreProfile } from "./get-store-profile";
