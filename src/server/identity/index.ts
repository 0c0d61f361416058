export { platformAuthOptions } from "./auth-options";
export { hashPassword, verifyPassword } from "./password";
export { signInPlatformUser } from "./sign-in-platform-user";
export { ZSignInInput, ZEmail, type TSignInInput } from "./identity.schemas";
export { findMembership, listUserStores, type TUserStore } from "./memberships";
export { customerAuthOptions } from "./customer-auth-options";
export { signInCustomer, type TSignedInCustomer } from "./sign-in-customer";
export { signInKeys, signInRetryAfter, recordSignInOutcome, type TSignInKeys } from "./sign-in-throttle";
export { realmCookies } from "./session-cookies";
