import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { createCategory, createProduct, getProduct, listProducts, setProductsStatus, updateProduct } from "./index";
import { audits, events, failure, fieldPaths, makeActor, makeStore, runId } from "./int-test-support";

let lkr: { id: string };
let jpy: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;

beforeAll(async () => {
  lkr = await makeStore("cat-lkr", "LKR");
  jpy = await makeStore("cat-jpy", "JPY");
  actor = await makeActor();
});
afterAll(disconnectDb);

describe("createProduct", () => {
  it("generates one variant per combination of three options, with audit and event", async () => {
    const product = await createProduct(lkr.id, actor, {
      title: "Batik Shirt",
      sku: "BATIK",
      price: "2500.5",
      compareAtPrice: "3000",
      options: [
        { name: "Size", values: ["S", "M", "L"] },
        { name: "Colour", values: ["Indigo", "Ochre"] },
        { name: "Sleeve", values: ["Short", "Long"] },
      ],
      tags: ["cotton", "handmade"],
    });
    expect(product.handle).toBe("batik-shirt");
    expect(product.variants).toHaveLength(12);
    expect(product.variants[0]).toMatchObject({ sku: "BATIK-S-Indigo-Short", title: "S / Indigo / Short", optionValues: ["S", "Indigo", "Short"], price: "2500.50", compareAtPrice: "3000.00", currency: "LKR", position: 0 });
    expect(product.variants[11]).toMatchObject({ sku: "BATIK-L-Ochre-Long", position: 11 });
    expect(product.tags).toEqual(["cotton", "handmade"]);
    const stored = await storeDb(lkr.id).productVariant.findFirstOrThrow({ where: { sku: "BATIK-S-Indigo-Short" } });
    expect(stored.priceMinor).toBe(250050n);
    expect(await events(lkr.id, "product.created")).toContainEqual({ type: "product.created", payload: { productId: product.id, handle: "batik-shirt" } });
    expect(await audits(lkr.id, "product.created")).toContainEqual(expect.objectContaining({ actorType: "platform_user", actorId: actor.userId, targetId: product.id }));
  });

  it("makes one default variant from sku and price when there are no options", async () => {
    const p = await createProduct(lkr.id, actor, { title: "Cinnamon Quills", sku: "CIN-1", price: "450" });
    expect(p.variants).toEqual([expect.objectContaining({ sku: "CIN-1", title: "Default", optionValues: [], price: "450.00" })]);
  });

  it("checks price precision for the store's currency: LKR 2 decimals, JPY none", async () => {
    const tooPrecise = await failure(createProduct(lkr.id, actor, { title: "Tea", sku: "T-3DP", price: "1.005" }));
    expect(tooPrecise.code).toBe("VALIDATION_FAILED");
    expect(fieldPaths(tooPrecise)).toEqual(["price"]);
    const yen = await failure(createProduct(jpy.id, actor, { title: "Sencha", variants: [{ sku: "SEN-1", price: "1200.5" }] }));
    expect(fieldPaths(yen)).toEqual(["variants.0.price"]);
    const ok = await createProduct(jpy.id, actor, { title: "Sencha", variants: [{ sku: "SEN-1", price: "1200", compareAtPrice: "1500" }] });
    expect(ok.variants[0]).toMatchObject({ price: "1200", compareAtPrice: "1500", currency: "JPY" });
    expect((await storeDb(jpy.id).productVariant.findFirstOrThrow({ where: { sku: "SEN-1" } })).priceMinor).toBe(1200n);
    const notAbove = await failure(createProduct(jpy.id, actor, { title: "Matcha", variants: [{ sku: "MAT-1", price: "1200", compareAtPrice: "1200" }] }));
    expect(fieldPaths(notAbove)).toEqual(["variants.0.compareAtPrice"]);
    expect(await storeDb(jpy.id).product.count({ where: { title: "Matcha" } })).toBe(0);
  });

  it("refuses a taken handle (409 on handle) but numbers a generated one", async () => {
    await createProduct(lkr.id, actor, { title: "Clay Pot", handle: "clay-pot", sku: "POT-1", price: "10" });
    const taken = await failure(createProduct(lkr.id, actor, { title: "Other", handle: "clay-pot", sku: "POT-2", price: "10" }));
    expect(taken.code).toBe("CONFLICT");
    expect(fieldPaths(taken)).toEqual(["handle"]);
    const second = await createProduct(lkr.id, actor, { title: "Clay Pot", sku: "POT-3", price: "10" });
    expect(second.handle).toBe("clay-pot-2");
  });

  it("refuses a SKU another product uses (409 on variants.N.sku), case-insensitively", async () => {
    await createProduct(lkr.id, actor, { title: "Mask", sku: "MASK-RED", price: "10" });
    const taken = await failure(createProduct(lkr.id, actor, { title: "Mask 2", variants: [{ sku: "OK-1", price: "1" }, { sku: "mask-red", price: "1" }].map((v, i) => ({ ...v, optionValues: [["A"], ["B"]][i] })), options: [{ name: "Kind", values: ["A", "B"] }] }));
    expect(taken.code).toBe("CONFLICT");
    expect(fieldPaths(taken)).toEqual(["variants.1.sku"]);
  });

  it("answers concurrent creates with the same SKU with one product and one 409", async () => {
    const input = (n: number) => ({ title: `Race ${n}`, variants: [{ sku: `RACE-${runId}`, price: "1" }] });
    const results = await Promise.allSettled([createProduct(lkr.id, actor, input(1)), createProduct(lkr.id, actor, input(2))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    expect(fieldPaths(rejected.reason)[0]).toMatch(/^variants/);
  });

  it("enforces the service duration and the digital file", async () => {
    expect(fieldPaths(await failure(createProduct(lkr.id, actor, { title: "Massage", type: "SERVICE", sku: "SPA-1", price: "5000" })))).toEqual(["serviceDurationMinutes"]);
    const service = await createProduct(lkr.id, actor, { title: "Massage", type: "SERVICE", serviceDurationMinutes: 60, sku: "SPA-1", price: "5000" });
    expect(service.serviceDurationMinutes).toBe(60);
    const ebook = await createProduct(lkr.id, actor, { title: "Recipe ebook", type: "DIGITAL", sku: "EBOOK-1", price: "900" });
    expect(fieldPaths(await failure(updateProduct(lkr.id, actor, ebook.id, { status: "ACTIVE" })))).toEqual(["digitalMediaId"]);
    const bulk = await failure(setProductsStatus(lkr.id, actor, { ids: [service.id, ebook.id], status: "ACTIVE" }));
    expect(bulk.code).toBe("VALIDATION_FAILED");
    expect(fieldPaths(bulk)).toEqual(["ids.1"]);
    expect((await getProduct(lkr.id, service.id))!.status).toBe("DRAFT");
    const file = await storeDb(lkr.id).mediaAsset.create({ data: { storeId: lkr.id, kind: "FILE", storageKey: `k-${runId}`, mimeType: "application/pdf", byteSize: 10 } });
    const active = await updateProduct(lkr.id, actor, ebook.id, { status: "ACTIVE", digitalMediaId: file.id });
    expect(active).toMatchObject({ status: "ACTIVE", digitalMediaId: file.id });
    expect(active.publishedAt).toBeInstanceOf(Date);
  });
});

describe("updateProduct", () => {
  it("replaces variants by SKU, keeping the ids of unchanged SKUs", async () => {
    const p = await createProduct(lkr.id, actor, { title: "Sarong", sku: "SAR", price: "1000", options: [{ name: "Colour", values: ["Red", "Blue"] }] });
    const ids = Object.fromEntries(p.variants.map((v) => [v.sku, v.id]));
    const updated = await updateProduct(lkr.id, actor, p.id, {
      options: [{ name: "Colour", values: ["Red", "Blue", "Green"] }],
      variants: [
        { sku: "sar-red", optionValues: ["Red"], price: "1100" },
        { sku: "SAR-Green", optionValues: ["Green"], price: "1200", compareAtPrice: "1500" },
      ],
    });
    expect(updated.variants.map((v) => [v.sku, v.price])).toEqual([["sar-red", "1100.00"], ["SAR-Green", "1200.00"]]);
    expect(updated.variants[0]!.id).toBe(ids["SAR-Red"]);
    expect(Object.values(ids)).not.toContain(updated.variants[1]!.id);
    expect(await storeDb(lkr.id).productVariant.count({ where: { id: ids["SAR-Blue"] } })).toBe(0);
    const evts = await events(lkr.id, "product.updated");
    expect(evts.at(-1)).toEqual({ type: "product.updated", payload: { productId: p.id, handle: "sarong" } });
  });

  it("refuses new options that the stored variants do not fit, and a variant without its option value", async () => {
    const p = await createProduct(lkr.id, actor, { title: "Hat", sku: "HAT", price: "10", options: [{ name: "Size", values: ["S", "M"] }] });
    expect(fieldPaths(await failure(updateProduct(lkr.id, actor, p.id, { options: [{ name: "Size", values: ["S"] }] })))).toEqual(["variants"]);
    expect(fieldPaths(await failure(updateProduct(lkr.id, actor, p.id, { variants: [{ sku: "HAT-X", price: "1", optionValues: ["XL"] }] })))).toEqual(["variants.0.optionValues.0"]);
    const regenerated = await updateProduct(lkr.id, actor, p.id, { options: [{ name: "Size", values: ["S", "L"] }], sku: "HAT", price: "12" });
    expect(regenerated.variants.map((v) => v.sku)).toEqual(["HAT-S", "HAT-L"]);
    expect(regenerated.variants[0]!.id).toBe(p.variants[0]!.id);
  });

  it("changes handle and status with product.updated and product.status_changed", async () => {
    const p = await createProduct(lkr.id, actor, { title: "Lamp", sku: "LAMP", price: "10" });
    const u = await updateProduct(lkr.id, actor, p.id, { handle: "brass-lamp", status: "ACTIVE", tags: [], vendor: "" });
    expect(u).toMatchObject({ handle: "brass-lamp", status: "ACTIVE", vendor: null, tags: [] });
    const evts = (await events(lkr.id)).filter((e) => (e.payload as { productId?: string }).productId === p.id).map((e) => [e.type, e.payload]);
    expect(evts).toEqual([
      ["product.created", { productId: p.id, handle: "lamp" }],
      ["product.updated", { productId: p.id, handle: "brass-lamp", previousHandle: "lamp" }],
      ["product.status_changed", { productId: p.id, handle: "brass-lamp" }],
    ]);
    expect((await audits(lkr.id, "product.updated")).at(-1)).toMatchObject({ targetId: p.id, data: { fields: ["handle", "status", "vendor", "tags"], status: "ACTIVE" } });
  });
});

describe("listProducts", () => {
  let store: { id: string };
  const word = `zephyrine${runId}`;
  beforeAll(async () => {
    store = await makeStore("cat-search");
    const cat = await createCategory(store.id, actor, { name: "Teaware" });
    await createProduct(store.id, actor, { title: "Kettle", description: `Pairs with the ${word} set. ${word} ${word} ${word}`, sku: "KET-1", price: "30", status: "ACTIVE" });
    await createProduct(store.id, actor, { title: `Glazed ${word} teapot`, description: "Stoneware.", sku: "POT-77", price: "20", status: "ACTIVE", categoryIds: [cat.id] });
    await createProduct(store.id, actor, { title: "Tag match", tags: [word], sku: "TAG-1", price: "25", status: "ARCHIVED" });
    await createProduct(store.id, actor, { title: "Draft cup", sku: "CUP-1", price: "5" });
    await createProduct(store.id, actor, { title: "Cup saucer", sku: "CUP-10", price: "7", status: "ACTIVE", categoryIds: [cat.id] });
  });

  it("ranks the product whose title has the word first; finds tags and prefixes", async () => {
    const page = await listProducts(store.id, { q: word });
    expect(page.items.map((i) => i.title)).toEqual([`Glazed ${word} teapot`, "Kettle", "Tag match"]);
    expect(page.total).toBe(3);
    expect((await listProducts(store.id, { q: word.slice(0, 7) })).items[0]!.title).toBe(`Glazed ${word} teapot`);
    expect((await listProducts(store.id, { q: `the ${word}` })).total).toBe(3);
  });

  it("finds by exact and prefix SKU, the exact one first", async () => {
    expect((await listProducts(store.id, { q: "POT-77" })).items.map((i) => i.title)).toEqual([`Glazed ${word} teapot`]);
    expect((await listProducts(store.id, { q: "CUP-1" })).items.map((i) => i.title)).toEqual(["Draft cup", "Cup saucer"]);
  });

  it("filters by status, type and category, sorts and paginates, with decimal prices", async () => {
    expect((await listProducts(store.id, { status: "DRAFT" })).items.map((i) => i.title)).toEqual(["Draft cup"]);
    expect((await listProducts(store.id, { status: "ARCHIVED" })).items.map((i) => i.title)).toEqual(["Tag match"]);
    expect((await listProducts(store.id, { q: word, status: "ACTIVE" })).total).toBe(2);
    expect((await listProducts(store.id, { type: "SERVICE" })).total).toBe(0);
    const cat = (await storeDb(store.id).category.findFirstOrThrow({ where: { handle: "teaware" } })).id;
    expect((await listProducts(store.id, { categoryId: cat, sort: "title" })).items.map((i) => i.title)).toEqual(["Cup saucer", `Glazed ${word} teapot`]);
    const byPrice = await listProducts(store.id, { sort: "price", pageSize: "2", page: "2" });
    expect(byPrice).toMatchObject({ total: 5, page: 2, pageSize: 2, pageCount: 3 });
    expect(byPrice.items.map((i) => [i.title, i.priceMin, i.currency])).toEqual([["Glazed " + word + " teapot", "20.00", "LKR"], ["Tag match", "25.00", "LKR"]]);
    expect((await listProducts(store.id, { sort: "newest" })).items[0]!.title).toBe("Cup saucer");
    expect((await listProducts(store.id, { q: "%" })).total).toBe(0);
  });

  it("bulk-sets status, counting only changed products of this store", async () => {
    const drafts = await listProducts(store.id, { status: "DRAFT" });
    const other = await makeStore("cat-other");
    const foreign = await createProduct(other.id, actor, { title: "Foreign", sku: "F-1", price: "1" });
    const ids = [...drafts.items.map((i) => i.id), foreign.id];
    expect(await setProductsStatus(store.id, actor, { ids, status: "ACTIVE" })).toEqual({ count: 1 });
    expect(await setProductsStatus(store.id, actor, { ids, status: "ACTIVE" })).toEqual({ count: 0 });
    expect((await getProduct(other.id, foreign.id))!.status).toBe("DRAFT");
    expect((await audits(store.id, "product.status_changed")).at(-1)).toMatchObject({ data: { status: "ACTIVE", count: 1, productIds: [drafts.items[0]!.id] } });
    expect(await events(other.id, "product.status_changed")).toEqual([]);
  });
});
