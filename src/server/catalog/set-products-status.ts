import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZSetProductsStatusInput } from "./catalog.schemas";
import { auditActor, TX_OPTIONS, validationFailed, type TCatalogActor, type TRequestContext } from "./catalog-tx";

/**
 * Sets the status of up to 500 of the store's products at once (the product list's bulk
 * action). Ids that are unknown or another store's are ignored (the count says how many
 * changed); products already in that status are not touched. Activating a digital product
 * without its file refuses the whole change (422, nothing written). One audit entry for the
 * batch and one product.status_changed event per changed product, in one transaction.
 *
 * @returns how many products changed status.
 */
export async function setProductsStatus(storeId: string, actor: TCatalogActor, input: unknown, context: TRequestContext = {}): Promise<{ count: number }> {
  const { ids, status } = ZSetProductsStatusInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const rows = await tx.product.findMany({
      where: { storeId, id: { in: ids }, status: { not: status } },
      select: { id: true, handle: true, type: true, digitalMediaId: true },
    });
    if (status === "ACTIVE") {
      const noFile = rows.filter((r) => r.type === "DIGITAL" && !r.digitalMediaId);
      if (noFile.length) {
        const paths = noFile.map((r) => ({ path: `ids.${ids.indexOf(r.id)}`, message: "This digital product has no file: attach it before making it active" }));
        throw validationFailed(paths);
      }
    }
    if (!rows.length) return { count: 0 };
    const changed = rows.map((r) => r.id);
    const { count } = await tx.product.updateMany({ where: { storeId, id: { in: changed } }, data: { status } });
    if (status === "ACTIVE") await tx.product.updateMany({ where: { storeId, id: { in: changed }, publishedAt: null }, data: { publishedAt: new Date() } });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "product.status_changed", targetType: "product", data: { status, count, productIds: changed } }, tx);
    for (const r of rows) await enqueueEvent(tx, { type: "product.status_changed", storeId, payload: { productId: r.id, handle: r.handle } });
    return { count };
  }, TX_OPTIONS);
}
