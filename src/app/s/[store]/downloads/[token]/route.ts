import { openDownload } from "@/server/orders";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

export const dynamic = "force-dynamic";

/** RFC 6266 / 5987: an ASCII fallback and the exact name in UTF-8. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /downloads/{token} on a store host (the proxy rewrites it here with the host's slug):
 * a paid digital line's file, as an attachment that is never cached or sniffed. An invalid,
 * tampered, expired or other store's token, an order no longer paid, a store that is not
 * active and a missing file are all the same plain 404.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ store: string; token: string }> }): Promise<Response> {
  const { store: slug, token } = await params;
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  const file = await openDownload(store.id, token);
  if (!file) return plainNotFound();
  const headers = new Headers({
    "content-type": file.contentType,
    "content-disposition": contentDisposition(file.filename),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex",
  });
  if (file.size !== null) headers.set("content-length", String(file.size));
  return new Response(file.stream, { status: 200, headers });
}
