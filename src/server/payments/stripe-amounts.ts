import { AppError } from "@/server/errors";
import { currencyDigits } from "@/lib/money";

/**
 * Stripe's own minor units per currency (https://docs.stripe.com/currencies). They equal ours
 * (ISO 4217 digits, src/lib/money.ts) for almost every currency: LKR and USD 2, JPY 0, KWD 3.
 * The exceptions are Stripe's decisions: ISK is sent with two decimals although it has none.
 */
const STRIPE_ZERO_DECIMAL = new Set(["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);
const STRIPE_THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);
/** Stripe's largest amount: eight digits. */
const STRIPE_MAX_AMOUNT = 99_999_999n;

export function stripeDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (STRIPE_ZERO_DECIMAL.has(code)) return 0;
  if (STRIPE_THREE_DECIMAL.has(code)) return 3;
  return 2;
}

const amountRefused = (message: string) =>
  new AppError("VALIDATION_FAILED", message, { fields: [{ path: "paymentMethod", message, code: "stripe_amount_unsupported" }] });

/**
 * Our minor units -> the integer amount Stripe expects for the currency (a number, as the SDK
 * types it). Exact: refuses an amount that cannot be expressed in Stripe's units, a zero or
 * negative amount, and one above Stripe's eight digits.
 */
export function toStripeAmount(amountMinor: bigint, currency: string): number {
  const ours = currencyDigits(currency);
  const theirs = stripeDigits(currency);
  let amount = amountMinor;
  if (theirs > ours) amount = amountMinor * 10n ** BigInt(theirs - ours);
  if (theirs < ours) {
    const unit = 10n ** BigInt(ours - theirs);
    if (amountMinor % unit !== 0n) throw amountRefused(`Stripe cannot charge fractions of a ${currency.toUpperCase()} unit`);
    amount = amountMinor / unit;
  }
  if (amount <= 0n) throw amountRefused("Stripe cannot charge an amount of zero");
  if (amount > STRIPE_MAX_AMOUNT) throw amountRefused("The total is above what Stripe accepts for one payment");
  return Number(amount);
}

/** Stripe's lower-case currency code. */
export const toStripeCurrency = (currency: string) => currency.toLowerCase();

/**
 * The platform's application fee: `feeBp` basis points of the amount, rounded half-up to the
 * minor unit, never more than the amount. Computed on our minor units (bigint, exact).
 */
export function applicationFeeMinor(amountMinor: bigint, feeBp: number): bigint {
  if (!Number.isInteger(feeBp) || feeBp < 0 || feeBp > 10_000) throw new RangeError("feeBp must be an integer from 0 to 10000");
  const fee = (amountMinor * BigInt(feeBp) + 5_000n) / 10_000n;
  return fee > amountMinor ? amountMinor : fee;
}

/** Stripe's integer amount -> our minor units (exact; null when it is not a whole minor unit). */
export function fromStripeAmount(amount: number, currency: string): bigint | null {
  if (!Number.isSafeInteger(amount)) return null;
  const ours = currencyDigits(currency);
  const theirs = stripeDigits(currency);
  const value = BigInt(amount);
  if (theirs === ours) return value;
  if (theirs < ours) return value * 10n ** BigInt(ours - theirs);
  const unit = 10n ** BigInt(theirs - ours);
  return value % unit === 0n ? value / unit : null;
}
