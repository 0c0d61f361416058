import { describe, expect, it } from "vitest";
import { entryTags, PageCache } from "./page-cache-handler.mjs";
import { TagVersions } from "./tag-versions.mjs";

const PAGE = "/route-cache/APP_PAGE/abc/$/s/demo/products/tea";
const OTHER = "/route-cache/APP_PAGE/abc/$/s/acme/products/tea";
const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });

/** A version source the test moves by hand, counting its reads. */
function versions(initial: Record<string, bigint> = {}) {
  const state = new Map(Object.entries(initial));
  let reads = 0;
  return {
    bump: (tag: string) => state.set(tag, (state.get(tag) ?? 0n) + 1n),
    get reads() {
      return reads;
    },
    async versions(tags: string[]) {
      reads++;
      return tags.map((t) => state.get(t) ?? 0n);
    },
  };
}

describe("entryTags", () => {
  it("derives the store's tag from a storefront page key and keeps given storefront tags", () => {
    expect(entryTags(PAGE, undefined)).toEqual(["storefront:demo"]);
    expect(entryTags("/route-cache/APP_PAGE/abc/$/s/demo", [])).toEqual(["storefront:demo"]);
    expect(entryTags("fetchkeyhash", ["storefront:acme", "_N_T_/layout"])).toEqual(["storefront:acme"]);
    expect(entryTags("/route-cache/APP_PAGE/abc/$/index", undefined)).toEqual([]);
  });
});

describe("PageCache", () => {
  it("serves an entry until its store's tag moves, then renders again", async () => {
    const source = versions();
    const cache = new PageCache({ versions: source, maxBytes: 1e6 });
    expect(await cache.get(PAGE, {})).toBeNull();
    await cache.set(PAGE, page("v1"), {});
    expect((await cache.get(PAGE, {}))?.value.html).toBe("v1");
    source.bump("storefront:demo");
    expect(await cache.get(PAGE, {})).toBeNull();
    await cache.set(PAGE, page("v2"), {});
    expect((await cache.get(PAGE, {}))?.value.html).toBe("v2");
  });

  it("never answers one store's key with another store's entry, and a change of one store keeps the other's", async () => {
    const source = versions();
    const cache = new PageCache({ versions: source, maxBytes: 1e6 });
    await cache.get(PAGE, {});
    await cache.set(PAGE, page("demo"), {});
    expect(await cache.get(OTHER, {})).toBeNull();
    await cache.set(OTHER, page("acme"), {});
    source.bump("storefront:demo");
    expect(await cache.get(PAGE, {})).toBeNull();
    expect((await cache.get(OTHER, {}))?.value.html).toBe("acme");
  });

  it("stamps an entry with the versions seen before its render, so a render that raced a change is dropped", async () => {
    const source = versions();
    const cache = new PageCache({ versions: source, maxBytes: 1e6 });
    expect(await cache.get(PAGE, {})).toBeNull(); // render starts at version 0
    source.bump("storefront:demo"); // the change commits while it renders (old data read)
    await cache.set(PAGE, page("rendered from old data"), {});
    expect(await cache.get(PAGE, {})).toBeNull();
  });

  it("stamps overlapping renders of one key with the oldest one's versions, whichever ends first", async () => {
    for (const order of ["fresh render ends first", "old render ends first"] as const) {
      const source = versions();
      const cache = new PageCache({ versions: source, maxBytes: 1e6 });
      expect(await cache.get(PAGE, {})).toBeNull(); // render A (say an RSC prefetch) begins at version 0
      source.bump("storefront:demo"); // a change commits while A still renders from the old data
      expect(await cache.get(PAGE, {})).toBeNull(); // render B (the HTML request) begins at version 1
      const a = () => cache.set(PAGE, page("A: old data"), {});
      const b = () => cache.set(PAGE, page("B: new data"), {});
      if (order === "fresh render ends first") await b().then(a);
      else await a().then(b);
      // Whatever was stored last carries version 0, so it is dropped and rendered again...
      expect(await cache.get(PAGE, {}), order).toBeNull();
      // ... and the next render, alone, is stamped with the current version and kept.
      await cache.set(PAGE, page("C: new data"), {});
      expect((await cache.get(PAGE, {}))?.value.html, order).toBe("C: new data");
    }
  });

  it("forgets a lookup whose render never came back after a minute", async () => {
    let now = 0;
    const source = versions();
    const cache = new PageCache({ versions: source, maxBytes: 1e6, now: () => now });
    expect(await cache.get(PAGE, {})).toBeNull(); // a render that never ends (an error page, say)
    source.bump("storefront:demo");
    now = 61_000;
    expect(await cache.get(PAGE, {})).toBeNull();
    await cache.set(PAGE, page("fresh"), {});
    expect((await cache.get(PAGE, {}))?.value.html).toBe("fresh");
  });

  it("does not cache store pages when versions cannot be read", async () => {
    const cache = new PageCache({
      versions: { versions: async () => Promise.reject(new Error("database down")) },
      maxBytes: 1e6,
    });
    expect(await cache.get(PAGE, {})).toBeNull();
    await cache.set(PAGE, page("x"), {});
    expect(await cache.get(PAGE, {})).toBeNull();
  });

  it("evicts the least recently used entries beyond its byte budget", async () => {
    const cache = new PageCache({ versions: versions(), maxBytes: 4000 });
    const key = (n: number) => `/route-cache/APP_PAGE/abc/$/s/demo/products/p${n}`;
    for (const n of [1, 2, 3, 4]) await cache.set(key(n), page("x".repeat(300)), {});
    await cache.get(key(1), {}); // p1 is now the most recent
    await cache.set(key(5), page("x".repeat(300)), {});
    expect(await cache.get(key(1), {})).not.toBeNull();
    expect(await cache.get(key(2), {})).toBeNull();
    expect(await cache.get(key(5), {})).not.toBeNull();
    expect(cache.bytes).toBeLessThanOrEqual(4000);
  });
});

describe("TagVersions", () => {
  it("batches lookups of one tick into one query and remembers versions for pollMs", async () => {
    let now = 1000;
    const queries: string[][] = [];
    let version = 3n;
    const tv = new TagVersions({
      pollMs: 500,
      now: () => now,
      query: async (tags) => {
        queries.push(tags);
        return tags.filter((t) => t === "storefront:demo").map((tag) => ({ tag, version }));
      },
    });
    expect(await Promise.all([tv.versions(["storefront:demo"]), tv.versions(["storefront:acme", "storefront:demo"])])).toEqual([[3n], [0n, 3n]]);
    expect(queries).toEqual([["storefront:demo", "storefront:acme"]]);
    version = 4n;
    now += 499;
    expect(await tv.versions(["storefront:demo"])).toEqual([3n]);
    now += 1;
    expect(await tv.versions(["storefront:demo"])).toEqual([4n]);
    expect(queries).toHaveLength(2);
  });

  it("does not remember a read that was under way when this process forgot its versions", async () => {
    let version = 1n;
    const queries: string[][] = [];
    let release: () => void = () => {};
    const tv = new TagVersions({
      pollMs: 500,
      query: async (tags) => {
        queries.push(tags);
        const answer = tags.map((tag) => ({ tag, version }));
        if (queries.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return answer;
      },
    });
    const before = tv.versions(["storefront:demo"]); // reads version 1...
    await new Promise((resolve) => setTimeout(resolve, 0));
    version = 2n; // ...a write in this process commits version 2 and forgets
    tv.forgetAll();
    release();
    expect(await before).toEqual([1n]);
    expect(await tv.versions(["storefront:demo"])).toEqual([2n]);
    expect(queries).toHaveLength(2);
  });
});
