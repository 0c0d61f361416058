/**
 * Turning a shopper's search text into a MariaDB boolean-mode full-text query.
 *
 * InnoDB indexes words of 3+ characters and drops its built-in stopwords; a required stopword
 * ("+the") makes the whole query match nothing, so stopwords are left out of the full-text
 * query. Every other word becomes a required prefix term (`+word*`): all words must appear,
 * and "teap" finds "teapot". Operator characters cannot be injected: only letters and digits
 * survive tokenising.
 */

/** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
const INNODB_STOPWORDS = new Set(
  "a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www".split(" "),
);

const MAX_TERMS = 8;

/** Lower-case words (letters, combining marks and digits) of the search text, duplicates removed. */
export function searchWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** The boolean-mode query, or null when no word can be searched in the full-text index. */
export function booleanQuery(words: string[]): string | null {
  const terms = words.filter((w) => w.length >= 2 && !INNODB_STOPWORDS.has(w));
  return terms.length ? terms.map((w) => `+${w}*`).join(" ") : null;
}

export { escapeLike } from "@/lib/like";
