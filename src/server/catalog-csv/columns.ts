import { minorToDecimal } from "@/lib/money";

/**
 * The column format of catalog CSV files (docs/csv-format.md): one row per variant, the
 * product's columns repeated on every row of its handle.
 */
export const PRODUCT_COLUMNS = [
  "handle",
  "title",
  "description",
  "type",
  "status",
  "vendor",
  "tags",
  "seo_title",
  "seo_description",
  "categories",
  "option1_name",
  "option2_name",
  "option3_name",
  "service_duration_minutes",
] as const;

export const VARIANT_COLUMNS = [
  "sku",
  "option1_value",
  "option2_value",
  "option3_value",
  "price",
  "compare_at_price",
  "weight_grams",
  "barcode",
  "track_inventory",
] as const;

export const COLUMNS = [...PRODUCT_COLUMNS, ...VARIANT_COLUMNS] as const;
export type TColumn = (typeof COLUMNS)[number];
export type TProductColumn = (typeof PRODUCT_COLUMNS)[number];
export type TRowCells = Record<TColumn, string>;

/** Columns every file must have; the others may be left out (see readHeader). */
export const REQUIRED_COLUMNS: readonly TColumn[] = ["handle", "title", "sku", "price"];

/** Separates category handles in the categories cell. */
export const CATEGORY_SEPARATOR = "|";

export type THeader = { columns: (TColumn | null)[]; present: Set<TColumn> };

/**
 * Reads the header row: column names are matched case-insensitively after trimming. Unknown
 * and repeated names are refused (a typo would otherwise drop data silently), as are missing
 * required columns. Returns the problems, or the column of each position.
 */
export function readHeader(fields: string[]): { header: THeader } | { problems: string[] } {
  const known = new Set<string>(COLUMNS);
  const problems: string[] = [];
  const present = new Set<TColumn>();
  const columns = fields.map((raw) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) {
      problems.push(name ? `Unknown column "${raw.trim()}"` : "A column has no name");
      return null;
    }
    const column = name as TColumn;
    if (present.has(column)) problems.push(`The column "${column}" appears twice`);
    present.add(column);
    return column;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length) problems.push(`Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  return problems.length ? { problems } : { header: { columns, present } };
}

/** A product as the columns show it (stored form: tags joined, options JSON parsed). */
export type TProductCellsSource = {
  handle: string;
  title: string;
  description: string;
  type: string;
  status: string;
  vendor: string | null;
  tags: string;
  seoTitle: string | null;
  seoDescription: string | null;
  categoryHandles: string[];
  options: { name: string; values: string[] }[];
  serviceDurationMinutes: number | null;
};

export type TVariantCellsSource = {
  sku: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  priceMinor: bigint;
  compareAtMinor: bigint | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
};

/** The product columns of a stored product, exactly as export writes them. */
export function productCells(p: TProductCellsSource): Record<TProductColumn, string> {
  return {
    handle: p.handle,
    title: p.title,
    description: p.description,
    type: p.type.toLowerCase(),
    status: p.status.toLowerCase(),
    vendor: p.vendor ?? "",
    tags: p.tags,
    seo_title: p.seoTitle ?? "",
    seo_description: p.seoDescription ?? "",
    categories: p.categoryHandles.join(CATEGORY_SEPARATOR),
    option1_name: p.options[0]?.name ?? "",
    option2_name: p.options[1]?.name ?? "",
    option3_name: p.options[2]?.name ?? "",
    service_duration_minutes: p.serviceDurationMinutes === null ? "" : String(p.serviceDurationMinutes),
  };
}

/** The variant columns of a stored variant, prices as decimal strings of the currency. */
export function variantCells(v: TVariantCellsSource, currency: string): Record<(typeof VARIANT_COLUMNS)[number], string> {
  return {
    sku: v.sku,
    option1_value: v.option1 ?? "",
    option2_value: v.option2 ?? "",
    option3_value: v.option3 ?? "",
    price: minorToDecimal(v.priceMinor, currency),
    compare_at_price: v.compareAtMinor === null ? "" : minorToDecimal(v.compareAtMinor, currency),
    weight_grams: v.weightGrams === null ? "" : String(v.weightGrams),
    barcode: v.barcode ?? "",
    track_inventory: v.trackInventory ? "true" : "false",
  };
}
