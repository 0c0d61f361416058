/**
 * Pure host classification (no database). ROOT_DOMAIN (with its port, locally
 * "localhost:3000") and www.ROOT_DOMAIN serve the platform; `{slug}.{ROOT_DOMAIN}` a store by
 * slug; any other host may be a store's custom domain.
 */
export type THostKind =
  | { kind: "platform" }
  | { kind: "subdomain"; slug: string }
  | { kind: "custom"; hostname: string }
  | { kind: "invalid" };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function classifyHost(hostHeader: string | null | undefined, rootDomain: string): THostKind {
  const host = (hostHeader ?? "").trim().toLowerCase().replace(/\.$/, "");
  if (!host) return { kind: "invalid" };
  const root = rootDomain.toLowerCase();
  if (host === root || host === `www.${root}`) return { kind: "platform" };
  if (host.endsWith(`.${root}`)) {
    const label = host.slice(0, -(root.length + 1));
    return SLUG.test(label) ? { kind: "subdomain", slug: label } : { kind: "invalid" };
  }
  const hostname = host.replace(/:\d+$/, "");
  const rootName = root.replace(/:\d+$/, "");
  // The platform's own name on another port, or a bare IP, is not a custom domain.
  if (hostname === rootName || /^\d+\.\d+\.\d+\.\d+$/.test(hostname) || hostname.startsWith("[")) return { kind: "invalid" };
  return HOSTNAME.test(hostname) ? { kind: "custom", hostname } : { kind: "invalid" };
}
