/**
 * Pure arithmetic of `npm run bench:storefront`: throughput ratios against the static page,
 * the storefront budget (issue 4) and the printed table.
 */

/** One measured route (autocannon's figures, plus what the probe saw). */
export type TRouteResult = {
  name: string;
  /** Role of the route in the budget. */
  kind: "static" | "page" | "api";
  path: string;
  host: string;
  /** Status of the probe request before measuring; measurement is skipped unless 200. */
  probeStatus: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses outside 2xx plus socket errors and timeouts during the measurement. */
  failures: number;
  total: number;
  /** Database statements per request (sequential probe; null when not measured). */
  dbStatementsPerRequest: number | null;
};

export type TBudget = { minRatioOfStatic: number; maxP99Ms: number; minApiRequestsPerSecond: number };

/** Issue 4: pages >= 70% of the static page's throughput with p99 <= 50 ms; API >= 1,000 req/s. */
export const STOREFRONT_BUDGET: TBudget = { minRatioOfStatic: 0.7, maxP99Ms: 50, minApiRequestsPerSecond: 1000 };

export type TVerdict = { pass: boolean | null; reason: string };
export type TRow = TRouteResult & { ratio: number | null; verdict: TVerdict };

/** `value / reference`, or null when the reference is not a positive number. */
export function throughputRatio(value: number, reference: number): number | null {
  return reference > 0 && Number.isFinite(reference) && Number.isFinite(value) ? value / reference : null;
}

/** The budget line of one route: pages against the static page, the API against its floor. */
export function verdict(row: TRouteResult, ratio: number | null, budget: TBudget = STOREFRONT_BUDGET): TVerdict {
  if (row.probeStatus !== 200) return { pass: row.kind === "static" ? null : false, reason: `not measured: probe answered HTTP ${row.probeStatus}` };
  if (row.failures > 0) return { pass: false, reason: `${row.failures} of ${row.total} requests failed` };
  if (row.kind === "static") return { pass: null, reason: "reference" };
  if (row.kind === "api") {
    const pass = row.requestsPerSecond >= budget.minApiRequestsPerSecond;
    return { pass, reason: `${Math.round(row.requestsPerSecond)} req/s ${pass ? ">=" : "<"} ${budget.minApiRequestsPerSecond}` };
  }
  if (ratio === null) return { pass: false, reason: "no static reference" };
  const ratioOk = ratio >= budget.minRatioOfStatic;
  const p99Ok = row.p99Ms <= budget.maxP99Ms;
  const parts = [`ratio ${percent(ratio)} ${ratioOk ? ">=" : "<"} ${percent(budget.minRatioOfStatic)}`, `p99 ${row.p99Ms} ms ${p99Ok ? "<=" : ">"} ${budget.maxP99Ms} ms`];
  return { pass: ratioOk && p99Ok, reason: parts.join(", ") };
}

/** Adds the ratio to the static route's throughput and the budget verdict to every route. */
export function evaluate(results: TRouteResult[], budget: TBudget = STOREFRONT_BUDGET): TRow[] {
  const reference = results.find((r) => r.kind === "static" && r.probeStatus === 200 && r.failures === 0);
  return results.map((r) => {
    const ratio = reference && r.probeStatus === 200 ? throughputRatio(r.requestsPerSecond, reference.requestsPerSecond) : null;
    return { ...r, ratio, verdict: verdict(r, ratio, budget) };
  });
}

/** True when no route failed its budget (the static reference and unknowns do not count). */
export function budgetMet(rows: TRow[]): boolean {
  return rows.every((r) => r.verdict.pass !== false);
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** A plain-text table (also valid Markdown) of the rows. */
export function formatTable(rows: TRow[]): string {
  const header = ["route", "req/s", "p50 ms", "p99 ms", "vs static", "db stmts/req", "budget"];
  const lines = rows.map((r) => [
    `${r.name} (${r.path})`,
    r.probeStatus === 200 ? String(Math.round(r.requestsPerSecond)) : "-",
    r.probeStatus === 200 ? String(r.p50Ms) : "-",
    r.probeStatus === 200 ? String(r.p99Ms) : "-",
    r.ratio === null ? "-" : percent(r.ratio),
    r.dbStatementsPerRequest === null ? "-" : r.dbStatementsPerRequest.toFixed(1),
    `${r.verdict.pass === null ? "-" : r.verdict.pass ? "PASS" : "FAIL"} (${r.verdict.reason})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [row(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...lines.map(row)].join("\n");
}
