import { ZodError } from "zod";
import { AppError, type TFieldIssue } from "@/server/errors";
import { knownDbErrorCode } from "@/server/db/errors";
import { log } from "@/server/log";

export type TErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
};

/** Zod issues as field paths ("items.0.quantity") with messages. */
export function fieldIssues(error: ZodError): TFieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message, code: i.code }));
}

/**
 * The one map from anything thrown to an HTTP response. AppErrors keep their code; zod errors
 * become 422 with field paths; Prisma's known errors become 409/404; everything else is a 500
 * that carries only the request id (the stack goes to the log).
 */
export function toErrorResponse(error: unknown, requestId: string): Response {
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof ZodError) {
    appError = new AppError("VALIDATION_FAILED", "The request is not valid", { fields: fieldIssues(error) });
  } else {
    const dbCode = knownDbErrorCode(error);
    if (dbCode === "UNIQUE_VIOLATION") appError = new AppError("CONFLICT", "A record with these values already exists");
    else if (dbCode === "NOT_FOUND") appError = new AppError("NOT_FOUND", "Resource not found");
    else {
      log.error({ err: error, requestId }, "unhandled error");
      appError = new AppError("INTERNAL", "Something went wrong. Quote the request id if you contact support.");
    }
  }
  if (appError.status >= 500 && appError.code !== "INTERNAL") log.warn({ requestId, code: appError.code }, appError.message);
  const body: TErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details && appError.code !== "INTERNAL" ? { details: appError.details } : {}),
      requestId,
    },
  };
  const headers = new Headers({ "x-request-id": requestId, "cache-control": "no-store" });
  if (appError.code === "RATE_LIMITED") headers.set("retry-after", String(appError.details?.retryAfterSeconds ?? 60));
  return Response.json(body, { status: appError.status, headers });
}
