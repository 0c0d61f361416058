import "server-only";
import { ZodError } from "zod";
import type { TFormState } from "@/components/dashboard/form-state";
import { AppError } from "@/server/errors";

/**
 * Form state for a refused catalog write. Unlike the shared formError, messages are kept
 * under their full path too ("variants.2.sku", "options.0.values"), so tables and repeated
 * rows can show each message beside its own input; the first path segment ("variants")
 * carries the first message for the section. Faults other than zod and AppErrors rethrow.
 */
export function catalogFormError(error: unknown, values?: Record<string, string>): TFormState {
  const fieldErrors: Record<string, string> = {};
  const add = (path: string, message: string) => {
    const key = path || "form";
    fieldErrors[key] ??= message;
    fieldErrors[key.split(".")[0]!] ??= message;
  };
  if (error instanceof ZodError) {
    for (const issue of error.issues) add(issue.path.join("."), issue.message);
    return { status: "error", message: fieldErrors.form ?? "Check the highlighted fields.", fieldErrors, values };
  }
  if (error instanceof AppError) {
    for (const f of error.details?.fields ?? []) add(f.path, f.message);
    return { status: "error", message: error.message, fieldErrors, values };
  }
  throw error;
}
