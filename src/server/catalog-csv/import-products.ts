import { knownDbErrorCode, Prisma, storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import type { TCatalogActor, TRequestContext } from "@/server/catalog";
import { chunks, loadImportContext, storeCurrency, type TStoreTx } from "./load-context";
import { planImport, planWrites, readImportFile, type TImportFile, type TImportIssue, type TImportSummary, type TProductPlan } from "./plan-import";

/**
 * CSV import of products with variants (docs/csv-format.md). A dry run checks every row and
 * writes nothing; applying runs the same checks again inside one transaction (the products
 * named by the file locked FOR UPDATE) and writes everything in batches, or nothing.
 */

/** The most rows one file may have: an apply is one transaction and must stay short. */
export const MAX_IMPORT_ROWS = 50_000;

export type TDryRunResult = { mode: "dry-run"; valid: boolean; summary: TImportSummary; issues: TImportIssue[] };
export type TApplyResult = { mode: "apply"; summary: TImportSummary; elapsedMs: number };
export type TImportProgress = { phase: "checking" | "writing" | "done"; done: number; total: number };
export type TApplyOptions = TRequestContext & { onProgress?: (progress: TImportProgress) => void | Promise<void> };

const APPLY_TX = { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, timeout: 180_000, maxWait: 10_000 } as const;
const PRODUCT_BATCH = 500;
const VARIANT_BATCH = 2000;

const EMPTY_SUMMARY = (rows: number): TImportSummary => ({ rows, products: { created: 0, updated: 0, unchanged: 0 }, variants: { created: 0, updated: 0, deleted: 0 } });

function readFile(text: string): { file: TImportFile } | { issues: TImportIssue[] } {
  const read = readImportFile(text);
  if ("file" in read && read.file.rows.length > MAX_IMPORT_ROWS) {
    return { issues: [{ line: 1, row: 1, handle: "", sku: "", reasons: [`The file has ${read.file.rows.length} rows; at most ${MAX_IMPORT_ROWS.toLocaleString("en")} per import`] }] };
  }
  return read;
}

/**
 * Checks a CSV file against the store without writing anything: every bad row with its line
 * and reasons, and what applying it would create, update and leave unchanged.
 */
export async function dryRunImport(storeId: string, text: string): Promise<TDryRunResult> {
  const read = readFile(text);
  if ("issues" in read) return { mode: "dry-run", valid: false, summary: EMPTY_SUMMARY(0), issues: read.issues };
  const currency = await storeCurrency(storeId);
  const context = await loadImportContext(storeDb(storeId), storeId, currency, read.file);
  const { issues, summary } = planImport(read.file, context);
  return { mode: "dry-run", valid: issues.length === 0, summary: issues.length ? EMPTY_SUMMARY(read.file.rows.length) : summary, issues };
}

const invalid = (issues: TImportIssue[]) =>
  new AppError("VALIDATION_FAILED", `The file has ${issues.length} bad row${issues.length === 1 ? "" : "s"}; nothing was written. Run the dry run to see them.`, { issues });

/**
 * Applies a CSV file: all of it or nothing. Products are matched by handle (an existing one
 * is updated, its variants matched by SKU so they keep their ids; a new one is created);
 * products and variants whose columns match what is stored are not written at all, and
 * products not in the file are not touched. Creates are batched (createMany), the whole
 * import is one transaction with one audit entry and one product.imported event carrying
 * the counts. `onProgress` hears about each batch.
 *
 * @throws AppError VALIDATION_FAILED (details.issues: the dry run's list), CONFLICT when a
 * concurrent change took a handle or SKU of the file while it ran, NOT_FOUND (store).
 */
export async function applyImport(storeId: string, actor: TCatalogActor, text: string, options: TApplyOptions = {}): Promise<TApplyResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const read = readFile(text);
  if ("issues" in read) throw invalid(read.issues);
  await progress({ phase: "checking", done: 0, total: read.file.rows.length });
  const currency = await storeCurrency(storeId);
  const db = storeDb(storeId);
  try {
    const summary = await db.$transaction(async (tx) => {
      const context = await loadImportContext(tx, storeId, currency, read.file, true);
      const { issues, plans, summary } = planImport(read.file, context);
      if (issues.length) throw invalid(issues);
      await writePlans(tx, storeId, currency, plans, progress);
      await recordAudit(
        {
          storeId,
          ...(actor.kind === "user" ? { actorType: "platform_user" as const, actorId: actor.userId } : { actorType: "api_key" as const, actorId: actor.keyId }),
          ip: options.ip ?? null,
          userAgent: options.userAgent ?? null,
          action: "product.imported",
          targetType: "store",
          targetId: storeId,
          data: summary,
        },
        tx,
      );
      await enqueueEvent(tx, { type: "product.imported", storeId, payload: summary });
      return summary;
    }, APPLY_TX);
    await progress({ phase: "done", done: summary.products.created + summary.products.updated, total: summary.products.created + summary.products.updated });
    return { mode: "apply", summary, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      throw new AppError("CONFLICT", "A handle or SKU of the file was taken by another change while the import ran; nothing was written. Run the dry run again.");
    }
    throw error;
  }
}

async function writePlans(tx: TStoreTx, storeId: string, currency: string, plans: TProductPlan[], progress: (p: TImportProgress) => void | Promise<void>) {
  const writes = plans.filter(planWrites);
  const creates = writes.filter((p) => !p.stored);
  const updates = writes.filter((p) => p.stored);
  const total = writes.length;
  let done = 0;
  await progress({ phase: "writing", done, total });

  // New category links go to the end of their category, as replaceCategories does.
  const linked = [...new Set(writes.filter((p) => p.categoriesChanged).flatMap((p) => p.categoryIds))];
  const ends = new Map<string, number>();
  for (const ids of chunks(linked)) {
    const rows = await tx.productCategory.groupBy({ by: ["categoryId"], where: { storeId, categoryId: { in: ids } }, _max: { position: true } });
    for (const r of rows) ends.set(r.categoryId, r._max.position ?? -1);
  }
  const nextPosition = (categoryId: string) => {
    const position = (ends.get(categoryId) ?? -1) + 1;
    ends.set(categoryId, position);
    return position;
  };
  const variantColumns = (productId: string, v: TProductPlan["variants"][number]) => ({ storeId, productId, currency, ...v });
  let pendingVariants: ReturnType<typeof variantColumns>[] = [];
  const flushVariants = async (force = false) => {
    while (pendingVariants.length >= VARIANT_BATCH || (force && pendingVariants.length)) {
      await tx.productVariant.createMany({ data: pendingVariants.slice(0, VARIANT_BATCH) });
      pendingVariants = pendingVariants.slice(VARIANT_BATCH);
    }
  };

  for (const batch of chunks(creates, PRODUCT_BATCH)) {
    const now = new Date();
    await tx.product.createMany({
      data: batch.map((p) => ({ storeId, handle: p.handle, ...p.fields, publishedAt: p.fields.status === "ACTIVE" ? now : null })),
    });
    const ids = await tx.product.findMany({ where: { storeId, handle: { in: batch.map((p) => p.handle) } }, select: { id: true, handle: true } });
    const idOf = new Map(ids.map((r) => [r.handle.toLowerCase(), r.id]));
    for (const p of batch) pendingVariants.push(...p.variants.map((v) => variantColumns(idOf.get(p.handle)!, v)));
    await flushVariants();
    const links = batch.flatMap((p) => p.categoryIds.map((categoryId) => ({ storeId, productId: idOf.get(p.handle)!, categoryId, position: nextPosition(categoryId) })));
    if (links.length) await tx.productCategory.createMany({ data: links });
    done += batch.length;
    await progress({ phase: "writing", done, total });
  }
  await flushVariants(true);

  for (const p of updates) {
    const stored = p.stored!;
    if (p.productChanged) {
      await tx.product.update({
        where: { id: stored.id },
        data: { ...p.fields, ...(p.fields.status === "ACTIVE" && !stored.publishedAt && { publishedAt: new Date() }) },
      });
    }
    if (p.categoriesChanged) {
      const removed = stored.categoryIds.filter((id) => !p.categoryIds.includes(id));
      if (removed.length) await tx.productCategory.deleteMany({ where: { storeId, productId: stored.id, categoryId: { in: removed } } });
      const added = p.categoryIds.filter((id) => !stored.categoryIds.includes(id));
      if (added.length) await tx.productCategory.createMany({ data: added.map((categoryId) => ({ storeId, productId: stored.id, categoryId, position: nextPosition(categoryId) })) });
    }
    if (p.variantDeletes.length) await tx.productVariant.deleteMany({ where: { storeId, id: { in: p.variantDeletes } } });
    for (const u of p.variantUpdates) await tx.productVariant.update({ where: { id: u.id }, data: { ...u.data, currency } });
    pendingVariants.push(...p.variantCreates.map((v) => variantColumns(stored.id, v)));
    await flushVariants();
    done++;
    if (done % 100 === 0 || done === total) await progress({ phase: "writing", done, total });
  }
  await flushVariants(true);
}
