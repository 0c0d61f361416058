/**
 * Handles are the URL names of products, categories and collections: lower-case ASCII letters
 * and digits separated by single hyphens, at most 150 characters (HANDLE_PATTERN).
 */
export const HANDLE_MAX = 150;
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A handle made from a title: accents dropped ("Café" -> "cafe"), every run of other
 * characters becomes one hyphen, trimmed to HANDLE_MAX without a trailing hyphen. Empty when
 * the title has no ASCII letters or digits (the caller then asks for a handle).
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, HANDLE_MAX)
    .replace(/-+$/, "");
}

/** `base`, or `base-N` kept within HANDLE_MAX (the suffix wins over the tail of the base). */
export function handleWithSuffix(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, HANDLE_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
}
