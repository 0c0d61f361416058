import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { disconnectDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { setPlatformAdmin } from "./set-platform-admin";

const suffix = Math.random().toString(36).slice(2, 8);
const email = `ops-${suffix}@example.com`;
let userId: string;

const audit = () => platformDb().auditLogEntry.findMany({ where: { targetId: userId, action: { startsWith: "platform_admin." } }, orderBy: { id: "asc" } });
const isAdmin = async () => (await platformDb().platformUser.findUniqueOrThrow({ where: { id: userId } })).isPlatformAdmin;

beforeAll(async () => {
  userId = (await platformDb().platformUser.create({ data: { email, name: "Ops", passwordHash: "x" } })).id;
});

afterAll(disconnectDb);

describe("setPlatformAdmin (npm run admin:grant)", () => {
  it("grants by email (any case) and audits it as the system, without personal data", async () => {
    expect(await setPlatformAdmin({ email: email.toUpperCase() })).toEqual({ userId, isPlatformAdmin: true, changed: true });
    expect(await isAdmin()).toBe(true);
    const [entry] = await audit();
    expect(entry).toMatchObject({ storeId: null, actorType: "system", actorId: null, action: "platform_admin.granted", targetType: "platform_user", targetId: userId });
    expect(JSON.stringify(entry!.data)).not.toContain(email);
  });

  it("granting again changes and records nothing", async () => {
    expect(await setPlatformAdmin({ email })).toEqual({ userId, isPlatformAdmin: true, changed: false });
    expect((await audit()).length).toBe(1);
  });

  it("revokes, audited", async () => {
    expect(await setPlatformAdmin({ email, revoke: true })).toEqual({ userId, isPlatformAdmin: false, changed: true });
    expect(await isAdmin()).toBe(false);
    expect((await audit()).map((a) => a.action)).toEqual(["platform_admin.granted", "platform_admin.revoked"]);
  });

  it("refuses an unknown email (NOT_FOUND) and a malformed one, writing nothing", async () => {
    const before = await platformDb().auditLogEntry.count({ where: { action: { startsWith: "platform_admin." } } });
    await expect(setPlatformAdmin({ email: `nobody-${suffix}@example.com` })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "NOT_FOUND" && /sign up first/.test(e.message),
    );
    await expect(setPlatformAdmin({ email: "not an email" })).rejects.toBeInstanceOf(ZodError);
    expect(await platformDb().auditLogEntry.count({ where: { action: { startsWith: "platform_admin." } } })).toBe(before);
  });
});
