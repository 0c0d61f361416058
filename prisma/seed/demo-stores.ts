/**
 * The demo tenants and their people. Everything is keyed by natural unique keys (slug,
 * email), so running the seed again changes nothing.
 */
import { platformDb, storeDb } from "@/server/db";
import { hashPassword } from "@/server/identity";

export const DEMO_LOGINS = [
  { email: "admin@ecom.example.com", password: "ecom-admin-2026", name: "Platform Admin", platformAdmin: true },
  { email: "owner@demo.example.com", password: "ceylon-owner-2026", name: "Nimali Perera", store: "demo" },
  { email: "owner@acme.example.com", password: "acme-owner-2026", name: "Alex Carter", store: "acme" },
] as const;

export const DEMO_STORES = [
  { slug: "demo", name: "Ceylon Curated", country: "LK", currency: "LKR", timeZone: "Asia/Colombo", themeColor: "#0f766e" },
  { slug: "acme", name: "Acme Outfitters", country: "US", currency: "USD", timeZone: "America/New_York", themeColor: "#1d4ed8" },
] as const;

export async function seedDemoStores(): Promise<Record<string, string>> {
  const db = platformDb();
  const storeIds: Record<string, string> = {};
  for (const s of DEMO_STORES) {
    const store = await db.store.upsert({ where: { slug: s.slug }, update: {}, create: s });
    storeIds[s.slug] = store.id;
  }
  for (const login of DEMO_LOGINS) {
    const existing = await db.platformUser.findUnique({ where: { email: login.email } });
    const user =
      existing ??
      (await db.platformUser.create({
        data: {
          email: login.email,
          name: login.name,
          passwordHash: await hashPassword(login.password),
          isPlatformAdmin: "platformAdmin" in login,
          emailVerifiedAt: new Date(),
        },
      }));
    if ("store" in login) {
      const storeId = storeIds[login.store]!;
      await storeDb(storeId).storeMembership.upsert({
        where: { storeId_userId: { storeId, userId: user.id } },
        update: {},
        create: { storeId, userId: user.id, role: "OWNER" },
      });
    }
  }
  return storeIds;
}
