import "server-only";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import sharp from "sharp";
import { iconContentBox, parseHexColour, readableTextColour } from "./app-icons";

/** Larger logos are refused before decoding (the logo is a stored rendition, so this is a guard). */
const MAX_LOGO_PIXELS = 40_000_000;

export type TRenderAppIconInput = {
  size: number;
  maskable: boolean;
  /** "#rrggbb": the icon's background. */
  themeColor: string;
  /** The letter drawn when there is no usable logo. */
  initial: string;
  /** The logo's image bytes (any format sharp reads), or null for the default icon. */
  logo: Uint8Array | null;
};

/**
 * An app icon as an opaque square PNG of exactly `size` pixels: the logo fitted (aspect kept)
 * into the centre of the theme colour, or, when there is no logo or it cannot be decoded, the
 * store's initial in a readable colour on the theme colour. Maskable icons keep the content
 * inside the safe zone (see iconContentBox).
 */
export async function renderAppIcon(input: TRenderAppIconInput): Promise<Buffer> {
  if (input.logo) {
    const fromLogo = await renderLogoIcon(input, input.logo).catch(() => null);
    if (fromLogo) return fromLogo;
  }
  return renderInitialIcon(input);
}

async function renderLogoIcon(input: TRenderAppIconInput, logo: Uint8Array): Promise<Buffer> {
  const box = iconContentBox(input.size, input.maskable);
  const background = { ...parseHexColour(input.themeColor), alpha: 1 };
  const fitted = await sharp(logo, { failOn: "error", limitInputPixels: MAX_LOGO_PIXELS })
    .rotate()
    .resize(box, box, { fit: "inside", withoutEnlargement: false })
    .ensureAlpha()
    .png()
    .toBuffer();
  return sharp({ create: { width: input.size, height: input.size, channels: 4, background } })
    .composite([{ input: fitted, gravity: "centre" }])
    .flatten({ background })
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function renderInitialIcon(input: TRenderAppIconInput): Promise<Buffer> {
  const box = iconContentBox(input.size, input.maskable);
  // next/og (satori + resvg) draws text with the font it ships, so no system font is needed.
  const letter = createElement(
    "div",
    {
      style: {
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: input.themeColor,
        color: readableTextColour(input.themeColor),
        fontSize: Math.round(box * 0.8),
        lineHeight: 1,
      },
    },
    input.initial.slice(0, 1),
  );
  const response = new ImageResponse(letter, { width: input.size, height: input.size });
  const png = Buffer.from(await response.arrayBuffer());
  return sharp(png).flatten({ background: parseHexColour(input.themeColor) }).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
}
