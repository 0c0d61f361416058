import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import { uploadImage } from "@/server/media";
import { findAppIconVariant, getStoreAppIcon, getStoreWebManifest } from "@/server/pwa";

const run = Math.random().toString(36).slice(2, 8);
const SYSTEM = { kind: "system" } as const;
let owner: { id: string; slug: string };
let other: { id: string; slug: string };

async function makeStore(prefix: string, name: string, themeColor: string) {
  return platformDb().store.create({
    data: { slug: `${prefix}-${run}`, name, country: "LK", currency: "LKR", timeZone: "UTC", themeColor },
    select: { id: true, slug: true },
  });
}

async function centreAndCorner(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  return { width: info.width, height: info.height, centre: at(info.width >> 1, info.height >> 1), corner: at(1, 1) };
}

beforeAll(async () => {
  owner = await makeStore("pwa-logo", "Lotus Lane Boutique", "#0000ff");
  other = await makeStore("pwa-other", "Harbour Goods", "#00ff00");
  const bytes = await sharp({ create: { width: 400, height: 400, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer();
  const logo = await uploadImage(owner.id, SYSTEM, { bytes, filename: "logo.png", alt: "Logo" });
  await platformDb().store.update({ where: { id: owner.id }, data: { logoMediaId: logo.id } });
  // A setting pointing at another store's image must not show that image.
  await platformDb().store.update({ where: { id: other.id }, data: { logoMediaId: logo.id } });
});

afterAll(async () => {
  await disconnectDb();
});

describe("store app manifest and icons", () => {
  it("describes the store's own app", async () => {
    const manifest = await getStoreWebManifest(owner.id);
    expect(manifest).toMatchObject({ name: "Lotus Lane Boutique", short_name: "Lotus Lane", theme_color: "#0000ff", display: "standalone", start_url: "/" });
    expect(await getStoreWebManifest("no-such-store")).toBeNull();
  });

  it("draws icons from the store's logo, padded with its theme colour", async () => {
    for (const param of ["192", "512-maskable"]) {
      const png = await getStoreAppIcon(owner.id, findAppIconVariant(param)!);
      const px = await centreAndCorner(png!);
      expect([px.width, px.height]).toEqual(param === "192" ? [192, 192] : [512, 512]);
      // The logo comes from its lossy WebP rendition: close to pure red.
      px.centre.forEach((c, i) => expect(Math.abs(c! - [255, 0, 0][i]!)).toBeLessThanOrEqual(8));
      expect(px.corner).toEqual([0, 0, 255]);
    }
  });

  it("never uses another store's image as a logo: that store gets its default icon", async () => {
    const png = await getStoreAppIcon(other.id, findAppIconVariant("512")!);
    const px = await centreAndCorner(png!);
    expect(px.corner).toEqual([0, 255, 0]);
    const { data } = await sharp(png!).raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
    expect(red).toBe(0);
    const manifest = await getStoreWebManifest(other.id);
    expect(manifest?.name).toBe("Harbour Goods");
    // Its icon version is that of a store without a logo, unlike the owner's.
    const ownerManifest = await getStoreWebManifest(owner.id);
    expect(manifest!.icons[0]!.src.split("?v=")[1]).not.toBe(ownerManifest!.icons[0]!.src.split("?v=")[1]);
  });

  it("has no icon for an unknown store", async () => {
    expect(await getStoreAppIcon("no-such-store", findAppIconVariant("192")!)).toBeNull();
  });
});
