import { fileURLToPath } from "node:url";
import { SECURITY_HEADERS, SECURITY_HEADERS_SOURCE } from "./src/lib/security-headers.mjs";

// Security headers for every response (the proxy adds HSTS when the request came over https;
// the cart API gets both from route(): src/lib/security-headers.mjs).
const dev = process.env.NODE_ENV !== "production";

/** The Content-Security-Policy, with extra sources per directive. */
function csp(extra = {}) {
  const directives = {
    "default-src": ["'self'"],
    // Next.js inlines its bootstrap scripts; dev mode also needs eval for fast refresh.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "frame-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  for (const [name, sources] of Object.entries(extra)) directives[name] = [...directives[name], ...sources];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The storefront checkout (/checkout on a store host) and the order pages' "Pay by card" load
 * Stripe's Payment Element: card data goes from Stripe's own frames to Stripe (PCI SAQ A). Only
 * those pages allow Stripe's hosts.
 */
const STRIPE_SOURCES = {
  "script-src": ["https://js.stripe.com", "https://*.js.stripe.com"],
  "frame-src": ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  "connect-src": ["https://api.stripe.com"],
  "img-src": ["https://*.stripe.com"],
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  // Store subdomains in development (demo.localhost:3000) load the dev server's assets.
  allowedDevOrigins: ["*.localhost"],
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders src/app/forbidden.tsx with a 403 status (permission checks).
  experimental: { authInterrupts: true },
  // Rendered storefront pages and cached storefront API bodies: an in-memory LRU per process,
  // checked against each store's cache tag (src/server/cache/page-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./src/server/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Next would hash every page body per request for an ETag (about half the cost of serving a
  // cached 60-100 KB category page). Catalog pages say max-age=0 with a 1 s shared cache, so
  // a browser refetches instead of getting a 304; media keep their own ETags.
  generateEtags: false,
  serverExternalPackages: ["@node-rs/argon2", "mariadb", "@prisma/adapter-mariadb", "pino", "nodemailer", "esbuild", "esbuild-wasm"],
  // /api/ready compares applied migrations with the files: ship them with the server.
  outputFileTracingIncludes: {
    "/api/ready": ["./prisma/migrations/**/*"],
    "/**": ["./src/server/identity/common-passwords.txt", "./src/server/cache/*.mjs"],
  },
  async headers() {
    return [
      {
        // Every path but the cart and checkout API, whose route() sets these itself (src/lib/security-headers.mjs).
        source: SECURITY_HEADERS_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: csp() }, ...Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }))],
      },
      // The later rule wins for the same header: the checkout's policy adds Stripe's hosts.
      ...["/checkout/:path*", "/orders/:path*", "/account/orders/:path*"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: csp(STRIPE_SOURCES) }],
      })),
    ];
  },
};

export default nextConfig;
