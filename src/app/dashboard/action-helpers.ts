import "server-only";
import { headers } from "next/headers";
import { ZodError } from "zod";
import type { TFormState } from "@/components/dashboard/form-state";
import { AppError } from "@/server/errors";
import { clientIp, userAgent } from "@/server/http";

/** The caller's IP (when a trusted proxy supplies it) and user agent, for throttling and audit. */
export async function requestContext(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: userAgent(h) };
}

/** The named text fields of a submitted form (for echoing back; never include passwords). */
export function formValues<K extends string>(formData: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")])) as Record<K, string>;
}

/**
 * Turns what a domain call threw into form state: zod issues and AppError field details
 * become messages beside their inputs, other AppErrors (403, 404, 409, 429 ...) a message
 * above the form. Anything else is a fault and is rethrown (logged, error page).
 */
export function formError(error: unknown, values?: Record<string, string>): TFormState {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : "form";
      fieldErrors[key] ??= issue.message;
    }
    return { status: "error", message: fieldErrors.form ?? "Check the highlighted fields.", fieldErrors, values };
  }
  if (error instanceof AppError) {
    const fieldErrors: Record<string, string> = {};
    for (const f of error.details?.fields ?? []) fieldErrors[f.path.split(".")[0] ?? f.path] ??= f.message;
    return { status: "error", message: error.message, fieldErrors, values };
  }
  throw error;
}
