import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ZodError } from "zod";
import type { TFormState } from "@/components/storefront/account/form-state";
import { AppError } from "@/server/errors";
import { clientIp, userAgent } from "@/server/http";
import { storeIdFromHeaders } from "@/server/tenancy";

/**
 * The store of this storefront request, as resolved by the proxy from the host (clients
 * cannot send the header themselves: the proxy strips it). Server actions use this rather
 * than a slug from the form, so a post can only ever act on the host's own store.
 */
export async function currentStoreId(): Promise<string> {
  const h = await headers();
  const storeId = storeIdFromHeaders(h);
  if (!storeId) notFound();
  return storeId;
}

/** IP (when behind a trusted proxy) and user agent, for throttling and the audit log. */
export async function requestContext(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: userAgent(h) };
}

const SECRET_FIELDS = new Set(["password", "currentPassword", "newPassword", "confirmation", "token"]);

/** The submitted text fields, minus secrets, so a form that failed keeps what was typed. */
export function echoValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  return values;
}

/**
 * Turns an expected failure into form state: zod issues become field messages, AppErrors a
 * form message (429 keeps its human "try again in N minutes"). Anything else is re-thrown to
 * the error boundary.
 */
export function failure(error: unknown, form?: FormData): TFormState {
  const values = form ? echoValues(form) : undefined;
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const path = issue.path.map(String).join(".") || "form";
      fieldErrors[path] ??= issue.message;
    }
    // The token travels in a hidden field: its problem is the link's, said for the whole form.
    const formError = fieldErrors.token ?? "Please correct the highlighted fields.";
    return { ok: false, fieldErrors, formError, ...(values ? { values } : {}) };
  }
  if (error instanceof AppError) {
    const message = error.code === "UNAUTHENTICATED" ? "Your session has ended. Sign in again to continue." : error.message;
    return { ok: false, formError: message, ...(values ? { values } : {}) };
  }
  throw error;
}
