import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";

/** An expected failure of a cart or checkout action, as forms show it. */
export type TActionFailure = {
  code: string;
  message: string;
  /** Messages by the domain's field path ("quantity", "shippingAddress.city", "lines.0"). */
  fieldErrors: Record<string, string>;
};

/** Codes a shopper can act on: the message is theirs to read. Anything else is re-thrown. */
const EXPECTED = new Set(["VALIDATION_FAILED", "OUT_OF_STOCK", "NOT_FOUND", "CONFLICT", "BAD_REQUEST", "UNAUTHENTICATED", "RATE_LIMITED", "NOT_READY"]);

/**
 * Turns a domain failure into field messages: zod issues (422) and AppErrors with field
 * details keep their paths; the first message of each path wins. Faults (500s) are re-thrown
 * to the error boundary, which shows no details.
 */
export function actionFailure(error: unknown): TActionFailure {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.map(String).join(".") || "form"] ??= issue.message;
    return { code: "VALIDATION_FAILED", message: "Please correct the highlighted fields.", fieldErrors };
  }
  if (error instanceof AppError && EXPECTED.has(error.code)) {
    const fieldErrors: Record<string, string> = {};
    for (const field of error.details?.fields ?? []) fieldErrors[field.path] ??= field.message;
    const message = error.code === "NOT_READY" ? "We could not reach the payment provider. Please try again in a moment." : error.message;
    return { code: error.code, message, fieldErrors };
  }
  throw error;
}
