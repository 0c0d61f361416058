/**
 * A fake Stripe API for tests, e2e and the checkout benchmark: a real node:http server on
 * 127.0.0.1 that the official SDK is pointed at (STRIPE_API_HOST/PORT/PROTOCOL). It implements
 * exactly the endpoints ECOM calls, with Stripe-shaped objects and errors:
 *
 *   POST /v1/accounts                       connected account (controller properties or type)
 *   GET  /v1/accounts/:id
 *   POST /v1/account_links                  onboarding link -> this server's /_fake/onboarding page
 *   POST /v1/payment_intents                on the account named by the Stripe-Account header
 *   GET  /v1/payment_intents/:id            404 resource_missing unless on that same account
 *   POST /v1/payment_intents/:id/cancel
 *
 * Bearer auth with the configured secret key; `Idempotency-Key` honoured per account (same key
 * and parameters -> the same response replayed; other parameters -> idempotency_error).
 *
 * Test controls change state the way a shopper or Stripe would and return the webhook Stripe
 * would send, signed with the SDK's generateTestHeaderString and the configured secret:
 * confirmPaymentIntent, failPaymentIntent, cancelPaymentIntent, setAccountStatus, signEvent.
 * `deliver(signed)` POSTs one to `webhookUrl`. The same controls exist over HTTP under /_fake/
 * for another process (e2e, benchmark); those deliver to `webhookUrl` themselves.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { canonicalParams, decodeForm, type TFormObject, type TFormValue } from "./form";

export type TFakeStripeOptions = {
  /** The key the app must send (default sk_test_fake...). */
  secretKey?: string;
  publishableKey?: string;
  webhookSecret?: string;
  /** Where HTTP controls and the onboarding page deliver webhooks (the app's /api/webhooks/stripe). */
  webhookUrl?: string;
  /** Fixed port (default: a free one). */
  port?: number;
};

export type TFakeRequest = {
  method: string;
  path: string;
  stripeAccount: string | null;
  idempotencyKey: string | null;
  params: TFormObject;
  status: number;
  replayed: boolean;
};

export type TFakeAccount = {
  id: string;
  object: "account";
  type: string;
  created: number;
  country: string;
  default_currency: string;
  email: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  metadata: Record<string, string>;
  controller: Record<string, unknown>;
  business_profile: { name: string | null; url: string | null };
  capabilities: { card_payments: string; transfers: string };
  requirements: { currently_due: string[]; eventually_due: string[]; past_due: string[]; disabled_reason: string | null };
};

export type TFakePaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  application_fee_amount: number | null;
  automatic_payment_methods: { enabled: boolean; allow_redirects: string } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: "automatic";
  client_secret: string;
  confirmation_method: "automatic";
  created: number;
  currency: string;
  description: string | null;
  last_payment_error: { code: string; decline_code?: string; message: string; type: string } | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  on_behalf_of: string | null;
  payment_method: string | null;
  payment_method_types: string[];
  status: string;
  transfer_data: { destination: string } | null;
};

export type TFakeEvent = {
  id: string;
  object: "event";
  account?: string;
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};

/** A webhook as Stripe would send it: the exact body and its Stripe-Signature header. */
export type TSignedEvent = { event: TFakeEvent; payload: string; signature: string };

export type TEventOptions = {
  /** event.created (Unix seconds); default now. Older values test out-of-order delivery. */
  created?: number;
  /** Sign with another secret (tests of a bad signature). */
  secret?: string;
};

export type TFakeStripe = {
  host: string;
  port: number;
  protocol: "http";
  url: string;
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  webhookUrl: string | undefined;
  /** The STRIPE_* settings that point the app at this fake. */
  env(): Record<string, string>;
  /** Every API call received (not the /_fake controls), oldest first. */
  requests: TFakeRequest[];
  accounts: Map<string, TFakeAccount>;
  paymentIntents: Map<string, TFakePaymentIntent & { account: string | null }>;
  /** A connected account made directly (as if onboarding had happened earlier). */
  createConnectedAccount(input?: { chargesEnabled?: boolean; detailsSubmitted?: boolean; metadata?: Record<string, string> }): TFakeAccount;
  confirmPaymentIntent(id: string, options?: TEventOptions): TSignedEvent;
  failPaymentIntent(id: string, options?: TEventOptions & { code?: string; message?: string }): TSignedEvent;
  cancelPaymentIntent(id: string, options?: TEventOptions & { reason?: string }): TSignedEvent;
  setAccountStatus(id: string, status: { chargesEnabled?: boolean; detailsSubmitted?: boolean; payoutsEnabled?: boolean }, options?: TEventOptions): TSignedEvent;
  /** Any event, signed (e.g. an unknown type, or a hand-made object). */
  signEvent(type: string, object: unknown, options?: TEventOptions & { account?: string; previousAttributes?: Record<string, unknown> }): TSignedEvent;
  /** POSTs a signed event to webhookUrl (or `url`); resolves with the response status. */
  deliver(signed: TSignedEvent, url?: string): Promise<number>;
  stop(): Promise<void>;
};

const API_VERSION = Stripe.API_VERSION;

class FakeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: { code?: string; param?: string } = {},
  ) {
    super(message);
  }
}

const randomId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "").slice(0, 14).padEnd(14, "0")}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const asString = (v: TFormValue | undefined): string | undefined => (typeof v === "string" ? v : undefined);
const asObject = (v: TFormValue | undefined): TFormObject => (v && typeof v === "object" && !Array.isArray(v) ? v : {});

function stringMetadata(value: TFormValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(value))) if (typeof v === "string") out[k] = v;
  return out;
}

function positiveInt(params: TFormObject, name: string, required: boolean): number | null {
  const raw = asString(params[name]);
  if (raw === undefined) {
    if (required) throw new FakeError(400, "invalid_request_error", `Missing required param: ${name}.`, { code: "parameter_missing", param: name });
    return null;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new FakeError(400, "invalid_request_error", `Invalid integer: ${raw}`, { code: "parameter_invalid_integer", param: name });
  }
  return Number(raw);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts a fake Stripe on 127.0.0.1 (a free port unless `port` is given). */
export async function startFakeStripe(options: TFakeStripeOptions = {}): Promise<TFakeStripe> {
  const secretKey = options.secretKey ?? "sk_test_fake51ecomFakeStripeSecretKey";
  const publishableKey = options.publishableKey ?? "pk_test_fake51ecomFakeStripePublishableKey";
  const webhookSecret = options.webhookSecret ?? "whsec_fake51ecomFakeStripeWebhookSecret";
  const signer = new Stripe(secretKey, { telemetry: false, maxNetworkRetries: 0 });
  const requests: TFakeRequest[] = [];
  const accounts = new Map<string, TFakeAccount>();
  const paymentIntents = new Map<string, TFakePaymentIntent & { account: string | null }>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: string }>();
  let baseUrl = "";

  function newAccount(params: TFormObject): TFakeAccount {
    const controller = asObject(params.controller);
    const dashboard = asString(asObject(controller.stripe_dashboard).type);
    const type = asString(params.type) ?? (dashboard === "full" ? "standard" : dashboard === "express" ? "express" : dashboard === "none" ? "custom" : "standard");
    const account: TFakeAccount = {
      id: randomId("acct"),
      object: "account",
      type,
      created: nowSeconds(),
      country: asString(params.country) ?? "US",
      default_currency: asString(params.default_currency) ?? "usd",
      email: asString(params.email) ?? null,
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: stringMetadata(params.metadata),
      controller: { ...controller, type: "application", is_controller: true },
      business_profile: { name: asString(asObject(params.business_profile).name) ?? null, url: asString(asObject(params.business_profile).url) ?? null },
      capabilities: { card_payments: "inactive", transfers: "inactive" },
      requirements: { currently_due: ["business_type", "external_account", "tos_acceptance.date"], eventually_due: [], past_due: [], disabled_reason: "requirements.past_due" },
    };
    accounts.set(account.id, account);
    return account;
  }

  function applyAccountStatus(account: TFakeAccount, status: { chargesEnabled?: boolean; detailsSubmitted?: boolean; payoutsEnabled?: boolean }) {
    const before = { charges_enabled: account.charges_enabled, details_submitted: account.details_submitted, payouts_enabled: account.payouts_enabled };
    if (status.chargesEnabled !== undefined) account.charges_enabled = status.chargesEnabled;
    if (status.detailsSubmitted !== undefined) account.details_submitted = status.detailsSubmitted;
    account.payouts_enabled = status.payoutsEnabled ?? account.charges_enabled;
    account.capabilities = { card_payments: account.charges_enabled ? "active" : "inactive", transfers: account.payouts_enabled ? "active" : "inactive" };
    account.requirements = account.details_submitted
      ? { currently_due: [], eventually_due: [], past_due: [], disabled_reason: account.charges_enabled ? null : "under_review" }
      : account.requirements;
    return before;
  }

  function signEvent(type: string, object: unknown, opts: TEventOptions & { account?: string; previousAttributes?: Record<string, unknown> } = {}): TSignedEvent {
    const event: TFakeEvent = {
      id: randomId("evt"),
      object: "event",
      ...(opts.account ? { account: opts.account } : {}),
      api_version: API_VERSION,
      created: opts.created ?? nowSeconds(),
      data: { object: structuredClone(object), ...(opts.previousAttributes ? { previous_attributes: opts.previousAttributes } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    const payload = JSON.stringify(event, null, 2);
    return { event, payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? webhookSecret }) };
  }

  function paymentIntentOrThrow(id: string) {
    const pi = paymentIntents.get(id);
    if (!pi) throw new Error(`fake Stripe: no PaymentIntent ${id}`);
    return pi;
  }

  const publicIntent = (pi: TFakePaymentIntent & { account: string | null }): TFakePaymentIntent => {
    const { account: _account, ...rest } = pi;
    return rest;
  };

  function intentEvent(pi: TFakePaymentIntent & { account: string | null }, type: string, opts: TEventOptions, previous: Record<string, unknown>) {
    return signEvent(type, publicIntent(pi), { ...opts, ...(pi.account ? { account: pi.account } : {}), previousAttributes: previous });
  }

  const controls = {
    confirmPaymentIntent(id: string, opts: TEventOptions = {}) {
      const pi = paymentIntentOrThrow(id);
      if (pi.status === "succeeded" || pi.status === "canceled") throw new Error(`fake Stripe: cannot confirm a ${pi.status} PaymentIntent`);
      const previous = { status: pi.status };
      Object.assign(pi, { status: "succeeded", amount_received: pi.amount, latest_charge: randomId("ch"), payment_method: randomId("pm"), last_payment_error: null });
      return intentEvent(pi, "payment_intent.succeeded", opts, previous);
    },
    failPaymentIntent(id: string, opts: TEventOptions & { code?: string; message?: string } = {}) {
      const pi = paymentIntentOrThrow(id);
      if (pi.status === "succeeded" || pi.status === "canceled") throw new Error(`fake Stripe: cannot fail a ${pi.status} PaymentIntent`);
      const previous = { status: pi.status };
      // As at Stripe: a declined attempt leaves the intent open for another payment method.
      Object.assign(pi, {
        status: "requires_payment_method",
        payment_method: null,
        last_payment_error: { code: opts.code ?? "card_declined", decline_code: "generic_decline", message: opts.message ?? "Your card was declined.", type: "card_error" },
      });
      return intentEvent(pi, "payment_intent.payment_failed", opts, previous);
    },
    cancelPaymentIntent(id: string, opts: TEventOptions & { reason?: string } = {}) {
      const pi = paymentIntentOrThrow(id);
      if (pi.status === "succeeded" || pi.status === "canceled") throw new Error(`fake Stripe: cannot cancel a ${pi.status} PaymentIntent`);
      const previous = { status: pi.status };
      Object.assign(pi, { status: "canceled", canceled_at: nowSeconds(), cancellation_reason: opts.reason ?? "abandoned" });
      return intentEvent(pi, "payment_intent.canceled", opts, previous);
    },
    setAccountStatus(id: string, status: { chargesEnabled?: boolean; detailsSubmitted?: boolean; payoutsEnabled?: boolean }, opts: TEventOptions = {}) {
      const account = accounts.get(id);
      if (!account) throw new Error(`fake Stripe: no account ${id}`);
      const previous = applyAccountStatus(account, status);
      return signEvent("account.updated", account, { ...opts, account: account.id, previousAttributes: previous });
    },
  };

  async function deliver(signed: TSignedEvent, url = options.webhookUrl): Promise<number> {
    if (!url) throw new Error("fake Stripe: no webhookUrl to deliver to");
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signed.signature, "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" }, body: signed.payload });
    await res.arrayBuffer();
    return res.status;
  }

  // ---- the API ---------------------------------------------------------------------------

  function route(method: string, path: string, params: TFormObject, account: string | null): { status?: number; body: unknown } {
    let m: RegExpExecArray | null;
    if (method === "POST" && path === "/v1/accounts") {
      if (account) throw new FakeError(400, "invalid_request_error", "Connected accounts cannot create accounts.");
      return { body: newAccount(params) };
    }
    if (method === "GET" && (m = /^\/v1\/accounts\/([\w]+)$/.exec(path))) {
      const found = accounts.get(m[1]!);
      if (!found || (account && account !== found.id)) throw new FakeError(404, "invalid_request_error", `No such account: '${m[1]}'`, { code: "resource_missing", param: "account" });
      return { body: found };
    }
    if (method === "POST" && path === "/v1/account_links") {
      const id = asString(params.account);
      if (!id) throw new FakeError(400, "invalid_request_error", "Missing required param: account.", { code: "parameter_missing", param: "account" });
      if (!accounts.has(id)) throw new FakeError(400, "invalid_request_error", `No such account: '${id}'`, { code: "resource_missing", param: "account" });
      const type = asString(params.type);
      if (type !== "account_onboarding" && type !== "account_update") throw new FakeError(400, "invalid_request_error", "Invalid type.", { code: "parameter_invalid_empty", param: "type" });
      const returnUrl = asString(params.return_url) ?? "";
      const refreshUrl = asString(params.refresh_url) ?? "";
      const created = nowSeconds();
      const query = new URLSearchParams({ return_url: returnUrl, refresh_url: refreshUrl });
      return { body: { object: "account_link", created, expires_at: created + 300, url: `${baseUrl}/_fake/onboarding/${id}?${query}` } };
    }
    if (method === "POST" && path === "/v1/payment_intents") {
      if (account && !accounts.has(account)) {
        throw new FakeError(403, "invalid_request_error", `The provided key does not have access to account '${account}' (or that account does not exist).`, { code: "account_invalid" });
      }
      const amount = positiveInt(params, "amount", true)!;
      const currency = asString(params.currency);
      if (!currency) throw new FakeError(400, "invalid_request_error", "Missing required param: currency.", { code: "parameter_missing", param: "currency" });
      if (!/^[a-z]{3}$/.test(currency)) throw new FakeError(400, "invalid_request_error", `Invalid currency: ${currency}. Stripe currently supports these currencies: (lower-case ISO codes)`, { code: "parameter_invalid_string", param: "currency" });
      const fee = positiveInt(params, "application_fee_amount", false);
      const destination = asString(asObject(params.transfer_data).destination) ?? null;
      if (fee !== null && !account && !destination) {
        throw new FakeError(400, "invalid_request_error", "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).", { param: "application_fee_amount" });
      }
      if (fee !== null && fee > amount) throw new FakeError(400, "invalid_request_error", "The application fee cannot exceed the amount.", { param: "application_fee_amount" });
      const apm = asObject(params.automatic_payment_methods);
      const id = randomId("pi");
      const pi: TFakePaymentIntent & { account: string | null } = {
        id,
        object: "payment_intent",
        amount,
        amount_received: 0,
        application_fee_amount: fee,
        automatic_payment_methods: asString(apm.enabled) === "true" ? { enabled: true, allow_redirects: asString(apm.allow_redirects) ?? "always" } : null,
        canceled_at: null,
        cancellation_reason: null,
        capture_method: "automatic",
        client_secret: `${id}_secret_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`,
        confirmation_method: "automatic",
        created: nowSeconds(),
        currency,
        description: asString(params.description) ?? null,
        last_payment_error: null,
        latest_charge: null,
        livemode: false,
        metadata: stringMetadata(params.metadata),
        on_behalf_of: asString(params.on_behalf_of) ?? null,
        payment_method: null,
        payment_method_types: ["card"],
        status: "requires_payment_method",
        transfer_data: destination ? { destination } : null,
        account,
      };
      paymentIntents.set(id, pi);
      return { body: publicIntent(pi) };
    }
    if ((m = /^\/v1\/payment_intents\/([\w]+)(\/cancel)?$/.exec(path)) && ((method === "GET" && !m[2]) || (method === "POST" && m[2]))) {
      const pi = paymentIntents.get(m[1]!);
      // Direct charges live on the connected account: asked from elsewhere, they do not exist.
      if (!pi || pi.account !== account) throw new FakeError(404, "invalid_request_error", `No such payment_intent: '${m[1]}'`, { code: "resource_missing", param: "intent" });
      if (m[2]) {
        if (pi.status === "succeeded" || pi.status === "canceled") {
          throw new FakeError(400, "invalid_request_error", `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`, { code: "payment_intent_unexpected_state" });
        }
        Object.assign(pi, { status: "canceled", canceled_at: nowSeconds(), cancellation_reason: asString(params.cancellation_reason) ?? null });
      }
      return { body: publicIntent(pi) };
    }
    throw new FakeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}). (fake Stripe implements only the endpoints ECOM calls)`);
  }

  function handleApi(req: IncomingMessage, res: ServerResponse, method: string, path: string, params: TFormObject) {
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === "string" && v !== "" ? v : null;
    };
    const account = header("stripe-account");
    const key = header("idempotency-key");
    const requestId = randomId("req");
    const send = (status: number, body: string, replayed: boolean) => {
      requests.push({ method, path, stripeAccount: account, idempotencyKey: key, params, status, replayed });
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": requestId,
        "stripe-version": API_VERSION,
        ...(account ? { "stripe-account": account } : {}),
        ...(key ? { "idempotency-key": key } : {}),
        ...(replayed ? { "idempotent-replayed": "true" } : {}),
      });
      res.end(body);
    };
    const error = (e: FakeError) => JSON.stringify({ error: { type: e.type, message: e.message, ...e.extra, request_log_url: `${baseUrl}/_fake/requests` } });

    const auth = /^Bearer (\S+)$/.exec(header("authorization") ?? "");
    if (!auth || auth[1] !== secretKey) {
      return send(401, error(new FakeError(401, "invalid_request_error", `Invalid API Key provided: ${(auth?.[1] ?? "").slice(0, 8)}****`)), false);
    }
    const scope = `${account ?? ""}|${key ?? ""}`;
    const fingerprint = `${method} ${path} ${canonicalParams(params)}`;
    if (method === "POST" && key) {
      const earlier = idempotent.get(scope);
      if (earlier && earlier.fingerprint !== fingerprint) {
        return send(400, error(new FakeError(400, "idempotency_error", `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`)), false);
      }
      if (earlier) return send(earlier.status, earlier.body, true);
    }
    try {
      const result = route(method, path, params, account);
      const body = JSON.stringify(result.body);
      const status = result.status ?? 200;
      if (method === "POST" && key) idempotent.set(scope, { fingerprint, status, body });
      return send(status, body, false);
    } catch (e) {
      if (e instanceof FakeError) return send(e.status, error(e), false);
      throw e;
    }
  }

  // ---- HTTP test controls (other processes: e2e, benchmark) ---------------------------------

  async function handleControl(req: IncomingMessage, res: ServerResponse, method: string, url: URL, bodyText: string) {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const path = url.pathname;
    let m: RegExpExecArray | null;
    try {
      if (method === "GET" && path === "/_fake/requests") return json(200, requests);
      if (method === "GET" && path === "/_fake/payment_intents") return json(200, [...paymentIntents.values()]);
      if (method === "GET" && (m = /^\/_fake\/onboarding\/(\w+)$/.exec(path))) {
        // The "Stripe-hosted onboarding": finishing it enables charges and sends account.updated.
        const signed = controls.setAccountStatus(m[1]!, { chargesEnabled: true, detailsSubmitted: true });
        if (options.webhookUrl) await deliver(signed).catch(() => 0);
        const back = url.searchParams.get("return_url");
        if (back) {
          res.writeHead(302, { location: back });
          return res.end();
        }
        return json(200, { completed: m[1] });
      }
      if (method === "POST" && (m = /^\/_fake\/payment_intents\/(\w+)\/(confirm|fail|cancel)$/.exec(path))) {
        const signed =
          m[2] === "confirm" ? controls.confirmPaymentIntent(m[1]!) : m[2] === "fail" ? controls.failPaymentIntent(m[1]!) : controls.cancelPaymentIntent(m[1]!);
        const delivered = options.webhookUrl ? await deliver(signed) : null;
        return json(200, { event: signed.event, delivered });
      }
      if (method === "POST" && (m = /^\/_fake\/accounts\/(\w+)\/status$/.exec(path))) {
        const input = (bodyText ? JSON.parse(bodyText) : {}) as { chargesEnabled?: boolean; detailsSubmitted?: boolean };
        const signed = controls.setAccountStatus(m[1]!, input);
        const delivered = options.webhookUrl ? await deliver(signed) : null;
        return json(200, { event: signed.event, delivered });
      }
      if (method === "POST" && path === "/_fake/accounts") {
        const input = (bodyText ? JSON.parse(bodyText) : {}) as { chargesEnabled?: boolean; detailsSubmitted?: boolean; metadata?: Record<string, string> };
        return json(200, createConnectedAccount(input));
      }
      return json(404, { error: { message: `no fake control ${method} ${path}` } });
    } catch (e) {
      return json(400, { error: { message: (e as Error).message } });
    }
  }

  function createConnectedAccount(input: { chargesEnabled?: boolean; detailsSubmitted?: boolean; metadata?: Record<string, string> } = {}) {
    const account = newAccount({ controller: { stripe_dashboard: { type: "full" } }, metadata: input.metadata ?? {} });
    applyAccountStatus(account, { chargesEnabled: input.chargesEnabled ?? true, detailsSubmitted: input.detailsSubmitted ?? true });
    return account;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? "GET";
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const bodyText = await readBody(req);
      if (url.pathname.startsWith("/_fake/")) return handleControl(req, res, method, url, bodyText);
      const params = decodeForm(method === "GET" || method === "DELETE" ? url.search.slice(1) : bodyText);
      return handleApi(req, res, method, url.pathname, params);
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { type: "api_error", message: `fake Stripe failed: ${(error as Error).message}` } }));
    });
  });
  // The SDK keeps connections alive; close them with the server so tests end promptly.
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    host: "127.0.0.1",
    port,
    protocol: "http",
    url: baseUrl,
    secretKey,
    publishableKey,
    webhookSecret,
    webhookUrl: options.webhookUrl,
    env: () => ({
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_PUBLISHABLE_KEY: publishableKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: "http",
    }),
    requests,
    accounts,
    paymentIntents,
    createConnectedAccount,
    ...controls,
    signEvent,
    deliver,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
