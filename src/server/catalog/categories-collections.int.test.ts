import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import {
  createCategory,
  createCollection,
  createProduct,
  deleteCategory,
  deleteCollection,
  getCategory,
  getCollection,
  listCategories,
  listCollections,
  updateCategory,
  updateCollection,
} from "./index";
import { audits, events, failure, fieldPaths, makeActor, makeStore } from "./int-test-support";

let store: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
beforeAll(async () => {
  store = await makeStore("cat-tree");
  actor = await makeActor();
});
afterAll(disconnectDb);

describe("categories", () => {
  it("nests, orders and lists as a tree; refuses cycles", async () => {
    const home = await createCategory(store.id, actor, { name: "Home & Living" });
    const kitchen = await createCategory(store.id, actor, { name: "Kitchen", parentId: home.id });
    const pots = await createCategory(store.id, actor, { name: "Pots", parentId: kitchen.id, description: "Clay **pots**" });
    const bath = await createCategory(store.id, actor, { name: "Bath", parentId: home.id, position: 0 });
    expect(home.handle).toBe("home-living");
    expect(kitchen.position).toBe(0);
    const tree = await listCategories(store.id);
    const root = tree.find((n) => n.id === home.id)!;
    expect(root.children.map((c) => c.name)).toEqual(["Bath", "Kitchen"]);
    expect(root.children[1]!.children.map((c) => c.id)).toEqual([pots.id]);
    expect(bath.parentId).toBe(home.id);

    for (const parentId of [home.id, pots.id, kitchen.id]) {
      const cycle = await failure(updateCategory(store.id, actor, parentId === kitchen.id ? kitchen.id : home.id, { parentId }));
      expect(cycle.code).toBe("VALIDATION_FAILED");
      expect(fieldPaths(cycle)).toEqual(["parentId"]);
    }
    expect((await getCategory(store.id, home.id))!.parentId).toBeNull();
    const moved = await updateCategory(store.id, actor, pots.id, { parentId: home.id, name: "Clay pots" });
    expect(moved).toMatchObject({ parentId: home.id, name: "Clay pots", handle: "pots" });
    const top = await updateCategory(store.id, actor, pots.id, { parentId: null });
    expect(top.parentId).toBeNull();
  });

  it("refuses a taken handle with 409, and moves children up on delete", async () => {
    const a = await createCategory(store.id, actor, { name: "Garden", handle: "garden" });
    expect(fieldPaths(await failure(createCategory(store.id, actor, { name: "Other", handle: "garden" })))).toEqual(["handle"]);
    expect(fieldPaths(await failure(updateCategory(store.id, actor, a.id, { handle: "home-living" })))).toEqual(["handle"]);
    const b = await createCategory(store.id, actor, { name: "Tools", parentId: a.id });
    const c = await createCategory(store.id, actor, { name: "Spades", parentId: b.id });
    const product = await createProduct(store.id, actor, { title: "Trowel", sku: "TROWEL", price: "5", categoryIds: [b.id] });
    expect((await getCategory(store.id, b.id))!.productCount).toBe(1);
    await deleteCategory(store.id, actor, b.id);
    expect((await getCategory(store.id, c.id))!.parentId).toBe(a.id);
    expect(await getCategory(store.id, b.id)).toBeNull();
    expect((await events(store.id, "category.deleted")).at(-1)!.payload).toEqual({ categoryId: b.id, handle: "tools", parentId: a.id, movedCategoryIds: [c.id] });
    expect((await audits(store.id, "category.deleted")).at(-1)).toMatchObject({ targetId: b.id, actorId: actor.userId });
    expect(product.categoryIds).toEqual([b.id]);
    expect((await failure(deleteCategory(store.id, actor, b.id))).code).toBe("NOT_FOUND");
  });
});

describe("collections", () => {
  it("keeps products in the given order, replaces them, and clears the home collection on delete", async () => {
    const [p1, p2, p3] = await Promise.all(["One", "Two", "Three"].map((t, i) => createProduct(store.id, actor, { title: `Coll ${t}`, sku: `COLL-${i}`, price: "1" })));
    const featured = await createCollection(store.id, actor, { title: "Featured", productIds: [p3!.id, p1!.id] });
    expect(featured).toMatchObject({ handle: "featured", productIds: [p3!.id, p1!.id] });
    const updated = await updateCollection(store.id, actor, featured.id, { productIds: [p2!.id, p3!.id, p1!.id], title: "Featured now" });
    expect(updated).toMatchObject({ title: "Featured now", handle: "featured", productIds: [p2!.id, p3!.id, p1!.id] });
    expect((await listCollections(store.id)).find((c) => c.id === featured.id)).toMatchObject({ productCount: 3 });
    expect(fieldPaths(await failure(createCollection(store.id, actor, { title: "X", handle: "featured" })))).toEqual(["handle"]);
    expect((await createCollection(store.id, actor, { title: "Featured" })).handle).toBe("featured-2");

    await platformDb().store.update({ where: { id: store.id }, data: { homeCollectionId: featured.id } });
    await deleteCollection(store.id, actor, featured.id);
    expect(await getCollection(store.id, featured.id)).toBeNull();
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: store.id } })).homeCollectionId).toBeNull();
    expect((await events(store.id)).filter((e) => e.type.startsWith("collection.")).map((e) => e.type)).toEqual(["collection.created", "collection.updated", "collection.created", "collection.deleted"]);
  });
});
