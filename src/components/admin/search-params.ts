import { z } from "zod";

export type TRawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter (a repeated parameter keeps its first value). */
export function firstValues(raw: TRawSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The first message per field of a failed parse, for field-level messages beside filters. */
export function firstFieldErrors(error: z.ZodError): Record<string, string> {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (v?.[0] ? [[k, v[0]]] : [])));
}
