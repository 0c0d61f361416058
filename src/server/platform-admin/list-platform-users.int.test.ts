import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { listPlatformUsers } from "./list-platform-users";
import { ZUserListQuery } from "./platform-admin.schemas";

const suffix = Math.random().toString(36).slice(2, 8);
const token = `usr${suffix}`;
const q = (input: Record<string, unknown>) => ZUserListQuery.parse(input);
const ids: string[] = [];

beforeAll(async () => {
  const db = platformDb();
  const base = Date.UTC(2026, 1, 1);
  for (const [i, who] of ["ana", "ben", "cleo"].entries()) {
    const user = await db.platformUser.create({
      data: {
        email: `${who}-${token}@example.com`,
        name: `${who === "cleo" ? "Cleo Admin" : who} ${token}`,
        passwordHash: "x",
        isPlatformAdmin: who === "cleo",
        emailVerifiedAt: who === "ana" ? null : new Date(),
        createdAt: new Date(base + i * 60_000),
      },
    });
    ids.push(user.id);
  }
  for (const n of [1, 2]) {
    const store = await db.store.create({ data: { slug: `${token}-s${n}`, name: `S${n}`, country: "US", currency: "USD", timeZone: "UTC" } });
    await storeDb(store.id).storeMembership.create({ data: { storeId: store.id, userId: ids[1]!, role: n === 1 ? "OWNER" : "SUPPORT" } });
  }
});

afterAll(disconnectDb);

describe("listPlatformUsers", () => {
  it("searches email and name, newest first, with admin flag, verification and store count", async () => {
    const page = await listPlatformUsers(q({ q: token }));
    expect(page.total).toBe(3);
    expect(page.users.map((u) => [u.id, u.isPlatformAdmin, u.emailVerifiedAt !== null, u.storeCount])).toEqual([
      [ids[2], true, true, 0],
      [ids[1], false, true, 2],
      [ids[0], false, false, 0],
    ]);
    expect((await listPlatformUsers(q({ q: `BEN-${token}` }))).users.map((u) => u.id)).toEqual([ids[1]]);
    expect((await listPlatformUsers(q({ q: `cleo admin ${token}` }))).users.map((u) => u.id)).toEqual([ids[2]]);
  });

  it("filters platform admins", async () => {
    expect((await listPlatformUsers(q({ q: token, role: "admins" }))).users.map((u) => u.id)).toEqual([ids[2]]);
  });

  it("pages", async () => {
    const first = await listPlatformUsers(q({ q: token }), 2);
    const second = await listPlatformUsers(q({ q: token, page: 2 }), 2);
    expect([first.total, first.pageCount, first.users.length]).toEqual([3, 2, 2]);
    expect(second.users.map((u) => u.id)).toEqual([ids[0]]);
  });

  it("takes wildcards literally", async () => {
    expect((await listPlatformUsers(q({ q: `%${token}` }))).total).toBe(0);
  });
});
