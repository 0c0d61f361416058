import "server-only";
import { z } from "zod";
import { env } from "@/env";
import { log } from "@/server/log";
import { API_CSP, SECURITY_HEADERS } from "@/lib/security-headers.mjs";
import { acceptedRequestId, HSTS, isHttpsRequest, PROXYLESS_API_PREFIX, REQUEST_ID_HEADER } from "@/server/tenancy";
import { toErrorResponse } from "./error-map";
import { readJsonBody } from "./read-json";
import { toJson } from "./json";

export type TRouteContext<TBody, TQuery, TParams, TAuth = void> = {
  req: Request;
  /** What `authorize` returned (the caller's identity and store). */
  auth: TAuth;
  requestId: string;
  body: TBody;
  query: TQuery;
  params: TParams;
};

type TRouteOptions<TBody, TQuery, TParams, TAuth> = {
  body?: z.ZodType<TBody>;
  query?: z.ZodType<TQuery>;
  params?: z.ZodType<TParams>;
  /** Overrides API_MAX_BODY_BYTES for this route. */
  maxBodyBytes?: number;
  /**
   * The body may be left out altogether (no Content-Length or 0, no Content-Type): `body` is
   * then undefined. A body that is sent is still read and checked like any other.
   */
  bodyOptional?: boolean;
  /** Runs after parsing the request line and before the body is read (authentication). */
  authorize?: (req: Request) => Promise<TAuth>;
};

/** Whether a request carries a body at all. */
function sendsBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  return (length !== null && length !== "0") || req.headers.has("transfer-encoding") || req.headers.has("content-type");
}

/**
 * The body option of a route whose domain function validates the body itself (it takes
 * `input: unknown` and parses it with the same schema): the JSON is read and checked as JSON
 * here (415, 413, 400) and parsed against the schema once, there, with the same 422 answer.
 */
export const DOMAIN_VALIDATED_BODY: z.ZodType<unknown> = z.unknown();

type TNextRouteArgs = { params: Promise<Record<string, string | string[]>> };

/**
 * Wraps a route handler: request id, authorization, zod parsing of params, query and body,
 * the one error map, and an access log line. The handler returns a Response or a
 * JSON-serialisable value (bigints become strings).
 */
export function route<TBody = undefined, TQuery = undefined, TParams = undefined, TAuth = void>(
  options: TRouteOptions<TBody, TQuery, TParams, TAuth>,
  handler: (ctx: TRouteContext<TBody, TQuery, TParams, TAuth>) => Promise<unknown>,
) {
  return async (req: Request, next?: TNextRouteArgs): Promise<Response> => {
    // Behind the proxy the id is its (validated) one; on proxyless paths it is validated here.
    const requestId = acceptedRequestId(req.headers.get(REQUEST_ID_HEADER));
    const started = performance.now();
    const url = new URL(req.url);
    const { pathname } = url;
    let status = 500;
    const finish = (response: Response) => {
      response.headers.set(REQUEST_ID_HEADER, requestId);
      if (isHttpsRequest(req)) response.headers.set("strict-transport-security", HSTS);
      // The paths next.config.mjs's header rules leave out (the cart API) get them here.
      if (pathname.startsWith(PROXYLESS_API_PREFIX)) {
        response.headers.set("content-security-policy", API_CSP);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      }
      status = response.status;
      return response;
    };
    try {
      const auth = (options.authorize ? await options.authorize(req) : undefined) as TAuth;
      const params = options.params ? options.params.parse((await next?.params) ?? {}) : (undefined as TParams);
      const query = options.query
        ? options.query.parse(Object.fromEntries(url.searchParams))
        : (undefined as TQuery);
      const body = options.body && !(options.bodyOptional && !sendsBody(req))
        ? options.body.parse(await readJsonBody(req, options.maxBodyBytes ?? env().API_MAX_BODY_BYTES))
        : (undefined as TBody);
      const result = await handler({ req, requestId, auth, body, query, params });
      const response =
        result instanceof Response
          ? result
          : new Response(toJson(result ?? { ok: true }), { headers: { "content-type": "application/json" } });
      return finish(response);
    } catch (error) {
      return finish(toErrorResponse(error, requestId));
    } finally {
      // The access line is built only when it is written (LOG_LEVEL info or finer).
      if (log.isLevelEnabled("info")) {
        log.info({ requestId, method: req.method, path: pathname, status, ms: Math.round(performance.now() - started) }, "request");
      }
    }
  };
}
