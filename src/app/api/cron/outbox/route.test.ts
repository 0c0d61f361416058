import { beforeEach, describe, expect, it, vi } from "vitest";

const { drainOutbox, productionHandlers } = vi.hoisted(() => ({
  drainOutbox: vi.fn(),
  productionHandlers: [{ name: "mail", types: ["mail.send"], handle: async () => {} }],
}));
vi.mock("@/server/events", () => ({ drainOutbox }));
vi.mock("@/server/events/registry", () => ({ productionHandlers }));

process.env.DATABASE_URL ??= "mysql://root@127.0.0.1:3306/unused";
process.env.LOG_LEVEL = "silent";
const SECRET = "cron-secret-for-tests-0123456789";

const { resetEnvForTests } = await import("@/env");
const { GET, POST } = await import("./route");

const call = (handler: typeof GET, authorization?: string) =>
  handler(new Request("http://localhost:3000/api/cron/outbox", { headers: authorization ? { authorization } : {} }));

describe("/api/cron/outbox", () => {
  beforeEach(() => {
    drainOutbox.mockReset();
    drainOutbox.mockResolvedValue({ claimed: 3, delivered: 2, retried: 1, dead: 0, released: 0, lost: 0, runs: 2, durationMs: 12, stoppedBy: "idle" });
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
  });

  it("drains the outbox with the production handlers for at most ~20 s and returns the counts", async () => {
    const res = await call(GET, `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ claimed: 3, delivered: 2, retried: 1, dead: 0, released: 0, lost: 0, runs: 2, durationMs: 12, stoppedBy: "idle" });
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
