/** JSON.stringify that writes bigints (auto-increment ids) as strings. */
export function toJson(value: unknown): string {
  try {
    // Without a replacer first: most bodies hold no bigint, and a replacer is called for every value.
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  }
}
