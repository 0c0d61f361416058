import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZProductInput } from "./catalog.schemas";
import { allocateHandle, assertHandleFree, assertOwned, auditActor, storeCurrency, TX_OPTIONS, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { assertSkusFree, replaceCategories, replaceVariants, resolveVariants } from "./product-variants";
import { joinTags, loadProductView, type TProductView } from "./product-view";
import { slugify } from "./slugify";

export const PRODUCT_UNIQUE_FIELDS = {
  _storeId_handle_key: { path: "handle", message: "Another product of this store already uses this handle" },
  _storeId_sku_key: { path: "variants", message: "A SKU is already used by another product of this store" },
};

/**
 * Creates a product (ZProductInput) with its variants: the listed ones, or generated from
 * `sku` + `price` (one default variant without options, else one per option combination).
 * Prices are checked for the store's currency. Categories and the digital file must be this
 * store's (404 otherwise); a taken handle or SKU is 409 on "handle" / "variants.N.sku". A
 * handle made from the title takes the first free "-N" suffix instead. The product, its
 * links, the audit entry and the product.created event commit together.
 *
 * @throws ZodError or AppError VALIDATION_FAILED (422), NOT_FOUND, CONFLICT.
 */
export async function createProduct(storeId: string, actor: TCatalogActor, input: unknown, context: TRequestContext = {}): Promise<TProductView> {
  const data = ZProductInput.parse(input);
  const currency = await storeCurrency(storeId);
  const variants = resolveVariants(data, data.options, currency)!;
  const db = storeDb(storeId);
  const id = await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        await assertOwned(tx, storeId, "Category", data.categoryIds, "categoryIds");
        await assertOwned(tx, storeId, "MediaAsset", data.digitalMediaId, "digitalMediaId");
        let handle: string;
        if (data.handle) {
          await assertHandleFree(tx, storeId, "Product", data.handle);
          handle = data.handle;
        } else handle = await allocateHandle(tx, storeId, "Product", slugify(data.title));
        await assertSkusFree(tx, storeId, variants);
        const product = await tx.product.create({
          data: {
            storeId,
            handle,
            title: data.title,
            description: data.description,
            type: data.type,
            status: data.status,
            vendor: data.vendor ?? null,
            tags: joinTags(data.tags),
            seoTitle: data.seoTitle ?? null,
            seoDescription: data.seoDescription ?? null,
            options: data.options,
            serviceDurationMinutes: data.type === "SERVICE" ? (data.serviceDurationMinutes ?? null) : null,
            digitalMediaId: data.type === "DIGITAL" ? (data.digitalMediaId ?? null) : null,
            publishedAt: data.status === "ACTIVE" ? new Date() : null,
          },
          select: { id: true },
        });
        await replaceVariants(tx, storeId, product.id, currency, variants);
        await replaceCategories(tx, storeId, product.id, data.categoryIds);
        await recordAudit({ storeId, ...auditActor(actor, context), action: "product.created", targetType: "product", targetId: product.id, data: { handle, variants: variants.length } }, tx);
        await enqueueEvent(tx, { type: "product.created", storeId, payload: { productId: product.id, handle } });
        return product.id;
      }, TX_OPTIONS),
    PRODUCT_UNIQUE_FIELDS,
  );
  return (await loadProductView(db, storeId, id))!;
}
