import { beforeEach, describe, expect, it, vi } from "vitest";

const { drainOutbox, runDueJobs, productionHandlers, productionJobs } = vi.hoisted(() => ({
  drainOutbox: vi.fn(),
  runDueJobs: vi.fn(),
  productionHandlers: [{ name: "mail", types: ["mail.send"], handle: async () => {} }],
  productionJobs: vi.fn(() => [{ name: "orders.expire-reservations", intervalMs: 60_000, run: async () => ({ expired: 0 }) }]),
}));
vi.mock("@/server/events", () => ({ drainOutbox }));
vi.mock("@/server/events/periodic-jobs", () => ({ runDueJobs }));
vi.mock("@/server/events/registry", () => ({ productionHandlers, productionJobs }));

process.env.DATABASE_URL ??= "mysql://root@127.0.0.1:3306/unused";
process.env.LOG_LEVEL = "silent";
const SECRET = "cron-secret-for-tests-0123456789";
const JOB_OUTCOMES = [
  { name: "orders.expire-reservations", status: "ok", ms: 4, result: { expired: 1 } },
  { name: "payments.reconcile-stripe", status: "failed", ms: 2, error: "Stripe is down" },
];

const { resetEnvForTests } = await import("@/env");
const { GET, POST } = await import("./route");

const call = (handler: typeof GET, authorization?: string) =>
  handler(new Request("http://localhost:3000/api/cron/outbox", { headers: authorization ? { authorization } : {} }));

describe("/api/cron/outbox", () => {
  beforeEach(() => {
    drainOutbox.mockReset();
    drainOutbox.mockResolvedValue({ claimed: 3, delivered: 2, retried: 1, dead: 0, released: 0, lost: 0, runs: 2, durationMs: 12, stoppedBy: "idle" });
    runDueJobs.mockReset();
    runDueJobs.mockResolvedValue(JOB_OUTCOMES);
    process.env.CRON_SECRET = SECRET;
    resetEnvForTests();
  });

  it("does not exist while CRON_SECRET is unset", async () => {
    delete process.env.CRON_SECRET;
    resetEnvForTests();
    const res = await call(GET, `Bearer ${SECRET}`);
    expect(res.status).toBe(404);
    expect(drainOutbox).not.toHaveBeenCalled();
  });

  it.each([
    ["no header", undefined],
    ["a wrong secret", "Bearer cron-secret-for-tests-0123456788"],
    ["a prefix of the secret", "Bearer cron-secret"],
    ["another scheme", `Basic ${SECRET}`],
    ["the secret without scheme", SECRET],
  ])("answers 401 to %s without draining", async (_name, authorization) => {
    const res = await call(GET, authorization);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
    expect(drainOutbox).not.toHaveBeenCalled();
    expect(runDueJobs).not.toHaveBeenCalled();
  });

  it("drains the outbox with the production handlers for at most ~20 s, runs the due jobs, and returns both", async () => {
    const res = await call(GET, `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ claimed: 3, delivered: 2, retried: 1, dead: 0, released: 0, lost: 0, runs: 2, durationMs: 12, stoppedBy: "idle", jobs: JOB_OUTCOMES });
    expect(runDueJobs).toHaveBeenCalledTimes(1);
    expect(runDueJobs.mock.calls[0]![0]).toEqual(productionJobs.mock.results[0]!.value);
    expect(drainOutbox).toHaveBeenCalledTimes(1);
    const options = drainOutbox.mock.calls[0]![0] as { handlers: unknown; types?: unknown; maxDurationMs: number };
    expect(options.handlers).toBe(productionHandlers);
    expect(options.types).toBeUndefined();
    expect(options.maxDurationMs).toBeGreaterThan(0);
    expect(options.maxDurationMs).toBeLessThanOrEqual(20_000);
  });

  it("accepts POST as well", async () => {
    expect((await call(POST, `Bearer ${SECRET}`)).status).toBe(200);
    expect(drainOutbox).toHaveBeenCalledTimes(1);
  });
});
