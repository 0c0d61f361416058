import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi";

const doc = buildOpenApiDocument("http://localhost:3000");
const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The HTTP methods a route file exports (`export const GET =`, `export async function POST`, `export { GET }`). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()!.trim();
      if ((METHODS as readonly string[]).includes(name)) found.add(name);
    }
  }
  return [...found];
}

/** src/app/api/v1/admin/products/[id]/route.ts -> /api/v1/admin/products/{id} */
function templateOf(file: string): string {
  const relative = path.relative(path.resolve(API_ROOT, "../.."), path.dirname(file)).split(path.sep).join("/");
  return `/${relative}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

function resolvePointer(root: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), root);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else collectRefs(value, out);
    }
  }
  return out;
}

type TOp = { operationId: string; responses: Record<string, unknown>; parameters?: { name: string; in: string; required?: boolean; schema: Record<string, unknown> }[] };
const operations = () =>
  Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ path: p, method, op: op as unknown as TOp })));

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, paths and components", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc).toMatchObject({ info: { title: expect.any(String), version: expect.any(String) } });
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
    expect(Object.keys((doc.components as { securitySchemes: object }).securitySchemes)).toEqual(expect.arrayContaining(["apiKey", "platformSession", "customerSession"]));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("gives every operation a unique id and responses, and declares every path parameter", () => {
    const ids = new Set<string>();
    for (const { path: p, method, op } of operations()) {
      expect(["get", "post", "put", "patch", "delete"]).toContain(method);
      expect(ids.has(op.operationId), op.operationId).toBe(false);
      ids.add(op.operationId);
      expect(Object.keys(op.responses).length, `${method} ${p}`).toBeGreaterThan(1);
      const templated = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name);
      expect(declared.sort(), `${method} ${p}`).toEqual(templated.sort());
      for (const param of op.parameters ?? []) if (param.in === "path") expect(param.required).toBe(true);
    }
  });

  it("resolves every $ref inside the document, and uses no schema-local $defs", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(resolvePointer(doc, r), r).toBeTruthy();
    expect(JSON.stringify(doc)).not.toContain("$defs");
    expect(JSON.stringify(doc)).not.toContain('"$id"');
  });

  it("documents every exported handler of every route under src/app/api/v1", () => {
    const files = routeFiles(API_ROOT);
    expect(files.length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const file of files) {
      const methods = exportedMethods(readFileSync(file, "utf8"));
      const template = templateOf(file);
      for (const method of methods) if (!doc.paths[template]?.[method.toLowerCase()]) missing.push(`${method} ${template}`);
    }
    expect(missing).toEqual([]);
    const documented = operations().length;
    const exported = files.reduce((n, f) => n + exportedMethods(readFileSync(f, "utf8")).length, 0);
    expect(documented).toBe(exported);
  });

  it("describes the storefront product list's parameters from the route's schema", () => {
    const list = doc.paths["/api/v1/storefront/products"]!.get as unknown as TOp;
    const byName = Object.fromEntries((list.parameters ?? []).map((x) => [x.name, x]));
    expect(Object.keys(byName).sort()).toEqual(["category", "page", "pageSize", "q", "sort"]);
    expect(byName.pageSize!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 24 });
    expect(byName.sort!.schema).toMatchObject({ enum: ["newest", "price-asc", "price-desc", "relevance"] });
    expect(list.responses["200"]).toEqual({ description: expect.any(String), content: { "application/json": { schema: { $ref: "#/components/schemas/StorefrontProductList" } } } });
    expect(list.responses["422"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
  });

  it("has the error envelope, the storefront shapes (recursive category tree) and the admin inputs", () => {
    const schemas = (doc.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
    expect(schemas.Error).toMatchObject({ properties: { error: { required: expect.arrayContaining(["code", "message", "requestId"]) } } });
    expect(schemas.StorefrontCategoryTree).toBeDefined();
    expect(JSON.stringify(schemas)).toContain('"#/components/schemas/');
    expect(schemas.ProductInput).toMatchObject({ type: "object", properties: { title: { type: "string" }, variants: { type: "array" } } });
    expect(schemas.StorefrontProduct).toMatchObject({ properties: { variants: { type: "array" }, media: { type: "array" } } });
    const admin = doc.paths["/api/v1/admin/products/{id}"]!.patch as unknown as { security: unknown; requestBody: unknown };
    expect(admin.security).toEqual([{ apiKey: [] }, { platformSession: [] }]);
    expect(admin.requestBody).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/ProductPatch" } } } });
  });
});
