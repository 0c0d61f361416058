import { describe, expect, it } from "vitest";
import { GET } from "./route";

// The route reads the platform address from the configuration, which requires a database URL (never used here).
process.env.DATABASE_URL ??= "mysql://root@127.0.0.1:3306/unused";

describe("GET /api/v1/openapi.json", () => {
  it("serves the generated OpenAPI 3.1 document as JSON", async () => {
    const res = await GET(new Request("http://localhost:3000/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const doc = (await res.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]!.url).toMatch(/^https?:\/\//);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/storefront/products", "/api/v1/storefront/products/{handle}", "/api/v1/storefront/categories", "/api/v1/admin/products/{id}"]));
  });
});
