/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse. A new
 * route adds its operation to operations.ts (the unit test fails until it does).
 */
export { buildOpenApiDocument, ZErrorEnvelope, type TOpenApiDocument } from "./build-openapi";
export { OPERATIONS, type TOperation } from "./operations";
