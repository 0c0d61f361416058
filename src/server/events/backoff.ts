/**
 * Pure pieces of the retry policy: when a failed event is tried again, and what of an error
 * is kept in OutboxEvent.lastError.
 */

export type TBackoffPolicy = { backoffBaseMs: number; backoffMaxMs: number; jitter: number };

/**
 * Delay before the next attempt after `attempts` failures (attempts >= 1):
 * min(base * 2^(attempts-1), max), spread by +/- jitter and never above max. With jitter below
 * 1/3 the delay strictly grows from one failure to the next until it reaches the ceiling.
 */
export function retryDelayMs(attempts: number, policy: TBackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const raw = Math.min(policy.backoffBaseMs * 2 ** Math.min(exponent, 52), policy.backoffMaxMs);
  const spread = 1 + policy.jitter * (2 * random() - 1);
  return Math.max(0, Math.min(Math.round(raw * spread), policy.backoffMaxMs));
}

const MAX_ERROR_CHARS = 1000;
const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;

/**
 * A handler failure as stored and logged: handler name, error name and message; never the
 * stack, e-mail addresses replaced by "[email]", control characters collapsed, at most
 * 1000 characters. Handlers must still not put other personal data in error messages.
 */
export function describeFailure(handler: string, error: unknown): string {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "non-Error thrown";
  return truncateError(`${handler}: ${name}: ${message}`.replace(EMAIL, "[email]").replace(/[\u0000-\u001f\u007f]+/g, " "));
}

/** Cuts a stored error to the column's budget. */
export function truncateError(text: string): string {
  return text.length <= MAX_ERROR_CHARS ? text : `${text.slice(0, MAX_ERROR_CHARS - 1)}…`;
}
