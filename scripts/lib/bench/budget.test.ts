import { describe, expect, it } from "vitest";
import { budgetMet, evaluate, formatTable, throughputRatio, type TRouteResult } from "./budget";

const base = { host: "h", probeStatus: 200, failures: 0, total: 1000, dbStatementsPerRequest: null };
const staticPage: TRouteResult = { ...base, name: "static page", kind: "static", path: "/", requestsPerSecond: 2000, p50Ms: 4, p99Ms: 12 };
const page = (rps: number, p99: number): TRouteResult => ({ ...base, name: "product page", kind: "page", path: "/products/x", requestsPerSecond: rps, p50Ms: 10, p99Ms: p99 });
const api = (rps: number): TRouteResult => ({ ...base, name: "api", kind: "api", path: "/api/v1/storefront/products", requestsPerSecond: rps, p50Ms: 5, p99Ms: 20 });

describe("throughputRatio", () => {
  it("divides by a positive reference only", () => {
    expect(throughputRatio(1400, 2000)).toBe(0.7);
    expect(throughputRatio(10, 0)).toBeNull();
    expect(throughputRatio(10, Number.NaN)).toBeNull();
  });
});

describe("evaluate", () => {
  it("passes a page at exactly 70% of the static throughput with p99 at 50 ms", () => {
    const [, row] = evaluate([staticPage, page(1400, 50)]);
    expect(row!.ratio).toBe(0.7);
    expect(row!.verdict.pass).toBe(true);
  });

  it("fails a page below the ratio or above the p99 limit", () => {
    const rows = evaluate([staticPage, page(1399, 10), page(1900, 51)]);
    expect(rows[1]!.verdict).toMatchObject({ pass: false });
    expect(rows[1]!.verdict.reason).toContain("ratio 70% < 70%");
    expect(rows[2]!.verdict.reason).toContain("p99 51 ms > 50 ms");
    expect(budgetMet(rows)).toBe(false);
  });

  it("judges the API on its own floor of 1,000 req/s, not the ratio", () => {
    const rows = evaluate([staticPage, api(1000), api(999)]);
    expect(rows.map((r) => r.verdict.pass)).toEqual([null, true, false]);
    expect(rows[1]!.ratio).toBe(0.5);
  });

  it("fails a route that did not answer 200 or had failed requests, and leaves the reference unjudged", () => {
    const rows = evaluate([staticPage, { ...api(0), probeStatus: 404 }, { ...page(1900, 10), failures: 3 }]);
    expect(rows[0]!.verdict.pass).toBeNull();
    expect(rows[1]!.verdict).toEqual({ pass: false, reason: "not measured: probe answered HTTP 404" });
    expect(rows[1]!.ratio).toBeNull();
    expect(rows[2]!.verdict.reason).toBe("3 of 1000 requests failed");
  });

  it("has no ratio when the static page could not be measured", () => {
    const rows = evaluate([{ ...staticPage, probeStatus: 500 }, page(1900, 10)]);
    expect(rows[1]!.ratio).toBeNull();
    expect(rows[1]!.verdict).toEqual({ pass: false, reason: "no static reference" });
  });

  it("meets the budget when every judged route passes", () => {
    expect(budgetMet(evaluate([staticPage, page(1500, 40), api(1200)]))).toBe(true);
  });
});

describe("formatTable", () => {
  it("prints one aligned Markdown row per route with PASS/FAIL", () => {
    const table = formatTable(evaluate([staticPage, page(1000, 60), { ...api(1500), dbStatementsPerRequest: 3 }]));
    const lines = table.split("\n");
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toContain("static page (/)");
    expect(lines[2]).toContain("100%");
    expect(lines[3]).toContain("FAIL (ratio 50% < 70%, p99 60 ms > 50 ms)");
    expect(lines[4]).toContain("| 3.0 ");
    expect(lines[4]).toContain("PASS (1500 req/s >= 1000)");
  });
});
