import "server-only";
import { asSql, type TSqlCapable } from "@/server/db";
import { forgetKnownTagVersions } from "./tag-versions.mjs";

/**
 * The write side of storefront caching: a change a shopper can see bumps the store's cache tag
 * (`storefront:{slug}`) in the CacheTag table, in the transaction that makes the change, so the
 * bump commits exactly when the change does. src/server/cache/page-cache-handler.mjs then drops
 * every cached page and storefront API response of that store within CACHE_TAG_POLL_MS.
 */

/**
 * Outbox event types whose change shows on the storefront (catalog, media, theme, store
 * profile, stock) or prices a checkout (checkout settings, shipping, tax: the per-process
 * checkout configuration in src/server/checkout/checkout-config.ts is checked against the tag).
 */
const STOREFRONT_EVENT_PREFIXES = ["product.", "category.", "collection.", "media.", "store.", "inventory.", "checkout_settings.", "shipping.", "tax."] as const;

export { storefrontTag } from "./tag-names";

/** Whether an outbox event of this type changes what the store's shoppers see. */
export function changesStorefront(eventType: string): boolean {
  return STOREFRONT_EVENT_PREFIXES.some((prefix) => eventType.startsWith(prefix));
}

/** What the bump runs on: a storeDb or platformDb transaction, or a driver transaction (TSql). */
export type TTagWriter = TSqlCapable;

/**
 * Bumps the store's storefront tag inside the caller's transaction. The row stays locked until
 * the transaction ends, so concurrent catalog writes of one store queue briefly here; writes of
 * different stores never meet.
 */
export async function bumpStorefrontTag(tx: TTagWriter, storeId: string): Promise<void> {
  // This process re-reads versions on its next lookup (see forgetKnownTagVersions).
  forgetKnownTagVersions();
  await asSql(tx).execute(
    `INSERT INTO CacheTag (tag, version, updatedAt)
     SELECT CONCAT('storefront:', slug), 1, NOW(3) FROM Store WHERE id = ?
     ON DUPLICATE KEY UPDATE version = version + 1, updatedAt = NOW(3)`,
    [storeId],
  );
}
