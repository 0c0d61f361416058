import { z } from "zod";

/** The most bytes an uploaded CSV file may have (about 60,000 typical rows). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export const IMPORT_MODES = ["dry-run", "apply"] as const;

/** POST /api/v1/admin/products/import?mode=dry-run|apply */
export const ZImportQuery = z.object({
  mode: z.enum(IMPORT_MODES, { error: 'Choose mode "dry-run" or "apply"' }),
});
export type TImportQuery = z.infer<typeof ZImportQuery>;
