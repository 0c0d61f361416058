/**
 * Escapes LIKE's wildcards (and its escape character) so user text matches literally, for
 * raw SQL patterns and for Prisma's `contains` / `startsWith`, which do not escape on MySQL.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
