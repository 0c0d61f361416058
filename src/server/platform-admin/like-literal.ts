/**
 * Prisma's `contains` / `startsWith` on MySQL put the value into a LIKE pattern without
 * escaping it: escape LIKE's wildcards (and the escape character) so a search is literal.
 */
export function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
