import { countryOptions } from "@/server/onboarding";

/**
 * Countries for addresses: the same ISO 3166-1 alpha-2 list the store settings use, so one
 * list serves every form.
 */
export { countryOptions };

let codes: ReadonlySet<string> | undefined;

export function isCountryCode(code: string): boolean {
  codes ??= new Set(countryOptions().map((o) => o.value));
  return codes.has(code);
}
