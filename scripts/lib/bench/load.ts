/**
 * Load generation for the storefront benchmark: autocannon's programmatic API (no types are
 * published for it, so the few fields used are typed here), plus a sequential probe.
 */
import http from "node:http";
import { createRequire } from "node:module";

type TAutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p99: number };
  requests: { total: number; average: number };
};
type TAutocannonOptions = { url: string; connections: number; duration: number; headers: Record<string, string>; timeout?: number };
type TAutocannon = ((options: TAutocannonOptions) => Promise<TAutocannonResult>) & { track?: unknown };

const autocannon = createRequire(import.meta.url)("autocannon") as TAutocannon;

export type TLoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number; total: number };

/** `connections` keep-alive connections hammer `url` (with the Host header `host`) for `seconds`. */
export async function runLoad(url: string, host: string, connections: number, seconds: number): Promise<TLoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { host, accept: "text/html,application/json" }, timeout: 10 });
  const total = result.requests.total;
  return {
    requestsPerSecond: result.duration > 0 ? total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    total,
  };
}

/** One GET with a Host header (node:http: fetch may not let a caller set Host); status and headers. */
export function probe(url: string, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { host }, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on("timeout", () => request.destroy(new Error(`timed out: ${url}`)));
    request.on("error", reject);
  });
}
