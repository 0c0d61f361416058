export { platformAuthOptions } from "./auth-options";
export { hashPassword, verifyPassword } from "./password";
export { signInPlatformUser } from "./sign-in-platform-user";
export { ZSignInInput, ZEmail, type TSignInInput } from "./identity.schemas";
