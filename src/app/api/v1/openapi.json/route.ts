import { env } from "@/env";
import { route, toJson } from "@/server/http";
import { buildOpenApiDocument } from "@/server/openapi";

let document: string | null = null;

/**
 * GET /api/v1/openapi.json on any host: the OpenAPI 3.1 document of /api/v1. It depends only
 * on the code and the platform's address, so it is built once per instance.
 */
export const GET = route({}, async () => {
  document ??= toJson(buildOpenApiDocument(`${env().protocol}://${env().ROOT_DOMAIN}`));
  return new Response(document, {
    headers: { "content-type": "application/json", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
});
