import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";
import { getStoreSettings, updateStoreSettings, ZUpdateStoreSettingsInput } from "@/server/onboarding";

/**
 * The store's profile for the merchant admin API: a Bearer API key (its store), or a
 * dashboard session with ?store=<slug>. Reading needs orders:read, which every staff role
 * has (support included), so any member or a key with that scope may read it; changing it
 * needs settings:write. Another store's slug is 404, never 403.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "orders:read") }, async ({ auth }) => {
  return getStoreSettings(auth.storeId);
});

/** Updates name, themeColor and/or timeZone (the schema the settings page uses). */
export const PATCH = route({ authorize: (req) => authorizeAdminApi(req, "settings:write"), body: ZUpdateStoreSettingsInput }, async ({ auth, body, req }) => {
  return updateStoreSettings(auth.storeId, auth.actor, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
});
