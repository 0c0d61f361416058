/** 1800 -> "18%", 725 -> "7.25%" (integer basis points; no floating point). */
export function percentOfBp(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const rest = String(rateBp % 100).padStart(2, "0").replace(/0+$/, "");
  return `${whole}${rest ? `.${rest}` : ""}%`;
}

/** How a tax rate is named on a quote, an order and its mails: "VAT 18%"; null when none applies. */
export function taxLabelOf(rate: { name: string; rateBp: number } | null | undefined): string | null {
  return rate ? `${rate.name} ${percentOfBp(rate.rateBp)}` : null;
}
