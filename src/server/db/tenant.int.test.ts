import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";

const suffix = Math.random().toString(36).slice(2, 8);

async function makeStore(slug: string) {
  return platformDb().store.create({
    data: { slug: `${slug}-${suffix}`, name: slug, country: "US", currency: "USD", timeZone: "UTC" },
  });
}

describe("tenant door (storeDb)", () => {
  let victim: { id: string };
  let attacker: { id: string };
  let victimMembershipId: string;
  let victimDomainId: string;

  beforeAll(async () => {
    victim = await makeStore("victim");
    attacker = await makeStore("attacker");
    const user = await platformDb().platformUser.create({
      data: { email: `owner-${suffix}@example.com`, name: "Owner", passwordHash: "x" },
    });
    const membership = await storeDb(victim.id).storeMembership.create({ data: { storeId: victim.id, userId: user.id, role: "OWNER" } });
    victimMembershipId = membership.id;
    const domain = await storeDb(victim.id).storeDomain.create({ data: { storeId: victim.id, hostname: `shop-${suffix}.example.com` } });
    victimDomainId = domain.id;
  });

  afterAll(disconnectDb);

  it("keeps one door per store: the same client for the same store, each still scoped to its own", async () => {
    expect(storeDb(victim.id)).toBe(storeDb(victim.id));
    expect(storeDb(attacker.id)).not.toBe(storeDb(victim.id));
    // Alternating between the two kept doors never mixes them up.
    for (let i = 0; i < 3; i++) {
      expect(await storeDb(attacker.id).storeMembership.findUnique({ where: { id: victimMembershipId } })).toBeNull();
      expect((await storeDb(victim.id).storeMembership.findUnique({ where: { id: victimMembershipId } }))?.storeId).toBe(victim.id);
    }
  });

  it("stamps writes with the store", async () => {
    const m = await storeDb(victim.id).storeMembership.findUnique({ where: { id: victimMembershipId } });
    expect(m?.storeId).toBe(victim.id);
  });

  it("does not find another store's row by id", async () => {
    const as = storeDb(attacker.id);
    expect(await as.storeMembership.findUnique({ where: { id: victimMembershipId } })).toBeNull();
    expect(await as.storeDomain.findFirst({ where: { id: victimDomainId } })).toBeNull();
    expect(await as.storeMembership.findMany()).toEqual([]);
    expect(await as.storeMembership.count()).toBe(0);
    await expect(as.storeDomain.findUniqueOrThrow({ where: { id: victimDomainId } })).rejects.toThrow();
  });

  it("cannot update or delete another store's row", async () => {
    const as = storeDb(attacker.id);
    const updated = await as.storeDomain.updateMany({ where: { id: victimDomainId }, data: { verifiedAt: new Date() } });
    expect(updated.count).toBe(0);
    await expect(as.storeDomain.update({ where: { id: victimDomainId }, data: { verifiedAt: new Date() } })).rejects.toThrow();
    await expect(as.storeMembership.delete({ where: { id: victimMembershipId } })).rejects.toThrow();
    const deleted = await as.storeMembership.deleteMany({});
    expect(deleted.count).toBe(0);
    const still = await storeDb(victim.id).storeDomain.findUnique({ where: { id: victimDomainId } });
    expect(still?.verifiedAt).toBeNull();
  });

  it("refuses a write that names another store", async () => {
    await expect(
      storeDb(attacker.id).storeDomain.create({ data: { hostname: `evil-${suffix}.example.com`, storeId: victim.id } }),
    ).rejects.toThrow(/storeId/);
    await expect(
      storeDb(attacker.id).storeDomain.updateMany({ where: {}, data: { storeId: victim.id } }),
    ).rejects.toThrow(/storeId/);
  });

  it("scopes reads inside an interactive transaction", async () => {
    const found = await storeDb(attacker.id).$transaction(async (tx) =>
      tx.storeMembership.findFirst({ where: { id: victimMembershipId } }),
    );
    expect(found).toBeNull();
  });
});
