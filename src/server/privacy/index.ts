/**
 * Personal data at rest: field encryption with key rotation, and blind indexes for lookups
 * and throttle keys that must not contain personal data.
 */
export {
  encryptText,
  decryptText,
  encryptJson,
  decryptJson,
  encryptOptional,
  decryptOptional,
  encryptedKeyId,
  isEncrypted,
  PiiDecryptError,
  PII_CONTEXT,
  type TOptional,
} from "./crypto";
export { blindIndex } from "./blind-index";
export { authSecretKey } from "./derived-key";
export { rotatePii, type TRotatePiiOptions, type TRotatePiiResult, type TRotateCounts, type TPiiColumn } from "./rotate-pii";
