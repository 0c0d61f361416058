import { keptPerProcess } from "./kept-per-process";

/**
 * Exact money: amounts are integer minor units (bigint) with their ISO 4217 currency. The
 * number of minor digits comes from the currency (LKR and USD 2, JPY 0, KWD 3).
 */
export type TMoney = { amountMinor: bigint; currency: string };

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency (Intl's data, which follows ISO 4217). */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  return digits;
}

/**
 * Parses a decimal string ("1250", "12.5", "12.50") into minor units, refusing more decimals
 * than the currency has, negatives, and anything that is not a plain decimal. Null when invalid.
 */
export function parseMoney(input: string, currency: string): bigint | null {
  const text = input.trim();
  const digits = currencyDigits(currency);
  const match = /^(\d{1,15})(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
}

/** Minor units as a plain decimal string in the currency's precision ("12.50", "1250" for JPY). */
export function minorToDecimal(amountMinor: bigint, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = amountMinor < 0n;
  const abs = negative ? -amountMinor : amountMinor;
  const unit = 10n ** BigInt(digits);
  const whole = abs / unit;
  const fraction = digits ? `.${(abs % unit).toString().padStart(digits, "0")}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Currency formatters, made once per process and locale (building one costs far more than using it). */
const moneyFormats = keptPerProcess<Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  return moneyFormats(`${locale}\u0000${currency}`, () => {
    const digits = currencyDigits(currency);
    return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  });
}

/** Localised display ("LKR 1,250.00", "$12.50"), built from the exact decimal string. */
export function formatMoney(amountMinor: bigint, currency: string, locale = "en"): string {
  return moneyFormat(locale, currency).format(minorToDecimal(amountMinor, currency) as unknown as number);
}
