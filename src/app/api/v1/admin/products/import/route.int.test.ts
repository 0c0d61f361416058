import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { disconnectDb, platformDb, storeDb } from "@/server/db";

const importRoute = await import("./route");
const exportRoute = await import("../export/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/products";
const HEADER = "handle,title,sku,price,categories\r\n";
let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let writeKey: string;
let readKey: string;
let keyB: string;

const post = (mode: string, body: string, key?: string, headers: Record<string, string> = {}) =>
  importRoute.POST(new Request(`${BASE}/import?mode=${mode}`, { method: "POST", headers: { "content-type": "text/csv", ...(key && { authorization: `Bearer ${key}` }), ...headers }, body }));
const exportCsv = (key: string, query = "") => exportRoute.GET(new Request(`${BASE}/export${query}`, { headers: { authorization: `Bearer ${key}` } }));

beforeAll(async () => {
  const owner = (await platformDb().platformUser.create({ data: { email: `csv-api-${run}@example.com`, name: "Owner", passwordHash: "x" } })).id;
  const mk = (slug: string) => platformDb().store.create({ data: { slug: `${slug}-${run}`, name: slug, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true, slug: true } });
  storeA = await mk("csv-api-a");
  storeB = await mk("csv-api-b");
  const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, { userId: owner }, { name: "csv test", scopes })).key;
  writeKey = await key(storeA.id, ["catalog:read", "catalog:write"]);
  readKey = await key(storeA.id, ["catalog:read"]);
  keyB = await key(storeB.id, ["catalog:read", "catalog:write"]);
  await storeDb(storeB.id).category.create({ data: { storeId: storeB.id, handle: "b-only", name: "B only" } });
});
afterAll(disconnectDb);

describe("POST /api/v1/admin/products/import", () => {
  it("refuses missing auth, a read-only key, a wrong content type, an oversized body, non-UTF-8 bytes and a bad mode", async () => {
    expect((await post("dry-run", HEADER)).status).toBe(401);
    expect((await post("dry-run", HEADER, readKey)).status).toBe(403);
    expect((await post("dry-run", HEADER, writeKey, { "content-type": "application/json" })).status).toBe(415);
    expect((await post("dry-run", HEADER, writeKey, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("dry-run", HEADER, writeKey, { "content-length": String(21 * 1024 * 1024) })).status).toBe(413);
    const latin1 = await importRoute.POST(
      new Request(`${BASE}/import?mode=dry-run`, { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${writeKey}` }, body: new Uint8Array([0x68, 0x0d, 0x0a, 0xe9]) }),
    );
    expect(latin1.status).toBe(400);
    expect((await post("wet-run", HEADER, writeKey)).status).toBe(422);
  });

  it("dry-run reports bad rows and writes nothing; apply streams progress and the result; export returns the same file", async () => {
    const bad = `${HEADER}mug,Mug,MUG-1,4.999,\r\nbowl,Bowl,BOWL-1,3,b-only\r\n`;
    const dry = await post("dry-run", bad, writeKey);
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({
      mode: "dry-run",
      valid: false,
      issues: [
        { line: 2, row: 2, handle: "mug", sku: "MUG-1", reasons: ["price: USD amounts have at most 2 decimal places"] },
        { line: 3, row: 3, handle: "bowl", sku: "BOWL-1", reasons: ['categories: Unknown category handle "b-only"'] },
      ],
    });
    const refused = await post("apply", bad, writeKey);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { details: { issues: unknown[] } } }).error.details.issues).toHaveLength(2);
    expect(await storeDb(storeA.id).product.count()).toBe(0);

    const good = `${HEADER}mug,Mug,MUG-1,4.99,\r\nbowl,Bowl,BOWL-1,3,\r\n`;
    const streamed = await post("apply", good, writeKey, { accept: "application/x-ndjson" });
    expect(streamed.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await streamed.text()).trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(lines[0]).toMatchObject({ type: "progress", phase: "checking" });
    expect(lines.at(-1)).toMatchObject({ type: "result", mode: "apply", summary: { products: { created: 2 } } });
    expect(lines.some((l) => l.type === "progress" && (l as { phase?: string }).phase === "writing")).toBe(true);

    const exported = await exportCsv(readKey);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await exported.text();
    expect(text.split("\r\n").slice(1, 3).map((l) => l.split(",")[0])).toEqual(["bowl", "mug"]);
    const again = await post("apply", text, writeKey);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ summary: { products: { created: 0, updated: 0, unchanged: 2 } } });

    const conflicting = await post("apply", `${HEADER}cup,Cup,MUG-1,1,\r\n`, writeKey, { accept: "application/x-ndjson" });
    const last = JSON.parse((await conflicting.text()).trim().split("\n").at(-1)!) as { type: string; status: number; error: { code: string } };
    expect(last).toMatchObject({ type: "error", status: 422, error: { code: "VALIDATION_FAILED" } });
  });

  it("cross-tenant: store B's key imports into B only, cannot name store A, and B's export has none of A's products", async () => {
    const named = await importRoute.POST(
      new Request(`${BASE}/import?mode=apply&store=${storeA.slug}`, { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${keyB}` }, body: `${HEADER}mug,Stolen,MUG-1,1,\r\n` }),
    );
    expect(named.status).toBe(404);
    const before = await storeDb(storeA.id).product.findMany({ orderBy: { handle: "asc" }, include: { variants: true } });
    const applied = await post("apply", `${HEADER}mug,B mug,MUG-1,1,b-only\r\n`, keyB);
    expect(applied.status).toBe(200);
    expect(await storeDb(storeA.id).product.findMany({ orderBy: { handle: "asc" }, include: { variants: true } })).toEqual(before);
    const text = await (await exportCsv(keyB)).text();
    expect(text).toContain("B mug");
    expect(text).not.toContain("Bowl");
    expect((await exportCsv(keyB, `?store=${storeA.slug}`)).status).toBe(404);
  });
});
