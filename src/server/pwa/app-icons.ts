import { createHash } from "node:crypto";

/**
 * The icons a store's installed app uses. Each is a PNG served at /app-icon/<param> on the
 * store host: no file extension in the path, because the proxy's matcher skips paths ending in
 * an image extension and the request would never reach the store. 180 is the apple-touch-icon;
 * the maskable ones keep their content inside the centre safe zone (a circle of 80% of the
 * size) so launchers can crop them to any shape.
 */
export const APP_ICON_VARIANTS = [
  { param: "180", size: 180, maskable: false },
  { param: "192", size: 192, maskable: false },
  { param: "512", size: 512, maskable: false },
  { param: "192-maskable", size: 192, maskable: true },
  { param: "512-maskable", size: 512, maskable: true },
] as const;

export type TAppIconVariant = (typeof APP_ICON_VARIANTS)[number];

/** The variant named by the route's `[size]` segment, or null (the route answers 404). */
export function findAppIconVariant(param: string): TAppIconVariant | null {
  return APP_ICON_VARIANTS.find((v) => v.param === param) ?? null;
}

/**
 * The store-host URL of an icon. `version` changes whenever what the icon shows changes (logo,
 * colour, initial), so browsers that cached the old icon fetch the new one.
 */
export function appIconPath(variant: Pick<TAppIconVariant, "param">, version: string): string {
  return `/app-icon/${variant.param}?v=${encodeURIComponent(version)}`;
}

/** Inputs that decide an icon's pixels. */
export type TIconSource = { logoMediaId: string | null; themeColor: string; initial: string };

/** A short, stable fingerprint of an icon's inputs (the `?v=` of its URL). */
export function appIconVersion(source: TIconSource): string {
  return createHash("sha256").update(`${source.logoMediaId ?? ""}|${source.themeColor}|${source.initial}`).digest("base64url").slice(0, 10);
}

/**
 * The letter of the default icon: the first letter or digit of the store name when it is a
 * Latin one (accents dropped: "Émile" -> "E"), else of the slug (always ASCII), else "S".
 * Latin only, because the icon renderer ships a Latin font and must work offline.
 */
export function iconInitial(name: string, slug: string): string {
  const latin = (text: string) => text.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").charAt(0).toUpperCase();
  return latin(name) || latin(slug) || "S";
}

/** Side of the square the logo (or letter) is fitted into, in pixels. */
export function iconContentBox(size: number, maskable: boolean): number {
  // Maskable: a square inscribed in the 80% safe-zone circle is 0.8/sqrt(2) ~ 0.566 of the
  // side; 0.55 leaves a hair of margin. Plain icons keep a 10% border of the theme colour.
  return Math.round(size * (maskable ? 0.55 : 0.8));
}

/** Parses "#rrggbb" (the theme colour schema's format) into channels; anything else is dark grey. */
export function parseHexColour(hex: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return { r: 0x11, g: 0x18, b: 0x27 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}

/**
 * White or near-black, whichever contrasts more with the background (WCAG relative
 * luminance), for the letter of the default icon.
 */
export function readableTextColour(background: string): "#ffffff" | "#111827" {
  const { r, g, b } = parseHexColour(background);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (rr: number, gg: number, bb: number) => 0.2126 * lin(rr) + 0.7152 * lin(gg) + 0.0722 * lin(bb);
  const bg = luminance(r, g, b);
  const contrast = (fg: number) => (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
  return contrast(1) >= contrast(luminance(0x11, 0x18, 0x27)) ? "#ffffff" : "#111827";
}
