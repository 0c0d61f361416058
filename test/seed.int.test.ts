import { afterAll, describe, expect, it } from "vitest";
import { seed } from "../prisma/seed";
import { DEMO_LOGINS, DEMO_STORES } from "../prisma/seed/demo-stores";
import { disconnectDb, platformDb } from "@/server/db";
import { verifyPassword } from "@/server/identity";

afterAll(disconnectDb);

describe("demo seed", () => {
  it("creates the demo stores and logins, and a second run creates nothing twice", async () => {
    await seed();
    const count = async () => ({
      stores: await platformDb().store.count({ where: { slug: { in: DEMO_STORES.map((s) => s.slug) } } }),
      users: await platformDb().platformUser.count({ where: { email: { in: DEMO_LOGINS.map((l) => l.email) } } }),
    });
    const first = await count();
    expect(first).toEqual({ stores: 2, users: 3 });
    await seed();
    expect(await count()).toEqual(first);

    const demo = await platformDb().store.findUniqueOrThrow({ where: { slug: "demo" } });
    const acme = await platformDb().store.findUniqueOrThrow({ where: { slug: "acme" } });
    expect([demo.currency, acme.currency]).toEqual(["LKR", "USD"]);
    expect(demo.name).not.toBe(acme.name);
    expect(demo.themeColor).not.toBe(acme.themeColor);

    const admin = await platformDb().platformUser.findUniqueOrThrow({ where: { email: "admin@ecom.example.com" } });
    expect(admin.isPlatformAdmin).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "ecom-admin-2026")).toBe(true);
    const owner = await platformDb().platformUser.findUniqueOrThrow({
      where: { email: "owner@demo.example.com" },
      include: { memberships: { select: { storeId: true, role: true } } },
    });
    expect(owner.isPlatformAdmin).toBe(false);
    expect(owner.memberships).toEqual([{ storeId: demo.id, role: "OWNER" }]);
  });
});
