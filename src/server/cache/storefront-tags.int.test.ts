import { describe, expect, it } from "vitest";
import { createProduct, updateStoreTheme } from "@/server/catalog";
import { failure, makeActor, makeStore } from "@/server/catalog/int-test-support";
import { platformDb, storeDb } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import { storefrontTag } from "./storefront-tags";
import { databaseTagQuery, TagVersions } from "./tag-versions.mjs";

async function version(slug: string): Promise<bigint> {
  const row = await platformDb().cacheTag.findUnique({ where: { tag: storefrontTag(slug) }, select: { version: true } });
  return row?.version ?? 0n;
}

describe("storefront cache tags", () => {
  it("a catalog or theme change bumps its own store's tag and no other store's", async () => {
    const [a, b] = [await makeStore("tag-a"), await makeStore("tag-b")];
    const actor = await makeActor();
    const [a0, b0] = [await version(a.slug), await version(b.slug)];
    await createProduct(a.id, actor, { title: "Tagged tea", status: "ACTIVE", sku: `TAG-${a.slug}`, price: "100.00" });
    expect(await version(a.slug)).toBe(a0 + 1n);
    await updateStoreTheme(a.id, actor, { announcement: "Sale" });
    expect(await version(a.slug)).toBe(a0 + 2n);
    expect(await version(b.slug)).toBe(b0);
  });

  it("a change that rolls back leaves the tag where it was, and events that shoppers do not see do not bump it", async () => {
    const store = await makeStore("tag-rb");
    const actor = await makeActor();
    await createProduct(store.id, actor, { title: "First", status: "ACTIVE", sku: `RB-${store.slug}`, price: "1.00" });
    const before = await version(store.slug);
    const error = await failure(createProduct(store.id, actor, { title: "Duplicate SKU", status: "ACTIVE", sku: `RB-${store.slug}`, price: "1.00" }));
    expect(error.code).toBe("CONFLICT");
    await storeDb(store.id).$transaction((tx) => enqueueEvent(tx, { type: "mail.send", storeId: store.id, payload: {} }));
    expect(await version(store.slug)).toBe(before);
  });

  it("the page cache's version reader sees a committed bump on its next poll", async () => {
    const store = await makeStore("tag-read");
    const actor = await makeActor();
    const reader = new TagVersions({ query: databaseTagQuery(process.env.DATABASE_URL!), pollMs: 0 });
    const [v0] = await reader.versions([storefrontTag(store.slug)]);
    await createProduct(store.id, actor, { title: "Seen", status: "ACTIVE", sku: `RD-${store.slug}`, price: "1.00" });
    const [v1] = await reader.versions([storefrontTag(store.slug)]);
    expect(v1).toBe((v0 ?? 0n) + 1n);
  });
});
