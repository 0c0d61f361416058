/**
 * Faults the domain throws. The closed list of codes is mapped to HTTP in one place
 * (src/server/http/error-map.ts). Expected business outcomes are returned as values where the
 * caller can act on them; OUT_OF_STOCK is thrown where it must roll a whole transaction back
 * (placing an order, adding to a cart) and answers 409 naming the line in `fields`.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 422,
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  NOT_READY: 503,
  INTERNAL: 500,
} as const;

export type TErrorCode = keyof typeof ERROR_CODES;

export type TFieldIssue = { path: string; message: string; code?: string };

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: { fields?: TFieldIssue[]; retryAfterSeconds?: number; [key: string]: unknown },
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
