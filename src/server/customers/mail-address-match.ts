import { escapeLike } from "@/lib/like";
/**
 * Pure helpers to find an address in stored mail (recipient lists, JSON payloads) without
 * matching a longer address that merely contains it ("bob@x.com" is not in "jimbob@x.com").
 */

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A character that can be part of an address's local part (RFC 5322 atext and the dot). */
const LOCAL_PART_CHAR = "[a-z0-9.!#$%&'*+/=?^_`{|}~-]";

/** Whether `text` mentions `email` as a whole address (case-insensitive). */
export function mentionsAddress(text: string, email: string): boolean {
  if (!email) return false;
  const pattern = `(?<!${LOCAL_PART_CHAR})${email.toLowerCase().replace(REGEX_SPECIAL, "\\$&")}(?![a-z0-9-]|\\.[a-z0-9])`;
  return new RegExp(pattern, "i").test(text);
}

/** The addresses of a stored recipient list ("a@x.com, b@y.com"), lower case. */
export function recipientsOf(to: string): string[] {
  return to
    .split(",")
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
}

/** A LIKE pattern matching any text that contains `value` literally (backslash escapes). */
export function containsPattern(value: string): string {
  return `%${escapeLike(value.toLowerCase())}%`;
}
