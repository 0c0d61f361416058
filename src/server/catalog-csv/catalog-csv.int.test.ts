import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";

/** Makes the import's outbox write (its last step) fail on demand. */
const outbox = vi.hoisted(() => ({ fail: false }));
vi.mock("@/server/events", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/events")>();
  return {
    ...real,
    enqueueEvent: async (...args: Parameters<typeof real.enqueueEvent>) => {
      if (outbox.fail) throw new Error("outbox unavailable");
      return real.enqueueEvent(...args);
    },
  };
});

const { applyImport, dryRunImport, exportProductsCsv, csvRow, COLUMNS } = await import("./index");
const catalog = await import("@/server/catalog");
const { audits, events, failure, makeActor, makeStore } = await import("@/server/catalog/int-test-support");

type TActor = Awaited<ReturnType<typeof makeActor>>;
let actor: TActor;
beforeAll(async () => {
  actor = await makeActor();
});
afterAll(disconnectDb);

const header = csvRow([...COLUMNS]);
type TRow = Partial<Record<(typeof COLUMNS)[number], string>>;
const line = (row: TRow) => csvRow(COLUMNS.map((c) => row[c] ?? ""));

/** Every product, variant and category link of a store, as comparable JSON (ids and timestamps included). */
async function snapshot(storeId: string) {
  const products = await storeDb(storeId).product.findMany({
    orderBy: { handle: "asc" },
    include: { variants: { orderBy: { sku: "asc" } }, categories: { orderBy: { categoryId: "asc" } } },
  });
  return JSON.stringify(products, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

async function counts(storeId: string) {
  const db = storeDb(storeId);
  return {
    products: await db.product.count(),
    variants: await db.productVariant.count(),
    links: await db.productCategory.count(),
    audits: (await audits(storeId)).length,
    events: (await events(storeId)).length,
  };
}

async function exportText(storeId: string) {
  let text = "";
  for await (const chunk of exportProductsCsv(storeId)) text += chunk;
  return text;
}

/**
 * A 10,000-row file: 2,499 products with Size x Colour (4 variants each) and 4 single-variant
 * products. Line n of the file is row n-1 (line 1 is the header).
 */
function bigFile(prefix: string, bad: { price?: number; dupSku?: number; category?: number } = {}) {
  const rows: TRow[] = [];
  for (let p = 1; p <= 2499; p++) {
    const combos = [["S", "Red"], ["S", "Blue"], ["M", "Red"], ["M", "Blue"]];
    combos.forEach(([size, colour], i) => {
      rows.push({
        handle: `${prefix}-tee-${p}`,
        title: `Tee ${p}, "classic"`,
        description: `A tee.\n\nLine two, with a comma; number ${p}.`,
        type: "physical",
        status: p % 3 === 0 ? "draft" : "active",
        vendor: "Acme",
        tags: "cotton, summer",
        categories: p % 2 ? "tea" : "tea|spices",
        option1_name: "Size",
        option2_name: "Colour",
        sku: `${prefix}-T${p}-${size}-${colour}`,
        option1_value: size,
        option2_value: colour,
        price: `${1000 + p}.50`,
        compare_at_price: i === 0 ? `${2000 + p}` : "",
        weight_grams: "180",
        barcode: i === 1 ? `890${p}` : "",
        track_inventory: i === 3 ? "false" : "true",
      });
    });
  }
  for (let s = 1; s <= 4; s++) rows.push({ handle: `${prefix}-single-${s}`, title: `Single ${s}`, categories: "spices", sku: `${prefix}-S${s}`, price: "99" });
  if (bad.price !== undefined) rows[bad.price]!.price = "12.345";
  if (bad.dupSku !== undefined) rows[bad.dupSku]!.sku = rows[0]!.sku;
  if (bad.category !== undefined) rows[bad.category]!.categories = "no-such-category";
  return header + rows.map(line).join("");
}

describe("CSV import of 10,000 rows", () => {
  let store: { id: string };
  beforeAll(async () => {
    store = await makeStore("csv-big");
    await catalog.createCategory(store.id, actor, { name: "Tea", handle: "tea" });
    await catalog.createCategory(store.id, actor, { name: "Spices", handle: "spices" });
  });

  it("the dry run lists exactly the 3 bad lines with reasons and writes nothing; after fixing them apply writes everything in one go", async () => {
    // Data rows (0-based) 41 (product 11), 82 (product 21) and 9997 (the 2nd single product) are
    // spreadsheet rows +2; each tee row spans 3 lines of the file (its description has 2 line breaks).
    const broken = bigFile("b", { price: 41, dupSku: 82, category: 9997 });
    const before = await counts(store.id);
    const dry = await dryRunImport(store.id, broken);
    expect(dry.valid).toBe(false);
    expect(dry.issues.map((i) => i.row)).toEqual([43, 84, 9999]);
    expect(dry.issues.map((i) => i.line)).toEqual([1 + 41 * 3 + 1, 1 + 82 * 3 + 1, 1 + 2499 * 4 * 3 + 1 + 1]);
    expect(dry.issues[0]).toMatchObject({ handle: "b-tee-11", sku: "b-T11-S-Blue", reasons: ["price: LKR amounts have at most 2 decimal places"] });
    expect(dry.issues[1]!.handle).toBe("b-tee-21");
    expect(dry.issues[1]!.reasons).toEqual(["sku: b-T1-S-Red is also on line 2 (product b-tee-1)"]);
    expect(dry.issues[2]).toMatchObject({ handle: "b-single-2", reasons: ['categories: Unknown category handle "no-such-category"'] });
    expect(await counts(store.id)).toEqual(before);

    const refused = await failure(applyImport(store.id, actor, broken));
    expect(refused.code).toBe("VALIDATION_FAILED");
    expect(await counts(store.id)).toEqual(before);

    const fixed = bigFile("b");
    const checked = await dryRunImport(store.id, fixed);
    expect(checked).toMatchObject({ valid: true, issues: [], summary: { rows: 10_000, products: { created: 2503, updated: 0, unchanged: 0 }, variants: { created: 10_000 } } });
    expect(await counts(store.id)).toEqual(before);

    const progress: { phase: string; done: number; total: number }[] = [];
    const result = await applyImport(store.id, actor, fixed, { onProgress: (p) => void progress.push(p) });
    console.info(`[catalog-csv] applied 10,000 rows (2,503 products) in ${result.elapsedMs} ms`);
    expect(result.elapsedMs).toBeLessThan(60_000);
    expect(result.summary).toEqual({ rows: 10_000, products: { created: 2503, updated: 0, unchanged: 0 }, variants: { created: 10_000, updated: 0, deleted: 0 } });
    expect(await counts(store.id)).toEqual({ products: before.products + 2503, variants: before.variants + 10_000, links: before.links + 2499 + 1249 + 4, audits: before.audits + 1, events: before.events + 1 });
    const writing = progress.filter((p) => p.phase === "writing");
    expect(writing.length).toBeGreaterThan(3);
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: "done", done: 2503, total: 2503 });
    expect(await events(store.id, "product.imported")).toEqual([{ type: "product.imported", payload: result.summary }]);
    expect((await audits(store.id, "product.imported"))[0]).toMatchObject({ actorType: "platform_user", actorId: actor.userId, data: result.summary });

    const tee = await storeDb(store.id).product.findFirstOrThrow({ where: { handle: "b-tee-11" }, include: { variants: { orderBy: { position: "asc" } } } });
    expect(tee).toMatchObject({ title: 'Tee 11, "classic"', description: "A tee.\n\nLine two, with a comma; number 11.", status: "ACTIVE", tags: "cotton, summer", options: [{ name: "Size", values: ["S", "M"] }, { name: "Colour", values: ["Red", "Blue"] }] });
    expect(tee.publishedAt).not.toBeNull();
    expect(tee.variants.map((v) => [v.sku, v.title, v.priceMinor, v.compareAtMinor, v.barcode, v.trackInventory, v.currency])).toEqual([
      ["b-T11-S-Red", "S / Red", 101150n, 201100n, null, true, "LKR"],
      ["b-T11-S-Blue", "S / Blue", 101150n, null, "89011", true, "LKR"],
      ["b-T11-M-Red", "M / Red", 101150n, null, null, true, "LKR"],
      ["b-T11-M-Blue", "M / Blue", 101150n, null, null, false, "LKR"],
    ]);

    // Export then import of the same 10,000 rows changes nothing at all.
    const snap = await snapshot(store.id);
    const exported = await exportText(store.id);
    expect(exported.split("\r\n").length).toBeGreaterThan(10_000);
    const again = await dryRunImport(store.id, exported);
    expect(again).toMatchObject({ valid: true, summary: { products: { created: 0, updated: 0, unchanged: 2503 } } });
    const reapplied = await applyImport(store.id, actor, exported);
    expect(reapplied.summary.variants).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(await snapshot(store.id)).toBe(snap);
  }, 180_000);
});

describe("export then import round-trips", () => {
  it("products of every kind, awkward text, unused option values and categories come back unchanged", async () => {
    const store = await makeStore("csv-round", "USD");
    const tea = await catalog.createCategory(store.id, actor, { name: "Tea", handle: "tea" });
    const gifts = await catalog.createCategory(store.id, actor, { name: "Gifts", handle: "gifts", parentId: tea.id });
    const file = await storeDb(store.id).mediaAsset.create({ data: { storeId: store.id, kind: "FILE", storageKey: "k", mimeType: "application/pdf", byteSize: 1 } });
    await catalog.createProduct(store.id, actor, {
      title: 'Teapot, "blue" =1+1',
      description: "Line 1\r\nLine 2, with comma\n\n- list \"quoted\"\n",
      status: "ACTIVE",
      vendor: "Ceylon, Ltd",
      tags: ["ceramic", "Gift idea"],
      seoTitle: "Teapot",
      seoDescription: "Blue teapot; 1 l",
      options: [{ name: "Size", values: ["S", "M", "L"] }, { name: "Colour", values: ["Blue", "Green"] }],
      variants: [
        { sku: "POT-M-B", optionValues: ["M", "Blue"], price: "12.5", compareAtPrice: "20", weightGrams: 900, barcode: "0123", trackInventory: false },
        { sku: "POT-S-B", optionValues: ["S", "Blue"], price: "10" },
      ],
      categoryIds: [gifts.id, tea.id],
    });
    await catalog.createProduct(store.id, actor, { title: "Tasting", type: "SERVICE", serviceDurationMinutes: 90, sku: "SVC-1", price: "45", status: "ACTIVE" });
    await catalog.createProduct(store.id, actor, { title: "E-book", type: "DIGITAL", digitalMediaId: file.id, sku: "EBOOK", price: "5", status: "ACTIVE", trackInventory: false });
    await catalog.createProduct(store.id, actor, { title: "Archived ☕ ශ්‍රී", status: "ARCHIVED", sku: "OLD", price: "0" });

    const snap = await snapshot(store.id);
    const before = await counts(store.id);
    const text = await exportText(store.id);
    expect(text.startsWith(header)).toBe(true);
    expect(text).toContain(',"Teapot, ""blue"" =1+1",');
    const dry = await dryRunImport(store.id, text);
    expect(dry).toMatchObject({ valid: true, issues: [], summary: { rows: 5, products: { created: 0, updated: 0, unchanged: 4 } } });
    await applyImport(store.id, actor, text);
    expect(await snapshot(store.id)).toBe(snap);
    expect(await exportText(store.id)).toBe(text);
    expect((await counts(store.id)).variants).toBe(before.variants);

    // A change in the file updates only that product, keeping variant ids by SKU.
    const pot = await storeDb(store.id).product.findFirstOrThrow({ where: { handle: "teapot-blue-1-1" }, include: { variants: true } });
    const edited = text.replaceAll('"Teapot, ""blue"" =1+1"', "Teapot").replace(",12.50,20.00,", ",13.00,20.00,");
    const result = await applyImport(store.id, actor, edited);
    expect(result.summary).toMatchObject({ products: { created: 0, updated: 1, unchanged: 3 }, variants: { created: 0, updated: 1, deleted: 0 } });
    const after = await storeDb(store.id).product.findFirstOrThrow({ where: { handle: "teapot-blue-1-1" }, include: { variants: true } });
    expect(after.title).toBe("Teapot");
    expect(after.variants.map((v) => v.id).sort()).toEqual(pot.variants.map((v) => v.id).sort());
    expect(after.variants.find((v) => v.sku === "POT-M-B")!.priceMinor).toBe(1300n);
  });
});

describe("dry run reasons", () => {
  it("reports bad headers, inconsistent product rows, existing SKUs, missing columns and currency precision", async () => {
    const store = await makeStore("csv-reasons", "JPY");
    await catalog.createProduct(store.id, actor, { title: "Taken", sku: "TAKEN", price: "100" });
    expect((await dryRunImport(store.id, "handle,title,sku,colour\r\n")).issues).toEqual([
      { line: 1, row: 1, handle: "", sku: "", reasons: ['Unknown column "colour"', "Missing required column: price"] },
    ]);
    const text =
      "handle,title,sku,price,option1_name,option1_value,type,service_duration_minutes\r\n" +
      "cup,Cup,CUP-1,100,Size,S,,\r\n" +
      "cup,Mug,CUP-2,100.5,Size,M,,\r\n" +
      "other,Other,taken,100,,,,\r\n" +
      "svc,Service,SVC,100,,,service,\r\n" +
      ",No handle,X,1,,,,\r\n";
    const dry = await dryRunImport(store.id, text);
    expect(dry.issues).toEqual([
      { line: 3, row: 3, handle: "cup", sku: "CUP-2", reasons: ["Product columns differ from line 2 of the same handle: title", "price: JPY amounts have no decimal places"] },
      { line: 4, row: 4, handle: "other", sku: "taken", reasons: ["sku: taken already belongs to another product of this store (taken)"] },
      { line: 5, row: 5, handle: "svc", sku: "SVC", reasons: ["service_duration_minutes: A service needs a duration (5 to 1,440 minutes)"] },
      { line: 6, row: 6, handle: "", sku: "X", reasons: ["handle: Enter a handle"] },
    ]);
  });
});

describe("apply is all or nothing", () => {
  it("a failure at the last step (the outbox) leaves nothing written", async () => {
    const store = await makeStore("csv-atomic");
    await catalog.createCategory(store.id, actor, { name: "Tea", handle: "tea" });
    await catalog.createCategory(store.id, actor, { name: "Spices", handle: "spices" });
    const before = await counts(store.id);
    outbox.fail = true;
    try {
      await expect(applyImport(store.id, actor, bigFile("a").split("\r\n").slice(0, 1201).join("\r\n"))).rejects.toThrow("outbox unavailable");
    } finally {
      outbox.fail = false;
    }
    expect(await counts(store.id)).toEqual(before);
  }, 60_000);

  it("a SKU taken by a concurrent write half-way through makes the whole import fail with nothing written", async () => {
    const store = await makeStore("csv-race");
    const rows = Array.from({ length: 1500 }, (_, i) => line({ handle: `r-${i}`, title: `R ${i}`, sku: `R-${i}`, price: "1" }));
    const before = await counts(store.id);
    let raced = false;
    const error = await failure(
      applyImport(store.id, actor, header + rows.join(""), {
        onProgress: async (p) => {
          if (p.phase === "writing" && p.done > 0 && !raced) {
            raced = true;
            // Another session creates a product with a SKU the import has not inserted yet.
            await catalog.createProduct(store.id, actor, { title: "Racer", handle: "racer", sku: "R-1400", price: "1" });
          }
        },
      }),
    );
    expect(raced).toBe(true);
    expect(error.code).toBe("CONFLICT");
    const after = await counts(store.id);
    expect(after.products).toBe(before.products + 1);
    expect(after.variants).toBe(before.variants + 1);
    expect(await storeDb(store.id).product.count({ where: { handle: { startsWith: "r-" } } })).toBe(0);
    expect(await events(store.id, "product.imported")).toEqual([]);
  }, 60_000);
});

describe("cross-tenant", () => {
  it("store A's import cannot touch store B's products with the same handles and SKUs, and resolves categories only in A", async () => {
    const a = await makeStore("csv-attacker");
    const b = await makeStore("csv-victim");
    await catalog.createCategory(b.id, actor, { name: "Victim only", handle: "victim-only" });
    await catalog.createCategory(a.id, actor, { name: "Mine", handle: "mine" });
    await catalog.createProduct(b.id, actor, { title: "Shared", handle: "shared", sku: "SHARED-1", price: "10", status: "ACTIVE" });
    const victim = await snapshot(b.id);

    const usesVictimCategory = header + line({ handle: "shared", title: "Hijacked", sku: "SHARED-1", price: "1", categories: "victim-only" });
    const dry = await dryRunImport(a.id, usesVictimCategory);
    expect(dry.issues).toEqual([{ line: 2, row: 2, handle: "shared", sku: "SHARED-1", reasons: ['categories: Unknown category handle "victim-only"'] }]);
    expect((await failure(applyImport(a.id, actor, usesVictimCategory))).code).toBe("VALIDATION_FAILED");

    const sameKeys = header + line({ handle: "shared", title: "Hijacked", sku: "SHARED-1", price: "1", categories: "mine" });
    const result = await applyImport(a.id, actor, sameKeys);
    expect(result.summary.products).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await snapshot(b.id)).toBe(victim);
    expect(await storeDb(a.id).product.findFirst({ where: { handle: "shared" }, select: { title: true } })).toEqual({ title: "Hijacked" });
    expect(await events(b.id, "product.imported")).toEqual([]);

    const exported = await exportText(a.id);
    expect(exported).toContain("Hijacked");
    expect(exported).not.toContain("victim-only");
    expect(exported.trim().split("\r\n")).toHaveLength(2);
  });
});
