/**
 * The value with every bigint (auto-increment ids, minor units) turned into its decimal string;
 * the same value when it holds none. Copies only the arrays and plain objects on the way to a
 * bigint, never changes the input, and leaves objects with their own JSON form (toJSON: Date,
 * Decimal) to JSON.stringify.
 */
function withoutBigints(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = withoutBigints(value[i]);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const converted = withoutBigints(item);
    if (converted !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = converted;
  }
  return copy ?? value;
}

/**
 * JSON.stringify that writes bigints as strings. Bodies with money in them hold bigints, so
 * they are converted first (one walk) rather than stringified with a replacer, which is called
 * for every value, or after a failed first attempt, which throws and starts over.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(withoutBigints(value));
}
