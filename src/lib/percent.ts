/**
 * Tax rates are stored as integer basis points of a percent (1500 = 15.00 %); merchants type
 * and read percentages, and shoppers see them named ("VAT 18%"). Exact string arithmetic: no
 * floating point.
 */

/** "15", "7.25", "7,25 %" -> 1500, 725, 725; null when not a percentage with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/\s|%/g, ""));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0") || "0");
}

/** 1500 -> "15", 725 -> "7.25", 750 -> "7.5". */
export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(Math.abs(bp % 100)).padStart(2, "0").replace(/0$/, "");
  return fraction === "" || fraction === "0" ? String(whole) : `${whole}.${fraction}`;
}

/** How a tax rate is named on a quote, an order and its mails: "VAT 18%"; null when none applies. */
export function taxLabelOf(rate: { name: string; rateBp: number } | null | undefined): string | null {
  return rate ? `${rate.name} ${basisPointsToPercent(rate.rateBp)}%` : null;
}
