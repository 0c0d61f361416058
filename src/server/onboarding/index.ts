/**
 * Merchant onboarding and store setup: platform-user sign-up, email verification, password
 * reset and change, sign-out everywhere, store creation and store settings.
 */
import "server-only";

export { signUpPlatformUser } from "./sign-up";
export { verifyEmail, type TVerifyEmailResult } from "./verify-email";
export { requestVerificationEmail, resendVerificationForUser } from "./resend-verification";
export { requestPasswordReset } from "./request-password-reset";
export { inspectPasswordResetToken, resetPassword, type TResetTokenStatus, type TResetPasswordResult } from "./reset-password";
export { getAccount, type TAccount } from "./get-account";
export { changePassword, type TChangePasswordResult } from "./change-password";
export { signOutEverywhere } from "./sign-out-everywhere";
export { createStore, SLUG_TAKEN } from "./create-store";
export { getStoreSettings, type TStoreSettings } from "./get-store-settings";
export { updateStoreSettings, type TSettingsActor } from "./update-store-settings";
export { platformUrl, storefrontUrl } from "./account-mail";
export { MAIL_REQUEST_LIMITS } from "./throttle-mail-request";
export { PLATFORM_TOKEN_TTL_MS, prunePlatformTokens } from "./platform-tokens";
export { countryOptions, currencyOptions, timeZoneOptions, COUNTRY_CODES, CURRENCY_CODES, type TOption } from "./store-options";
export {
  ZSignUpInput,
  ZEmailRequest,
  ZToken,
  ZResetPasswordInput,
  ZChangePasswordInput,
  ZCreateStoreInput,
  ZUpdateStoreSettingsInput,
  ZStoreSlug,
  ZThemeColor,
  ZNextPath,
  RESERVED_SLUGS,
  type TSignUpInput,
  type TResetPasswordInput,
  type TChangePasswordInput,
  type TCreateStoreInput,
  type TUpdateStoreSettingsInput,
  type TRequestContext,
} from "./onboarding.schemas";
