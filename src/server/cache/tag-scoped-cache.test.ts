import { beforeEach, describe, expect, it, vi } from "vitest";

// The store's tag version as the cache sees it; null = versions cannot be read.
const tag = vi.hoisted(() => ({ version: 1n as bigint | null, reads: [] as string[] }));
vi.mock("./api-response-cache", () => ({
  storefrontVersion: async (slug: string) => {
    tag.reads.push(slug);
    return tag.version;
  },
}));

import { tagScopedCache } from "./tag-scoped-cache";

let n = 0;
/** A cache over a fake store whose value counts the loads; each test gets its own cache name. */
function makeCache(slugs: Record<string, string> = { s1: "demo", s2: "acme" }) {
  const loads: string[] = [];
  const cache = tagScopedCache(
    `test-${++n}`,
    async (storeId: string) => {
      loads.push(storeId);
      return { slug: slugs[storeId]!, load: loads.length };
    },
    (v) => v.slug,
  );
  return { cache, loads };
}

beforeEach(() => {
  tag.version = 1n;
  tag.reads = [];
});

describe("tagScopedCache", () => {
  it("keeps a store's value while its tag version stays, and checks the version on every call", async () => {
    const { cache, loads } = makeCache();
    const first = await cache("s1");
    expect(await cache("s1")).toBe(first);
    expect(await cache("s1")).toBe(first);
    // The first call read once to learn the slug and once more after the version.
    expect(loads).toEqual(["s1", "s1"]);
    expect(tag.reads).toEqual(["demo", "demo", "demo"]);
  });

  it("reads again when the tag moves", async () => {
    const { cache, loads } = makeCache();
    const before = await cache("s1");
    tag.version = 2n;
    const after = await cache("s1");
    expect(after).not.toBe(before);
    expect(await cache("s1")).toBe(after);
    expect(loads).toHaveLength(3);
  });

  it("keeps stores apart: another store's value is never answered", async () => {
    const { cache } = makeCache();
    const demo = await cache("s1");
    const acme = await cache("s2");
    expect(demo.slug).toBe("demo");
    expect(acme.slug).toBe("acme");
    expect(await cache("s1")).toBe(demo);
  });

  it("keeps nothing when versions cannot be read, and then reads once per call", async () => {
    const { cache, loads } = makeCache();
    tag.version = null;
    await cache("s1");
    await cache("s1");
    expect(loads).toEqual(["s1", "s1"]);
    tag.version = 1n;
    const kept = await cache("s1");
    expect(await cache("s1")).toBe(kept);
  });

  it("reads the version before the value it keeps, so a change committed during the read is caught at the next check", async () => {
    const slugs = { s1: "demo" };
    const loads: number[] = [];
    // The change commits (the tag moves) while the value is being read.
    const cache = tagScopedCache(
      `test-${++n}`,
      async () => {
        loads.push(loads.length);
        const value = { slug: slugs.s1, load: loads.length };
        tag.version = (tag.version ?? 0n) + 1n;
        return value;
      },
      (v) => v.slug,
    );
    const raced = await cache("s1");
    // Kept under the version seen before the read: the next call sees the newer one and reads again.
    const next = await cache("s1");
    expect(next).not.toBe(raced);
  });
});
