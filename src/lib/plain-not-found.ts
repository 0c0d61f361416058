/**
 * The one 404 of store-host files (media, downloads, icons, manifest, sitemap, robots): plain
 * text that names nothing and says nothing about why, never cached, sniffed or indexed.
 */
export function plainNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", "x-robots-tag": "noindex" },
  });
}
