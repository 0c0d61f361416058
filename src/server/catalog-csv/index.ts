/**
 * Catalog CSV import and export (docs/csv-format.md): one row per variant, product columns
 * repeated on each row of a handle. Export streams the store's products; import first runs
 * as a dry run (every bad row with its line and reasons, nothing written), then applies all
 * or nothing in one batched transaction with progress, one audit entry and one
 * product.imported event. Everything goes through the tenant door of the importing store.
 */
import "server-only";

export { exportProductsCsv, exportProductsStream } from "./export-products";
export { ZImportQuery, MAX_CSV_BYTES, IMPORT_MODES, type TImportQuery } from "./catalog-csv.schemas";
export { dryRunImport, applyImport, MAX_IMPORT_ROWS, type TDryRunResult, type TApplyResult, type TImportProgress, type TApplyOptions } from "./import-products";
export type { TImportIssue, TImportSummary } from "./plan-import";
export { COLUMNS, REQUIRED_COLUMNS } from "./columns";
export { parseCsv, csvRow, csvField, CsvSyntaxError, type TCsvRecord } from "./csv";
