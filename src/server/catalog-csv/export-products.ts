import { storeDb } from "@/server/db";
import { COLUMNS, productCells, variantCells } from "./columns";
import { csvRow } from "./csv";
import { storeCurrency } from "./load-context";

const PAGE = 200;

const parseOptions = (value: unknown): { name: string; values: string[] }[] => {
  const raw = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(raw) ? (raw as { name: string; values: string[] }[]) : [];
};

/**
 * The store's products with their variants as CSV (docs/csv-format.md), produced a page of
 * products at a time so a large catalog streams without being held in memory: the header,
 * then one row per variant, products in handle order and variants in their order. Importing
 * the output changes nothing. Cells are written as they are stored, never prefixed.
 */
export async function* exportProductsCsv(storeId: string): AsyncGenerator<string> {
  const currency = await storeCurrency(storeId);
  const db = storeDb(storeId);
  const categories = await db.category.findMany({ where: { storeId }, select: { id: true, handle: true } });
  const categoryHandle = new Map(categories.map((c) => [c.id, c.handle]));
  yield csvRow([...COLUMNS]);
  let after: string | null = null;
  for (;;) {
    const products: Awaited<ReturnType<typeof page>> = await page(after);
    if (!products.length) return;
    let chunk = "";
    for (const p of products) {
      const product = productCells({
        ...p,
        options: parseOptions(p.options),
        categoryHandles: p.categories.map((c) => categoryHandle.get(c.categoryId)).filter((h): h is string => !!h),
      });
      for (const v of p.variants) {
        const cells = { ...product, ...variantCells(v, currency) };
        chunk += csvRow(COLUMNS.map((c) => cells[c]));
      }
    }
    yield chunk;
    after = products.at(-1)!.handle;
    if (products.length < PAGE) return;
  }

  function page(afterHandle: string | null) {
    return db.product.findMany({
      where: { storeId, ...(afterHandle !== null && { handle: { gt: afterHandle } }) },
      orderBy: { handle: "asc" },
      take: PAGE,
      include: {
        variants: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        categories: { orderBy: [{ position: "asc" }], select: { categoryId: true } },
      },
    });
  }
}

/** exportProductsCsv as a UTF-8 byte stream that produces the next page only when read. */
export function exportProductsStream(storeId: string): ReadableStream<Uint8Array> {
  const chunks = exportProductsCsv(storeId);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
