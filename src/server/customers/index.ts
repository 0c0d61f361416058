/**
 * Customers: per-store shopper accounts and their data rights. The same email at two stores is
 * two unrelated accounts; everything here takes the storeId first and reads through the tenant
 * door, so another store's customer is simply not found. Names, phones and addresses are
 * encrypted at rest (src/server/privacy); nothing personal goes into logs or the audit log.
 *
 * Sessions are not handled here: the storefront's /api/auth (customer realm) signs customers in
 * through signInCustomer (src/server/identity); after changes that end sessions (password,
 * sign-out everywhere, erasure) callers also call forgetCustomerSession (src/server/http).
 */
import "server-only";

export { registerCustomer } from "./register-customer";
export { pruneCustomerTokens } from "./customer-tokens";
export { verifyCustomerEmail, resendCustomerVerification, type TVerifyEmailResult } from "./verify-customer-email";
export { requestCustomerPasswordReset } from "./request-customer-password-reset";
export { resetCustomerPassword, type TResetPasswordResult } from "./reset-customer-password";
export { getCustomerProfile } from "./get-customer-profile";
export { updateCustomerAccount } from "./update-customer-account";
export { listCustomerAddresses, getCustomerAddress } from "./list-customer-addresses";
export { createCustomerAddress, updateCustomerAddress } from "./save-customer-address";
export { deleteCustomerAddress } from "./delete-customer-address";
export { setDefaultCustomerAddress } from "./set-default-customer-address";
export { changeCustomerPassword, type TChangePasswordResult } from "./change-customer-password";
export { signOutCustomerEverywhere } from "./sign-out-customer-everywhere";
export { exportCustomerData, customerExportFilename, type TCustomerDataExport } from "./export-customer-data";
export { eraseCustomer, erasedEmail } from "./erase-customer";
export { deleteOwnAccount, type TDeleteOwnAccountResult } from "./delete-own-account";
export { CUSTOMER_REFERENCES, type TCustomerReference } from "./customer-references";
export { listCustomers, CUSTOMERS_PAGE_SIZE, type TCustomerListItem, type TCustomerPage } from "./list-customers";
export { getCustomerForStaff, type TCustomerDetail } from "./get-customer-for-staff";
export { exportCustomersCsv, CUSTOMER_CSV_COLUMNS } from "./export-customers-csv";
export { countryOptions } from "./countries";
export { MAX_ADDRESSES, type TCustomerAddress } from "./address-data";
export type { TCustomerProfile } from "./customer-view";
export type { TCustomerDataActor, TRequestContext } from "./types";
export {
  ZRegisterCustomerInput,
  ZCustomerEmailInput,
  ZVerifyCustomerEmailInput,
  ZResetCustomerPasswordInput,
  ZCustomerAccountPatch,
  ZCustomerAddressInput,
  ZChangeCustomerPasswordInput,
  ZDeleteOwnAccountInput,
  ZDeleteAccountApiBody,
  ZEraseCustomerConfirmation,
  ZCustomerId,
  ZCustomerIdParams,
  ZCustomerListQuery,
  ZStorefrontSession,
  type TStorefrontSession,
  type TRegisterCustomerInput,
  type TCustomerAccountPatch,
  type TCustomerAddressInput,
  type TCustomerAddressFields,
  type TChangeCustomerPasswordInput,
  type TDeleteOwnAccountInput,
  type TCustomerListQuery,
} from "./customers.schemas";
