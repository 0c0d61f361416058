export { createApiKey, listApiKeys, revokeApiKey, verifyApiKey, type TApiKeyView, type TVerifiedApiKey } from "./api-keys";
export { ZCreateApiKeyInput, ZApiKeyScope, type TCreateApiKeyInput } from "./api-keys.schemas";
