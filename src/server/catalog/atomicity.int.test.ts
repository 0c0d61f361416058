import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";

/** Makes the outbox write fail on demand: the last step of every catalog write. */
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

const catalog = await import("./index");
const { audits, events, makeActor, makeStore } = await import("./int-test-support");

let store: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
beforeAll(async () => {
  store = await makeStore("cat-atomic");
  actor = await makeActor();
});
afterAll(disconnectDb);

describe("catalog writes are one transaction with their audit entry and event", () => {
  it("a write whose event fails leaves no product, variant, link, audit entry or event", async () => {
    const category = await catalog.createCategory(store.id, actor, { name: "Spices" });
    const before = { audits: (await audits(store.id)).length, events: (await events(store.id)).length };
    outbox.fail = true;
    await expect(catalog.createProduct(store.id, actor, { title: "Pepper", sku: "PEP-1", price: "1", categoryIds: [category.id] })).rejects.toThrow("outbox unavailable");
    await expect(catalog.createCollection(store.id, actor, { title: "Doomed" })).rejects.toThrow("outbox unavailable");
    await expect(catalog.deleteCategory(store.id, actor, category.id)).rejects.toThrow("outbox unavailable");
    outbox.fail = false;
    const db = storeDb(store.id);
    expect(await db.product.count({ where: { title: "Pepper" } })).toBe(0);
    expect(await db.productVariant.count({ where: { sku: "PEP-1" } })).toBe(0);
    expect(await db.productCategory.count({ where: { categoryId: category.id } })).toBe(0);
    expect(await db.collection.count({ where: { title: "Doomed" } })).toBe(0);
    expect(await db.category.count({ where: { id: category.id } })).toBe(1);
    expect({ audits: (await audits(store.id)).length, events: (await events(store.id)).length }).toEqual(before);
  });

  it("a successful write commits the change, its audit entry and its event together", async () => {
    const p = await catalog.createProduct(store.id, actor, { title: "Cloves", sku: "CLO-1", price: "2" });
    outbox.fail = true;
    await expect(catalog.updateProduct(store.id, actor, p.id, { title: "Whole cloves", status: "ACTIVE" })).rejects.toThrow();
    await expect(catalog.setProductsStatus(store.id, actor, { ids: [p.id], status: "ARCHIVED" })).rejects.toThrow();
    await expect(catalog.deleteProduct(store.id, actor, p.id)).rejects.toThrow();
    outbox.fail = false;
    expect(await catalog.getProduct(store.id, p.id)).toMatchObject({ title: "Cloves", status: "DRAFT" });
    expect((await audits(store.id)).filter((a) => a.targetId === p.id).map((a) => a.action)).toEqual(["product.created"]);
    await catalog.deleteProduct(store.id, actor, p.id);
    expect((await events(store.id)).filter((e) => (e.payload as { productId?: string }).productId === p.id).map((e) => e.type)).toEqual(["product.created", "product.deleted"]);
  });
});
