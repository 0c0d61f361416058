import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { processImage } from "./process-image";

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#c0392b" } })
    .composite([{ input: { create: { width: Math.ceil(width / 2), height: Math.ceil(height / 2), channels: 3, background: "#2c3e50" } } }]);

describe("processImage", () => {
  it("makes WebP renditions at the standard widths below the original, plus the original width", async () => {
    const jpeg = await photo(1200, 900).jpeg().toBuffer();
    const result = await processImage(jpeg, "image/jpeg");
    expect(result).toMatchObject({ width: 1200, height: 900 });
    expect(result.renditions.map((r) => r.width)).toEqual([160, 320, 640, 1024, 1200]);
    for (const r of result.renditions) {
      const meta = await sharp(r.bytes).metadata();
      expect(meta.format).toBe("webp");
      expect(meta.width).toBe(r.width);
      expect(meta.height).toBe(Math.round((900 * r.width) / 1200));
    }
    const full = await sharp(result.full).metadata();
    expect(full).toMatchObject({ format: "jpeg", width: 1200, height: 900 });
  });

  it("caps renditions at 1600 and never enlarges a small image", async () => {
    expect((await processImage(await photo(2000, 500).png().toBuffer(), "image/png")).renditions.map((r) => r.width)).toEqual([160, 320, 640, 1024, 1600]);
    const tiny = await processImage(await photo(90, 60).webp().toBuffer(), "image/webp");
    expect(tiny.renditions.map((r) => r.width)).toEqual([90]);
    expect((await sharp(tiny.renditions[0]!.bytes).metadata()).width).toBe(90);
  });

  it("keeps transparency and converts greyscale to sRGB", async () => {
    const transparent = await sharp({ create: { width: 300, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const alpha = await processImage(transparent, "image/png");
    expect((await sharp(alpha.renditions[0]!.bytes).metadata()).hasAlpha).toBe(true);
    const grey = await sharp(Buffer.alloc(400 * 200, 128), { raw: { width: 400, height: 200, channels: 1 } }).jpeg().toBuffer();
    const result = await processImage(grey, "image/jpeg");
    expect(result.renditions.map((r) => r.width)).toEqual([160, 320, 400]);
    expect(await sharp(result.renditions[2]!.bytes).metadata()).toMatchObject({ width: 400, height: 200 });
  });

  it("decodes AVIF", async () => {
    const result = await processImage(await photo(400, 300).avif().toBuffer(), "image/avif");
    expect(result.renditions.map((r) => r.width)).toEqual([160, 320, 400]);
    expect((await sharp(result.full).metadata()).compression).toBe("av1");
  });

  it("strips EXIF (including GPS) and applies the orientation", async () => {
    const exif = await photo(600, 400)
      .jpeg()
      .withExif({ IFD0: { Make: "PrivateCam", Copyright: "owner" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "6/1 55/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(exif).metadata()).exif).toBeDefined();
    const result = await processImage(exif, "image/jpeg");
    expect(result).toMatchObject({ width: 400, height: 600 });
    for (const bytes of [result.full, ...result.renditions.map((r) => r.bytes)]) {
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(bytes.includes(Buffer.from("PrivateCam"))).toBe(false);
    }
  });

  it("refuses bytes that do not decode as the detected type", async () => {
    const jpeg = await photo(300, 200).jpeg().toBuffer();
    const png = await photo(300, 200).png().toBuffer();
    const cases: [Buffer, "image/jpeg" | "image/png" | "image/webp"][] = [
      [jpeg.subarray(0, Math.floor(jpeg.length / 2)), "image/jpeg"],
      [Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.from("<svg onload=alert(1)>")]), "image/png"],
      [png, "image/jpeg"],
      [Buffer.from("RIFF\0\0\0\0WEBPgarbage", "latin1"), "image/webp"],
    ];
    for (const [bytes, type] of cases) {
      const error = await processImage(bytes, type).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
    }
  });

  it("refuses images over the pixel limit before decoding them", async () => {
    const huge = await sharp(Buffer.alloc(8000 * 6000), { raw: { width: 8000, height: 6000, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.length).toBeLessThan(2_000_000);
    const error = await processImage(huge, "image/png").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/pixels/);
  });
});
