import { currencyDigits, parseMoney } from "@/lib/money";
import { variantTitle, ZHandle, ZProductInput, type TProductData } from "@/server/catalog";
import { CATEGORY_SEPARATOR, COLUMNS, PRODUCT_COLUMNS, productCells, readHeader, variantCells, type TColumn, type THeader, type TProductColumn, type TRowCells } from "./columns";
import { parseCsv, CsvSyntaxError, type TCsvRecord } from "./csv";

/**
 * The pure half of an import: reading the file into rows and turning rows into per-product
 * write plans checked with the catalog's own schema (ZProductInput), against what the store
 * already has (categories, products by handle, SKUs). Every problem is reported with the
 * 1-based line of the file its row starts on; nothing here touches the database.
 */

/**
 * One bad row: `line` is the file's line it starts on (quoted fields can span lines), `row`
 * its record number as a spreadsheet shows it (the header is row 1); null when unknown.
 */
export type TImportIssue = { line: number; row: number | null; handle: string; sku: string; reasons: string[] };

export type TImportRow = { line: number; row: number; cells: Partial<Record<TColumn, string>>; extraFields: number };

export type TImportFile = { header: THeader; rows: TImportRow[]; handles: string[]; skus: string[] };

/** A stored variant, as the planner compares it. */
export type TStoredVariant = {
  id: string;
  sku: string;
  title: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  priceMinor: bigint;
  compareAtMinor: bigint | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  position: number;
};

/** A stored product of the importing store, found by a handle of the file. */
export type TStoredProduct = {
  id: string;
  handle: string;
  title: string;
  description: string;
  type: TProductData["type"];
  status: TProductData["status"];
  vendor: string | null;
  tags: string;
  seoTitle: string | null;
  seoDescription: string | null;
  options: { name: string; values: string[] }[];
  serviceDurationMinutes: number | null;
  digitalMediaId: string | null;
  publishedAt: Date | null;
  categoryIds: string[];
  variants: TStoredVariant[];
};

export type TImportContext = {
  currency: string;
  /** Category handle -> id, this store's only. */
  categories: Map<string, string>;
  /** Product handle -> stored product, for the file's handles. */
  products: Map<string, TStoredProduct>;
  /** Lower-cased SKU -> handle of the product that has it, for the file's SKUs. */
  skuOwners: Map<string, string>;
};

export type TVariantRow = Omit<TStoredVariant, "id">;

export type TProductFields = {
  title: string;
  description: string;
  type: TProductData["type"];
  status: TProductData["status"];
  vendor: string | null;
  tags: string;
  seoTitle: string | null;
  seoDescription: string | null;
  options: { name: string; values: string[] }[];
  serviceDurationMinutes: number | null;
  digitalMediaId: string | null;
};

/** What applying one product of the file writes. */
export type TProductPlan = {
  handle: string;
  line: number;
  stored: TStoredProduct | null;
  fields: TProductFields;
  productChanged: boolean;
  categoryIds: string[];
  categoriesChanged: boolean;
  variants: TVariantRow[];
  variantCreates: TVariantRow[];
  variantUpdates: { id: string; data: TVariantRow }[];
  variantDeletes: string[];
};

export type TImportSummary = {
  rows: number;
  products: { created: number; updated: number; unchanged: number };
  variants: { created: number; updated: number; deleted: number };
};

/** Reads the CSV text: header problems and syntax errors are issues on their line. */
export function readImportFile(text: string): { file: TImportFile } | { issues: TImportIssue[] } {
  let records: TCsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { issues: [{ line: error.line, row: null, handle: "", sku: "", reasons: [error.message] }] };
    throw error;
  }
  const headerRecord = records[0];
  if (!headerRecord) return { issues: [{ line: 1, handle: "", sku: "", reasons: ["The file is empty: the first line must name the columns"], row: 1 }] };
  const read = readHeader(headerRecord.fields);
  if ("problems" in read) return { issues: [{ line: headerRecord.line, row: 1, handle: "", sku: "", reasons: read.problems }] };
  const { header } = read;
  const rows: TImportRow[] = [];
  const handles = new Set<string>();
  const skus = new Set<string>();
  for (const [index, record] of records.slice(1).entries()) {
    if (record.fields.every((f) => f.trim() === "")) continue;
    const cells: Partial<Record<TColumn, string>> = {};
    header.columns.forEach((column, i) => {
      if (column) cells[column] = record.fields[i] ?? "";
    });
    rows.push({ line: record.line, row: index + 2, cells, extraFields: Math.max(0, record.fields.length - header.columns.length) });
    const handle = cells.handle?.trim().toLowerCase();
    if (handle) handles.add(handle);
    const sku = cells.sku?.trim();
    if (sku) skus.add(sku);
  }
  return { file: { header, rows, handles: [...handles], skus: [...skus] } };
}

const COLUMN_OF_FIELD: Record<string, TColumn> = {
  title: "title",
  handle: "handle",
  description: "description",
  type: "type",
  status: "status",
  vendor: "vendor",
  tags: "tags",
  seoTitle: "seo_title",
  seoDescription: "seo_description",
  categoryIds: "categories",
  serviceDurationMinutes: "service_duration_minutes",
  digitalMediaId: "status",
  sku: "sku",
  price: "price",
  compareAtPrice: "compare_at_price",
  weightGrams: "weight_grams",
  barcode: "barcode",
  trackInventory: "track_inventory",
};

const OPTION_NAMES = ["option1_name", "option2_name", "option3_name"] as const;
const OPTION_VALUES = ["option1_value", "option2_value", "option3_value"] as const;

/** Issues collected per line, reasons in the order found. */
class IssueList {
  private byLine = new Map<number, TImportIssue>();
  add(row: { line: number; row: number; handle: string; sku: string }, reason: string) {
    const issue = this.byLine.get(row.line) ?? { line: row.line, row: row.row, handle: row.handle, sku: row.sku, reasons: [] };
    if (!issue.reasons.includes(reason)) issue.reasons.push(reason);
    this.byLine.set(row.line, issue);
  }
  get size() {
    return this.byLine.size;
  }
  list(): TImportIssue[] {
    return [...this.byLine.values()].sort((a, b) => a.line - b.line);
  }
}

const DECIMAL = /^\d{1,15}(\.\d+)?$/;

const wholeNumber = (text: string): number | string => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

function parseBoolean(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === "" || t === "true" || t === "yes" || t === "1") return true;
  if (t === "false" || t === "no" || t === "0") return false;
  return null;
}

/** The row's cells: the file's, else (columns left out of the file) the stored product's. */
function fullCells(row: TImportRow, stored: TStoredProduct | undefined, categoryHandles: Map<string, string>, currency: string): TRowCells {
  const cells = {} as TRowCells;
  const sku = row.cells.sku?.trim().toLowerCase() ?? "";
  const storedVariant = stored?.variants.find((v) => v.sku.toLowerCase() === sku);
  const fallback: Partial<TRowCells> = {
    ...(stored && productCells({ ...stored, categoryHandles: stored.categoryIds.map((id) => categoryHandles.get(id) ?? "").filter(Boolean) })),
    ...(storedVariant && variantCells(storedVariant, currency)),
  };
  for (const column of COLUMNS) cells[column] = row.cells[column] ?? fallback[column] ?? "";
  return cells;
}

const sameProductCell = (column: TProductColumn, a: string, b: string) => (column === "description" ? a === b : a.trim() === b.trim());

/**
 * Plans the import of the file's rows: groups them by handle, checks every product with
 * ZProductInput and the store's rules, and compares it with the stored product so that
 * unchanged products and variants are left alone. Issues name the line and the column.
 */
export function planImport(file: TImportFile, context: TImportContext): { issues: TImportIssue[]; plans: TProductPlan[]; summary: TImportSummary } {
  const issues = new IssueList();
  const categoryHandles = new Map([...context.categories].map(([handle, id]) => [id, handle]));
  const groups = new Map<string, { row: TImportRow; cells: TRowCells }[]>();
  for (const row of file.rows) {
    const rawHandle = row.cells.handle ?? "";
    const handle = ZHandle.safeParse(rawHandle);
    const label = { line: row.line, row: row.row, handle: rawHandle.trim(), sku: row.cells.sku?.trim() ?? "" };
    if (row.extraFields) issues.add(label, `The row has ${row.extraFields} more field${row.extraFields > 1 ? "s" : ""} than the header`);
    if (!handle.success) {
      issues.add(label, `handle: ${handle.error.issues[0]!.message}`);
      continue;
    }
    const cells = fullCells(row, context.products.get(handle.data), categoryHandles, context.currency);
    cells.handle = handle.data;
    const group = groups.get(handle.data) ?? [];
    group.push({ row, cells });
    groups.set(handle.data, group);
  }

  const skuLines = new Map<string, { line: number; handle: string }>();
  const plans: TProductPlan[] = [];
  for (const [handle, group] of groups) {
    const plan = planProduct(handle, group, context, issues, skuLines);
    if (plan) plans.push(plan);
  }
  const list = issues.list();
  return { issues: list, plans: list.length ? [] : plans, summary: summarise(file.rows.length, list.length ? [] : plans) };
}

function planProduct(
  handle: string,
  group: { row: TImportRow; cells: TRowCells }[],
  context: TImportContext,
  issues: IssueList,
  skuLines: Map<string, { line: number; handle: string }>,
): TProductPlan | null {
  const before = issues.size;
  const first = group[0]!;
  const label = (i: number) => ({ line: group[i]!.row.line, row: group[i]!.row.row, handle, sku: group[i]!.cells.sku.trim() });
  const stored = context.products.get(handle) ?? null;

  group.slice(1).forEach(({ cells }, i) => {
    const differing = PRODUCT_COLUMNS.filter((c) => !sameProductCell(c, cells[c], first.cells[c]));
    if (differing.length) issues.add(label(i + 1), `Product columns differ from line ${first.row.line} of the same handle: ${differing.join(", ")}`);
  });

  const c = first.cells;
  const optionNames = OPTION_NAMES.map((column) => c[column].trim());
  const optionCount = optionNames.reduce((n, name, i) => (name ? i + 1 : n), 0);
  optionNames.slice(0, optionCount).forEach((name, i) => {
    if (!name) issues.add(label(0), `${OPTION_NAMES[i]}: Name option ${i + 1} (options are filled from option1_name on)`);
  });
  const values = optionNames.slice(0, optionCount).map(() => [] as string[]);
  group.forEach(({ cells }, r) => {
    OPTION_VALUES.forEach((column, i) => {
      const value = cells[column].trim();
      if (i >= optionCount) {
        if (value) issues.add(label(r), `${column}: The product has no ${OPTION_NAMES[i]}`);
      } else if (value && !values[i]!.includes(value)) values[i]!.push(value);
    });
  });
  const options = optionNames.slice(0, optionCount).map((name, i) => {
    const storedOption = stored?.options[i];
    // Values no variant uses are not in the file: keep the stored ones (and their order).
    if (storedOption && storedOption.name === name && stored!.options.length === optionCount) {
      return { name, values: [...storedOption.values, ...values[i]!.filter((v) => !storedOption.values.includes(v))] };
    }
    return { name, values: values[i]! };
  });

  const categoryIds: string[] = [];
  for (const part of c.categories.split(CATEGORY_SEPARATOR)) {
    const categoryHandle = part.trim().toLowerCase();
    if (!categoryHandle) continue;
    const id = context.categories.get(categoryHandle);
    if (!id) issues.add(label(0), `categories: Unknown category handle "${categoryHandle}"`);
    else if (!categoryIds.includes(id)) categoryIds.push(id);
  }

  const trackInventory = group.map(({ cells }, r) => {
    const value = parseBoolean(cells.track_inventory);
    if (value === null) issues.add(label(r), `track_inventory: Write true or false`);
    return value ?? true;
  });

  const input = {
    handle,
    title: c.title,
    description: c.description,
    type: c.type.trim() ? c.type.trim().toUpperCase() : undefined,
    status: c.status.trim() ? c.status.trim().toUpperCase() : undefined,
    vendor: c.vendor,
    tags: c.tags.split(",").map((t) => t.trim()).filter(Boolean),
    seoTitle: c.seo_title,
    seoDescription: c.seo_description,
    options,
    categoryIds,
    serviceDurationMinutes: c.service_duration_minutes.trim() ? wholeNumber(c.service_duration_minutes.trim()) : null,
    digitalMediaId: stored?.digitalMediaId ?? null,
    variants: group.map(({ cells }, r) => ({
      sku: cells.sku,
      optionValues: OPTION_VALUES.slice(0, optionCount).map((column) => cells[column].trim()),
      price: cells.price,
      compareAtPrice: cells.compare_at_price,
      weightGrams: cells.weight_grams.trim() ? wholeNumber(cells.weight_grams.trim()) : null,
      barcode: cells.barcode,
      trackInventory: trackInventory[r],
    })),
  };
  const parsed = ZProductInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, index, sub] = issue.path as (string | number)[];
      const isVariant = field === "variants" && typeof index === "number";
      const column = isVariant ? (sub === "optionValues" ? "option values" : COLUMN_OF_FIELD[String(sub)]) : field === "options" ? "options" : COLUMN_OF_FIELD[String(field)];
      // Messages that name "Variant N" point at rows: say which line instead.
      const message = issue.message.replace(/^Variant (\d+) /, (_, n: string) => `Line ${group[Number(n) - 1]?.row.line ?? n} `);
      issues.add(label(isVariant ? index : 0), column ? `${column}: ${message}` : message);
    }
  }

  const digits = currencyDigits(context.currency);
  const precision = digits ? `${context.currency} amounts have at most ${digits} decimal places` : `${context.currency} amounts have no decimal places`;
  const variants: TVariantRow[] = group.map(({ cells }, r) => {
    const sku = cells.sku.trim();
    const key = sku.toLowerCase();
    if (sku) {
      const seen = skuLines.get(key);
      if (seen && seen.handle !== handle) issues.add(label(r), `sku: ${sku} is also on line ${seen.line} (product ${seen.handle})`);
      else if (!seen) skuLines.set(key, { line: group[r]!.row.line, handle });
      const owner = context.skuOwners.get(key);
      if (owner && owner !== handle) issues.add(label(r), `sku: ${sku} already belongs to another product of this store (${owner})`);
    }
    const priceText = cells.price.trim();
    const compareText = cells.compare_at_price.trim();
    // Malformed amounts are ZPriceText's to report; here only the currency's precision.
    const priceMinor = DECIMAL.test(priceText) ? parseMoney(priceText, context.currency) : 0n;
    const compareAtMinor = DECIMAL.test(compareText) ? parseMoney(compareText, context.currency) : null;
    if (priceMinor === null) issues.add(label(r), `price: ${precision}`);
    if (DECIMAL.test(compareText) && compareAtMinor === null) issues.add(label(r), `compare_at_price: ${precision}`);
    if (priceMinor !== null && compareAtMinor !== null && compareAtMinor <= priceMinor) issues.add(label(r), "compare_at_price: The compare-at price must be more than the price");
    const data = parsed.success ? parsed.data.variants![r]! : null;
    const optionValues = data?.optionValues ?? [];
    return {
      sku,
      title: variantTitle(optionValues),
      option1: optionValues[0] ?? null,
      option2: optionValues[1] ?? null,
      option3: optionValues[2] ?? null,
      priceMinor: priceMinor ?? 0n,
      compareAtMinor,
      weightGrams: data?.weightGrams ?? null,
      barcode: data?.barcode ?? null,
      trackInventory: trackInventory[r]!,
      position: r,
    };
  });
  if (!parsed.success || issues.size !== before) return null;
  return comparePlan(handle, first.row.line, stored, parsed.data, categoryIds, variants);
}

function comparePlan(handle: string, line: number, stored: TStoredProduct | null, data: TProductData, categoryIds: string[], variants: TVariantRow[]): TProductPlan {
  const fields: TProductFields = {
    title: data.title,
    description: data.description,
    type: data.type,
    status: data.status,
    vendor: data.vendor ?? null,
    tags: data.tags.join(", "),
    seoTitle: data.seoTitle ?? null,
    seoDescription: data.seoDescription ?? null,
    options: data.options,
    serviceDurationMinutes: data.type === "SERVICE" ? (data.serviceDurationMinutes ?? null) : null,
    digitalMediaId: data.type === "DIGITAL" ? (data.digitalMediaId ?? null) : null,
  };
  if (!stored) {
    return { handle, line, stored, fields, productChanged: true, categoryIds, categoriesChanged: categoryIds.length > 0, variants, variantCreates: variants, variantUpdates: [], variantDeletes: [] };
  }
  const productChanged = (Object.keys(fields) as (keyof TProductFields)[]).some((k) => JSON.stringify(fields[k]) !== JSON.stringify(stored[k]));
  const categoriesChanged = categoryIds.length !== stored.categoryIds.length || categoryIds.some((id) => !stored.categoryIds.includes(id));
  const bySku = new Map(stored.variants.map((v) => [v.sku.toLowerCase(), v]));
  const wanted = new Set(variants.map((v) => v.sku.toLowerCase()));
  const variantCreates: TVariantRow[] = [];
  const variantUpdates: { id: string; data: TVariantRow }[] = [];
  for (const v of variants) {
    const old = bySku.get(v.sku.toLowerCase());
    if (!old) variantCreates.push(v);
    else if ((Object.keys(v) as (keyof TVariantRow)[]).some((k) => v[k] !== old[k])) variantUpdates.push({ id: old.id, data: v });
  }
  const variantDeletes = stored.variants.filter((v) => !wanted.has(v.sku.toLowerCase())).map((v) => v.id);
  return { handle, line, stored, fields, productChanged, categoryIds, categoriesChanged, variants, variantCreates, variantUpdates, variantDeletes };
}

/** True when applying the plan writes anything. */
export const planWrites = (p: TProductPlan) => p.productChanged || p.categoriesChanged || p.variantCreates.length + p.variantUpdates.length + p.variantDeletes.length > 0;

function summarise(rows: number, plans: TProductPlan[]): TImportSummary {
  const summary: TImportSummary = { rows, products: { created: 0, updated: 0, unchanged: 0 }, variants: { created: 0, updated: 0, deleted: 0 } };
  for (const p of plans) {
    if (!p.stored) summary.products.created++;
    else if (planWrites(p)) summary.products.updated++;
    else summary.products.unchanged++;
    summary.variants.created += p.variantCreates.length;
    summary.variants.updated += p.variantUpdates.length;
    summary.variants.deleted += p.variantDeletes.length;
  }
  return summary;
}
