/** The image types the storefront accepts, decided from the bytes alone. */
export const IMAGE_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type TImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  bytes.length >= from + length ? String.fromCharCode(...bytes.subarray(from, from + length)) : "";

/**
 * The image type named by the file's magic number, or null for anything else (SVG, HTML,
 * GIF, HEIC, text ...). The file name and the client's declared type are never consulted.
 * AVIF is an ISO-BMFF file whose `ftyp` box names `avif`/`avis` as its major or a compatible
 * brand. A match here only says what the file claims to be; decoding decides if it is one.
 */
export function detectImageType(bytes: Uint8Array): TImageMimeType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "image/png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "image/webp";
  if (ascii(bytes, 4, 4) === "ftyp" && ftypBrands(bytes).some((b) => b === "avif" || b === "avis")) return "image/avif";
  return null;
}

function ftypBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16) return [];
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 256);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

/**
 * A best-effort type for a downloadable file: an accepted image type or a few common
 * document/archive signatures from the bytes, else the client's declared type when it is
 * well-formed, else application/octet-stream. Files are never served inline, so this is a
 * label for the merchant and the download, not a security decision.
 */
export function detectFileType(bytes: Uint8Array, declared?: string | null): string {
  const image = detectImageType(bytes);
  if (image) return image;
  if (ascii(bytes, 0, 5) === "%PDF-") return "application/pdf";
  if (ascii(bytes, 0, 4) === "PK\x03\x04") return declared && /^application\/(zip|epub\+zip|vnd\.[\w.+-]+)$/.test(declared) ? declared : "application/zip";
  const type = declared?.split(";")[0]?.trim().toLowerCase();
  if (type && /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,80}$/.test(type) && !/^(text\/html|image\/svg\+xml|application\/xhtml\+xml)$/.test(type)) return type;
  return "application/octet-stream";
}
