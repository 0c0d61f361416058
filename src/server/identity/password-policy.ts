import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The rules for a password a person chooses (sign-up, reset, change), after NIST SP 800-63B:
 * a length range and a block list of the most common passwords, no composition rules.
 */

export const PASSWORD_MIN_CHARACTERS = 8;
export const PASSWORD_MAX_CHARACTERS = 128;

/**
 * The shipped list, one password per line; lines starting with "# " are comments. Read from
 * the working directory rather than beside the compiled module, because Next.js bundles
 * server code: the file is added to the standalone output by `outputFileTracingIncludes`
 * in next.config.mjs.
 */
export const COMMON_PASSWORDS_FILE = path.join(process.cwd(), "src/server/identity/common-passwords.txt");

function loadCommonPasswords(file: string): ReadonlySet<string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`The common-password list is missing (${file}): ${error instanceof Error ? error.message : String(error)}`);
  }
  const entries = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === "" || line.startsWith("# ")) continue;
    entries.add(line.toLowerCase());
  }
  return entries;
}

// Loaded once per process; a missing list fails loudly at start-up instead of letting every
// password through.
const COMMON_PASSWORDS = loadCommonPasswords(COMMON_PASSWORDS_FILE);

/** Number of distinct (case-folded) entries in the shipped list. */
export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;

/** Whether `password` is on the shipped list, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** Unicode code points in `text`, counting no further than `stopAfter`. */
function codePoints(text: string, stopAfter: number): number {
  let n = 0;
  for (const _ of text) if (++n > stopAfter) break;
  return n;
}

/**
 * A new password: 8 to 128 characters, counted as Unicode code points (an emoji is one
 * character), and not one of the shipped common passwords in any letter case. The value is
 * not trimmed or normalised: it is hashed exactly as typed. Length problems are reported
 * alone; the common-password check runs only on a password of valid length.
 */
export const ZNewPassword = z
  .string({ error: "Enter a password" })
  .refine((p) => codePoints(p, PASSWORD_MIN_CHARACTERS) >= PASSWORD_MIN_CHARACTERS, {
    error: `Use at least ${PASSWORD_MIN_CHARACTERS} characters`,
    abort: true,
  })
  .refine((p) => codePoints(p, PASSWORD_MAX_CHARACTERS) <= PASSWORD_MAX_CHARACTERS, {
    error: `Use at most ${PASSWORD_MAX_CHARACTERS} characters`,
    abort: true,
  })
  .refine((p) => !isCommonPassword(p), { error: "This password is too common; choose another" });
export type TNewPassword = z.infer<typeof ZNewPassword>;
