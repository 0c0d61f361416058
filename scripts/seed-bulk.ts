/**
 * `npm run seed:bulk -- --store <slug> --products <n> [--batch <size>] [--json]`: adds n ACTIVE
 * products (1-3 variants each, five new categories, prices in the store's currency, one
 * existing store image linked per product) to an existing store, fast, for benchmarks. See
 * scripts/lib/bench/seed-bulk-store.ts for why this bypasses createProduct(). Each run gets
 * its own id in every handle and SKU, so running it twice adds more products. Prints the
 * elapsed time; with --json the last line is the run summary as JSON (used by
 * `npm run bench:storefront`).
 */
import { assertEnv } from "@/env";
import { disconnectDb, platformDb } from "@/server/db";
import { seedBulkCatalog } from "./lib/bench/seed-bulk-store";

const USAGE = "usage: npm run seed:bulk -- --store <slug> --products <n> [--batch <size>] [--json]";

type TArgs = { store: string; products: number; batch: number; json: boolean };

function parseArgs(argv: string[]): TArgs | null {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const known = new Set(["--store", "--products", "--batch", "--json"]);
  if (argv.some((a) => a.startsWith("--") && !known.has(a))) return null;
  const store = value("--store");
  const products = Number(value("--products"));
  const batch = Number(value("--batch") ?? 500);
  if (!store || !Number.isInteger(products) || products < 1 || products > 1_000_000 || !Number.isInteger(batch) || batch < 1) return null;
  return { store, products, batch, json: argv.includes("--json") };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  assertEnv();
  try {
    const store = await platformDb().store.findUnique({ where: { slug: args.store.toLowerCase() }, select: { id: true, currency: true } });
    if (!store) {
      console.error(`seed:bulk: no store with slug "${args.store}"`);
      return 1;
    }
    const started = performance.now();
    let reported = 0;
    const result = await seedBulkCatalog(store.id, {
      products: args.products,
      batchSize: args.batch,
      onBatch: (done, total) => {
        if (done - reported >= 2000 || done === total) {
          reported = done;
          console.log(`seed:bulk: ${done}/${total} products`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed:bulk: added ${result.products} products (${result.variants} variants, ${result.categories.length} categories, ${result.imagesLinked ? "one existing image each" : "no images"}) to ${args.store} in ${seconds.toFixed(1)} s (${Math.round(result.products / seconds)} products/s); run ${result.runId}`,
    );
    if (args.json) console.log(JSON.stringify({ ...result, storeId: store.id, seconds }));
    return 0;
  } catch (error) {
    console.error(`seed:bulk failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await disconnectDb();
  }
}

process.exitCode = await main();
