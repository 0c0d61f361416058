import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/errors";

const mocks = vi.hoisted(() => ({
  redriveEvents: vi.fn(),
  authorizePlatformAdmin: vi.fn(),
  platformAdminActor: vi.fn(),
}));
vi.mock("@/server/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/events")>()),
  redriveEvents: mocks.redriveEvents,
}));
vi.mock("@/server/http", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http")>()),
  authorizePlatformAdmin: mocks.authorizePlatformAdmin,
  platformAdminActor: mocks.platformAdminActor,
}));

process.env.DATABASE_URL ??= "mysql://root@127.0.0.1:3306/unused";
process.env.LOG_LEVEL = "silent";
const { POST } = await import("./route");

const post = (body: string, type = "application/json") =>
  POST(new Request("http://localhost:3000/api/v1/platform/events/redrive", { method: "POST", headers: { "content-type": type, "user-agent": "test-agent" }, body }));

describe("POST /api/v1/platform/events/redrive", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    mocks.authorizePlatformAdmin.mockResolvedValue(undefined);
    mocks.platformAdminActor.mockResolvedValue({ userId: "admin-1", name: "Admin", isPlatformAdmin: true });
    mocks.redriveEvents.mockResolvedValue(2);
  });

  it("re-drives the ids as the signed-in admin and returns how many", async () => {
    const res = await post(JSON.stringify({ eventIds: ["12", "9007199254740993"] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ redriven: 2 });
    expect(mocks.redriveEvents).toHaveBeenCalledWith({ eventIds: [12n, 9007199254740993n], actorId: "admin-1", userAgent: "test-agent" });
  });

  it("refuses anonymous callers before reading the body", async () => {
    mocks.authorizePlatformAdmin.mockRejectedValue(new AppError("UNAUTHENTICATED", "Sign in as a platform admin"));
    const res = await post("{not json");
    expect(res.status).toBe(401);
    expect(mocks.redriveEvents).not.toHaveBeenCalled();
  });

  it("refuses signed-in users who are not platform admins", async () => {
    mocks.authorizePlatformAdmin.mockRejectedValue(new AppError("FORBIDDEN", "Platform admins only"));
    expect((await post(JSON.stringify({ eventIds: ["1"] }))).status).toBe(403);
    expect(mocks.redriveEvents).not.toHaveBeenCalled();
  });

  it("answers 422 with field paths for invalid ids", async () => {
    const res = await post(JSON.stringify({ eventIds: ["1", "abc"] }));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details.fields[0].path).toBe("eventIds.1");
    expect(mocks.redriveEvents).not.toHaveBeenCalled();
  });

  it("answers 415 to a body that is not JSON", async () => {
    expect((await post("eventId=1", "application/x-www-form-urlencoded")).status).toBe(415);
  });
});
