import { z } from "zod";
import { ERROR_CODES } from "@/server/errors";
import { ZApiCategoryNode } from "@/server/storefront/api-schemas";
import { OPERATIONS, type TOperation, type TSecurity } from "./operations";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse
 * (zod's JSON Schema output is draft 2020-12, the dialect of OpenAPI 3.1). Request bodies and
 * parameters are described as the client sends them (zod "input": before defaults and
 * transforms), responses as the server returns them ("output"). Named schemas go to
 * components.schemas and are referenced with $ref; nothing else is a $ref.
 */

type TJson = Record<string, unknown>;
export type TOpenApiDocument = TJson & { openapi: "3.1.0"; paths: Record<string, Record<string, TJson>>; components: TJson };

export const ZErrorEnvelope = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
    message: z.string().describe("For people; do not parse"),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("E.g. fields: [{path, message, code}] for VALIDATION_FAILED, retryAfterSeconds for RATE_LIMITED"),
    requestId: z.string().describe("Also in the x-request-id header; quote it to support"),
  }),
});

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "Not signed in, or no valid API key",
  403: "Signed in, but lacking the permission or scope",
  404: "Not found (including other stores' records and non-store hosts)",
  409: "Conflicts with existing data (e.g. a handle or SKU in use)",
  413: "Body too large",
  415: "Wrong content type",
  422: "Invalid parameters or body (details.fields lists each problem)",
  429: "Too many requests (Retry-After says when to retry)",
};

const SECURITY_SCHEMES = {
  apiKey: { type: "http", scheme: "bearer", bearerFormat: "ek_<id>_<secret>", description: "A store API key (dashboard > API keys); its scopes are permissions" },
  platformSession: {
    type: "apiKey",
    in: "cookie",
    name: "ecom.platform.session",
    description: "A dashboard session on the platform host (__Secure- prefixed over https); /admin calls then name the store with ?store=<slug>",
  },
  customerSession: {
    type: "apiKey",
    in: "cookie",
    name: "ecom.customer.session",
    description: "A customer's session on the store's host (__Secure- prefixed over https)",
  },
};

const STORE_PARAM = {
  name: "store",
  in: "query",
  required: false,
  description: "The store's slug; required with a dashboard session, ignored with an API key",
  schema: { type: "string" },
};

function securityOf(security: TSecurity): TJson[] | undefined {
  if (security === "adminApi") return [{ apiKey: [] }, { platformSession: [] }];
  if (security === "platformSession") return [{ platformSession: [] }];
  if (security === "customerSession") return [{ customerSession: [] }];
  return [];
}

/** Drops the keywords that only make sense at a document's root ($schema, $id). */
function component(schema: TJson): TJson {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Parameters from an object schema's properties (input view: what the client writes). */
function parameters(schema: z.ZodObject, location: "path" | "query"): TJson[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, TJson>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: propertySchema,
    };
  });
}

/** Every named schema, converted through one registry per direction so shared names become $refs. */
function namedSchemas(operations: TOperation[]): TJson {
  const inputs = z.registry<{ id: string }>();
  const outputs = z.registry<{ id: string }>();
  const add = (registry: typeof inputs, name: string, schema: z.ZodType) => {
    const existing = registry.get(schema);
    if (existing && existing.id !== name) throw new Error(`One schema registered as ${existing.id} and ${name}`);
    if (!existing) registry.add(schema, { id: name });
  };
  add(outputs, "Error", ZErrorEnvelope);
  // Recursive schemas are named, so their self-reference is a component $ref.
  add(outputs, "StorefrontCategory", ZApiCategoryNode);
  for (const op of operations) {
    if (op.body) add(inputs, op.body.name, op.body.schema);
    for (const response of Object.values(op.responses)) if (response.schema && response.name) add(outputs, response.name, response.schema);
  }
  const uri = (id: string) => `#/components/schemas/${id}`;
  const converted = {
    ...z.toJSONSchema(inputs, { io: "input", unrepresentable: "any", uri }).schemas,
    ...z.toJSONSchema(outputs, { io: "output", unrepresentable: "any", uri }).schemas,
  } as Record<string, TJson>;
  return hoistShared(Object.fromEntries(Object.entries(converted).map(([name, schema]) => [name, component(schema)])));
}

/**
 * zod puts unnamed schemas that must be referenced (a cycle through an unnamed schema) in a
 * "__shared" entry with $defs, referenced as "#/components/schemas/__shared#/$defs/x", which
 * is not a JSON pointer into this document: each becomes a component of its own.
 */
function hoistShared(schemas: Record<string, TJson>): TJson {
  const { __shared: shared, ...rest } = schemas;
  const defs = ((shared as TJson | undefined)?.$defs ?? {}) as Record<string, TJson>;
  const all: TJson = { ...rest };
  for (const [name, def] of Object.entries(defs)) all[`Shared_${name}`] = def;
  return JSON.parse(JSON.stringify(all).replace(/#\/components\/schemas\/__shared#\/\$defs\/([A-Za-z0-9_]+)/g, "#/components/schemas/Shared_$1")) as TJson;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function operationObject(op: TOperation): TJson {
  const params = [
    ...(op.params ? parameters(op.params, "path") : []),
    ...(op.query ? parameters(op.query, "query") : []),
    ...(op.security === "adminApi" ? [STORE_PARAM] : []),
  ];
  const responses: TJson = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = response.schema && response.name
      ? { description: response.description, content: { [response.contentType ?? "application/json"]: { schema: ref(response.name) } } }
      : { description: response.description };
  }
  for (const status of op.errors) {
    responses[String(status)] = { description: STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: ref("Error") } } };
  }
  responses.default = { description: "Unexpected error (500, only the request id)", content: { "application/json": { schema: ref("Error") } } };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { [op.body.contentType ?? "application/json"]: { schema: ref(op.body.name) } } } }
      : {}),
    responses,
    security: securityOf(op.security),
  };
}

/** Builds the document; `serverUrl` is the platform's origin (store hosts serve the storefront paths). */
export function buildOpenApiDocument(serverUrl?: string): TOpenApiDocument {
  const paths: Record<string, Record<string, TJson>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "ECOM API",
      version: "1.0.0",
      description:
        "The headless storefront API (on a store's host: the Host header names the store), the merchant admin API " +
        "(a store API key, or a dashboard session with ?store=<slug>) and the platform API. Errors share one envelope. " +
        "Prices are decimal strings in the store's currency.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl, description: "The platform host; storefront paths are served on each store's host" }] } : {}),
    tags: [
      { name: "Storefront", description: "Public catalog reads on a store's host" },
      { name: "Storefront account", description: "Customer registration and account on a store's host" },
      { name: "Admin", description: "The merchant admin API" },
      { name: "Platform", description: "Platform administration" },
      { name: "Meta", description: "This document" },
    ],
    paths,
    components: { schemas: namedSchemas(OPERATIONS), securitySchemes: SECURITY_SCHEMES },
  };
}
