import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError, type TFieldIssue } from "@/server/errors";
import { ZProductPatch } from "./catalog.schemas";
import { assertHandleFree, assertOwned, auditActor, storeCurrency, TX_OPTIONS, validationFailed, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { PRODUCT_UNIQUE_FIELDS } from "./create-product";
import { assertSkusFree, replaceCategories, replaceVariants, resolveVariants } from "./product-variants";
import { joinTags, loadProductView, parseOptions, type TProductView } from "./product-view";
import { generationIssues, variantIssues } from "./variants";

const joinPath = (path: (string | number)[]) => path.join(".");

/**
 * Changes the fields sent (ZProductPatch) of one of the store's products. `variants` replaces
 * the variant list matched by SKU, so variants whose SKU stays keep their ids; `sku` + `price`
 * regenerate them from the options; new options without either must fit the stored variants.
 * The rules that span fields are checked against the result: a service needs a duration, an
 * active digital product its file. Becoming ACTIVE the first time sets publishedAt. Writes
 * the audit entry, product.updated and, when the status changed, product.status_changed in
 * the same transaction. An unknown or other store's id is NOT_FOUND.
 *
 * @throws ZodError or AppError VALIDATION_FAILED (422), NOT_FOUND, CONFLICT.
 */
export async function updateProduct(storeId: string, actor: TCatalogActor, id: string, input: unknown, context: TRequestContext = {}): Promise<TProductView> {
  const patch = ZProductPatch.parse(input);
  const fields = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
  const currency = await storeCurrency(storeId);
  const db = storeDb(storeId);
  await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM Product WHERE storeId = ${storeId} AND id = ${id} FOR UPDATE`;
        if (!locked.length) throw new AppError("NOT_FOUND", "Product not found");
        if (!fields.length) return;
        const before = await tx.product.findFirstOrThrow({
          where: { storeId, id },
          include: { variants: { select: { sku: true, option1: true, option2: true, option3: true } } },
        });
        const options = patch.options ?? parseOptions(before.options);
        const type = patch.type ?? before.type;
        const status = patch.status ?? before.status;
        const duration = patch.serviceDurationMinutes !== undefined ? patch.serviceDurationMinutes : before.serviceDurationMinutes;
        const digitalMediaId = patch.digitalMediaId !== undefined ? patch.digitalMediaId : before.digitalMediaId;

        const issues: TFieldIssue[] = [];
        if (type === "SERVICE" && !duration) issues.push({ path: "serviceDurationMinutes", message: "A service needs a duration (5 to 1,440 minutes)" });
        if (type === "DIGITAL" && status === "ACTIVE" && !digitalMediaId) issues.push({ path: "digitalMediaId", message: "Attach the file before making a digital product active" });
        if (patch.variants && !patch.options) issues.push(...variantIssues(options, patch.variants).map((i) => ({ path: joinPath(i.path), message: i.message })));
        if (!patch.variants && patch.sku) issues.push(...generationIssues(options, patch.sku).map((i) => ({ path: joinPath(i.path), message: i.message })));
        if (!patch.variants && !patch.sku && patch.options) {
          const stored = before.variants.map((v) => ({ sku: v.sku, optionValues: [v.option1, v.option2, v.option3].filter((o): o is string => o !== null) }));
          if (variantIssues(options, stored).length) issues.push({ path: "variants", message: "The variants do not fit the new options: send the variants (or sku and price to generate them)" });
        }
        if (issues.length) throw validationFailed(issues);
        const variants = resolveVariants(patch, options, currency);

        await assertOwned(tx, storeId, "Category", patch.categoryIds, "categoryIds");
        if (patch.digitalMediaId) await assertOwned(tx, storeId, "MediaAsset", patch.digitalMediaId, "digitalMediaId");
        if (patch.handle && patch.handle !== before.handle) await assertHandleFree(tx, storeId, "Product", patch.handle, id);
        if (variants) await assertSkusFree(tx, storeId, variants, id);

        const after = await tx.product.update({
          where: { id },
          data: {
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.handle !== undefined && { handle: patch.handle }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.vendor !== undefined && { vendor: patch.vendor }),
            ...(patch.tags !== undefined && { tags: joinTags(patch.tags) }),
            ...(patch.seoTitle !== undefined && { seoTitle: patch.seoTitle }),
            ...(patch.seoDescription !== undefined && { seoDescription: patch.seoDescription }),
            ...(patch.options !== undefined && { options: patch.options }),
            type,
            status,
            serviceDurationMinutes: type === "SERVICE" ? duration : null,
            digitalMediaId: type === "DIGITAL" ? digitalMediaId : null,
            ...(status === "ACTIVE" && !before.publishedAt && { publishedAt: new Date() }),
          },
          select: { handle: true },
        });
        if (variants) await replaceVariants(tx, storeId, id, currency, variants);
        if (patch.categoryIds) await replaceCategories(tx, storeId, id, patch.categoryIds);

        const statusChanged = status !== before.status;
        await recordAudit({ storeId, ...auditActor(actor, context), action: "product.updated", targetType: "product", targetId: id, data: { fields, ...(statusChanged && { status }) } }, tx);
        const handles = { productId: id, handle: after.handle, ...(after.handle !== before.handle && { previousHandle: before.handle }) };
        await enqueueEvent(tx, { type: "product.updated", storeId, payload: handles });
        if (statusChanged) await enqueueEvent(tx, { type: "product.status_changed", storeId, payload: { productId: id, handle: after.handle } });
      }, TX_OPTIONS),
    PRODUCT_UNIQUE_FIELDS,
  );
  return (await loadProductView(db, storeId, id))!;
}
