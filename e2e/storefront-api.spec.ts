import { expect, test } from "@playwright/test";
import { ACME, DEMO, platformUrl, storeApi } from "./support";

/**
 * The headless storefront API against the seeded demo catalogs: the store comes from the Host
 * header, `acme`'s handles are 404 on demo's host, bad parameters are 422, and the OpenAPI
 * document describes it all.
 */

type TList = { items: { handle: string; title: string; price: string; currency: string; image: { url: string } | null }[]; page: number; pageSize: number; total: number; pageCount: number };

async function getJson<T>(request: import("@playwright/test").APIRequestContext, slug: string, path: string) {
  const api = storeApi(slug, path);
  const res = await request.get(api.url, { headers: api.headers });
  return { res, json: (await res.json()) as T };
}

test("lists demo's products with paging, cache headers and image URLs on demo's host", async ({ request }) => {
  const { res, json } = await getJson<TList>(request, DEMO.slug, "/api/v1/storefront/products?pageSize=5");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=1");
  expect(res.headers()["vary"]).toContain("Host");
  expect(json).toMatchObject({ page: 1, pageSize: 5 });
  expect(json.items).toHaveLength(5);
  expect(json.total).toBeGreaterThanOrEqual(60);
  expect(json.pageCount).toBe(Math.ceil(json.total / 5));
  for (const item of json.items) {
    expect(item.currency).toBe("LKR");
    expect(item.price).toMatch(/^\d+\.\d{2}$/);
  }
  const withImage = json.items.find((i) => i.image);
  expect(withImage?.image?.url).toMatch(new RegExp(`^https?://${DEMO.slug}\\.localhost:\\d+/media/`));
  const page2 = await getJson<TList>(request, DEMO.slug, "/api/v1/storefront/products?pageSize=5&page=2");
  expect(page2.json.items.map((i) => i.handle)).not.toEqual(json.items.map((i) => i.handle));
});

test("search finds a product's distinctive word first, and never another store's products", async ({ request }) => {
  const { json } = await getJson<TList>(request, DEMO.slug, "/api/v1/storefront/products?q=cinnamon");
  expect(json.items[0]?.title).toBe("Alba True Cinnamon Quills");
  const onDemo = await getJson<TList>(request, DEMO.slug, "/api/v1/storefront/products?q=ridgeline");
  expect(onDemo.json.items).toEqual([]);
  const onAcme = await getJson<TList>(request, ACME.slug, "/api/v1/storefront/products?q=ridgeline");
  expect(onAcme.json.items[0]?.title).toBe("Ridgeline Rain Shell");
  expect(onAcme.json.items[0]?.currency).toBe("USD");
});

test("filters by category and sorts by price", async ({ request }) => {
  const { res, json } = await getJson<TList>(request, DEMO.slug, "/api/v1/storefront/products?category=tea&sort=price-asc&pageSize=100");
  expect(res.status()).toBe(200);
  expect(json.items.length).toBeGreaterThan(1);
  const prices = json.items.map((i) => Number(i.price));
  expect(prices).toEqual([...prices].sort((x, y) => x - y));
  const unknown = await getJson<{ error: { code: string } }>(request, DEMO.slug, "/api/v1/storefront/products?category=no-such-category");
  expect(unknown.res.status()).toBe(404);
});

test("refuses pageSize above 100 with 422 naming the field", async ({ request }) => {
  const { res, json } = await getJson<{ error: { code: string; details: { fields: { path: string }[] }; requestId: string } }>(
    request,
    DEMO.slug,
    "/api/v1/storefront/products?pageSize=101",
  );
  expect(res.status()).toBe(422);
  expect(json.error.code).toBe("VALIDATION_FAILED");
  expect(json.error.details.fields.map((f) => f.path)).toEqual(["pageSize"]);
  expect(json.error.requestId).toBeTruthy();
});

test("a product by handle on its own host; acme's handle on demo's host is 404 without a trace", async ({ request }) => {
  const { res, json } = await getJson<{ handle: string; title: string; currency: string; variants: { price: string; sku: string }[]; media: { url: string }[]; descriptionHtml: string }>(
    request,
    DEMO.slug,
    "/api/v1/storefront/products/alba-true-cinnamon-quills",
  );
  expect(res.status()).toBe(200);
  expect(json).toMatchObject({ handle: "alba-true-cinnamon-quills", title: "Alba True Cinnamon Quills", currency: "LKR" });
  expect(json.variants.length).toBeGreaterThan(0);
  for (const v of json.variants) expect(v.price).toMatch(/^\d+\.\d{2}$/);
  expect(json.descriptionHtml).not.toContain("<script");

  const foreign = await getJson<Record<string, unknown>>(request, DEMO.slug, "/api/v1/storefront/products/ridgeline-rain-shell");
  expect(foreign.res.status()).toBe(404);
  expect(JSON.stringify(foreign.json)).not.toContain("Ridgeline");
  const own = await getJson<{ title: string }>(request, ACME.slug, "/api/v1/storefront/products/ridgeline-rain-shell");
  expect(own.json.title).toBe("Ridgeline Rain Shell");
});

test("the category tree is the host's own", async ({ request }) => {
  type TNode = { handle: string; name: string; url: string; children: TNode[] };
  const demo = await getJson<{ categories: TNode[] }>(request, DEMO.slug, "/api/v1/storefront/categories");
  expect(demo.res.status()).toBe(200);
  expect(demo.json.categories.length).toBeGreaterThanOrEqual(6);
  const tea = demo.json.categories.find((c) => c.handle === "tea");
  expect(tea?.name).toBe("Ceylon Tea");
  expect(tea?.url).toMatch(new RegExp(`^https?://${DEMO.slug}\\.localhost:\\d+/categories/tea$`));
  const acme = await getJson<{ categories: TNode[] }>(request, ACME.slug, "/api/v1/storefront/categories");
  expect(acme.json.categories.map((c) => c.handle)).not.toContain("tea");
});

test("the storefront API is not served on the platform host", async ({ request }) => {
  const res = await request.get(platformUrl("/api/v1/storefront/products"));
  expect(res.status()).toBe(404);
});

test("the OpenAPI 3.1 document is served and describes the storefront API", async ({ request }) => {
  const res = await request.get(platformUrl("/api/v1/openapi.json"));
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.paths["/api/v1/storefront/products"]?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["q", "category", "sort", "page", "pageSize"]));
  expect(doc.paths["/api/v1/storefront/products/{handle}"]?.get).toBeTruthy();
  expect(doc.paths["/api/v1/storefront/categories"]?.get).toBeTruthy();
  // On a store host too, once the proxy lists the document among the APIs served on every host.
  const onStore = storeApi(DEMO.slug, "/api/v1/openapi.json");
  const storeRes = await request.get(onStore.url, { headers: onStore.headers });
  expect(storeRes.status()).toBe(200);
  expect(((await storeRes.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
