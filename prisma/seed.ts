/**
 * `npm run db:seed`: demo data. Idempotent: every step upserts by a natural key, so a second
 * run creates nothing twice. Later features add their own step to `steps` (the catalog adds
 * products to the demo stores, using the store ids the first step returns).
 */
import { assertEnv } from "@/env";
import { disconnectDb } from "@/server/db";
import { seedDemoCatalogs } from "./seed/demo-catalog";
import { seedDemoCommerce } from "./seed/demo-inventory";
import { DEMO_LOGINS, seedDemoStores } from "./seed/demo-stores";

type TSeedContext = { storeIds: Record<string, string> };
const steps: Array<{ name: string; run: (ctx: TSeedContext) => Promise<void> }> = [
  { name: "demo catalogs", run: ({ storeIds }) => seedDemoCatalogs(storeIds) },
  { name: "demo stock, shipping, taxes and checkout settings", run: ({ storeIds }) => seedDemoCommerce(storeIds) },
];

export async function seed(): Promise<void> {
  const storeIds = await seedDemoStores();
  for (const step of steps) await step.run({ storeIds });
}

async function main() {
  const { ROOT_DOMAIN, protocol } = assertEnv();
  await seed();
  console.log("Demo data ready. Sign in at %s://%s/login with:", protocol, ROOT_DOMAIN);
  for (const l of DEMO_LOGINS) console.log(`  ${l.email.padEnd(26)} ${l.password.padEnd(20)} ${"store" in l ? `owner of ${l.store}` : "platform admin"}`);
  console.log("Stores: %s://demo.%s  %s://acme.%s", protocol, ROOT_DOMAIN, protocol, ROOT_DOMAIN);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .catch((error: unknown) => {
      console.error("db:seed failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(disconnectDb);
}
