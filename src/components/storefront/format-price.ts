import { formatMoney, parseMoney } from "@/lib/money";

/**
 * A decimal price string from the read model ("1250.00") shown in the store's currency.
 * Exact: the string is parsed to minor units, never through a float. Safe in client code.
 */
export function formatPrice(decimal: string, currency: string): string {
  const minor = parseMoney(decimal, currency);
  return minor === null ? `${currency} ${decimal}` : formatMoney(minor, currency);
}
