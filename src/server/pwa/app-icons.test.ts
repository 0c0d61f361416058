import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { APP_ICON_VARIANTS, appIconPath, appIconVersion, findAppIconVariant, iconContentBox, iconInitial, readableTextColour } from "./app-icons";
import { buildWebManifest } from "./build-web-manifest";
import { renderAppIcon } from "./render-app-icon";
import { storeAppMetadata } from "./store-app-metadata";

describe("icon variants and URLs", () => {
  it("knows exactly the served variants", () => {
    expect(findAppIconVariant("192")).toEqual({ param: "192", size: 192, maskable: false });
    expect(findAppIconVariant("512-maskable")).toEqual({ param: "512-maskable", size: 512, maskable: true });
    for (const bad of ["", "64", "512.png", "../512", "512-maskable.png", "1e3"]) expect(findAppIconVariant(bad)).toBeNull();
  });

  it("builds extension-less paths (the proxy skips image extensions)", () => {
    for (const v of APP_ICON_VARIANTS) expect(appIconPath(v, "abc")).toMatch(/^\/app-icon\/[0-9a-z-]+\?v=abc$/);
  });

  it("changes the version when the logo, colour or initial changes, and only then", () => {
    const base = { logoMediaId: "m1", themeColor: "#0f766e", initial: "C" };
    expect(appIconVersion(base)).toBe(appIconVersion({ ...base }));
    expect(appIconVersion({ ...base, logoMediaId: "m2" })).not.toBe(appIconVersion(base));
    expect(appIconVersion({ ...base, logoMediaId: null })).not.toBe(appIconVersion(base));
    expect(appIconVersion({ ...base, themeColor: "#1d4ed8" })).not.toBe(appIconVersion(base));
    expect(appIconVersion({ ...base, initial: "D" })).not.toBe(appIconVersion(base));
  });
});

describe("default icon choices", () => {
  it("takes a Latin initial from the name, else the slug", () => {
    expect(iconInitial("Ceylon Curated", "demo")).toBe("C");
    expect(iconInitial("  émile & co", "emile")).toBe("E");
    expect(iconInitial("42 Gems", "gems")).toBe("4");
    expect(iconInitial("ලංකා තේ", "lanka-tea")).toBe("L");
    expect(iconInitial("★★★", "---")).toBe("S");
  });

  it("picks the letter colour with the higher contrast", () => {
    expect(readableTextColour("#0f766e")).toBe("#ffffff");
    expect(readableTextColour("#111827")).toBe("#ffffff");
    expect(readableTextColour("#fde047")).toBe("#111827");
    expect(readableTextColour("#ffffff")).toBe("#111827");
  });

  it("keeps maskable content inside the 80% safe-zone circle", () => {
    for (const size of [192, 512]) {
      const box = iconContentBox(size, true);
      // The box's half-diagonal must fit in the safe zone's radius (40% of the side).
      expect((box / 2) * Math.SQRT2).toBeLessThanOrEqual(size * 0.4);
      expect(iconContentBox(size, false)).toBeGreaterThan(box);
    }
  });
});

describe("buildWebManifest", () => {
  it("describes an installable standalone app on the store's own root", () => {
    const m = buildWebManifest({ name: "Ceylon Curated", shortName: "Ceylon", themeColor: "#0f766e", iconVersion: "v1" });
    expect(m).toMatchObject({ name: "Ceylon Curated", short_name: "Ceylon", start_url: "/", scope: "/", display: "standalone", theme_color: "#0f766e", background_color: "#0f766e" });
    expect(m.icons.map((i) => [i.sizes, i.purpose])).toEqual([
      ["192x192", "any"],
      ["512x512", "any"],
      ["192x192", "maskable"],
      ["512x512", "maskable"],
    ]);
    expect(m.icons.every((i) => i.type === "image/png" && !/\.(png|jpe?g|webp|svg|ico)(\?|$)/.test(i.src))).toBe(true);
  });
});

describe("renderAppIcon", () => {
  const pixel = async (png: Buffer, x: number, y: number) => {
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const i = (y * info.width + x) * info.channels;
    return [data[i], data[i + 1], data[i + 2]];
  };

  it("makes an opaque PNG of the exact size from a logo of any shape, padded with the theme colour", async () => {
    const logo = await sharp({ create: { width: 300, height: 100, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer();
    for (const maskable of [false, true]) {
      const png = await renderAppIcon({ size: 192, maskable, themeColor: "#0000ff", initial: "X", logo });
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["png", 192, 192, false]);
      expect(await pixel(png, 96, 96)).toEqual([255, 0, 0]);
      expect(await pixel(png, 2, 2)).toEqual([0, 0, 255]);
      // 3:1 logo, aspect kept: above and below it is the theme colour.
      expect(await pixel(png, 96, 40)).toEqual([0, 0, 255]);
    }
  });

  it("draws the initial on the theme colour without a logo, or when the logo is unreadable", async () => {
    for (const logo of [null, new Uint8Array([1, 2, 3, 4])]) {
      const png = await renderAppIcon({ size: 512, maskable: false, themeColor: "#0f766e", initial: "C", logo });
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", 512, 512]);
      expect(await pixel(png, 5, 5)).toEqual([0x0f, 0x76, 0x6e]);
      const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      // Some pixels are the white letter.
      let white = 0;
      for (let i = 0; i < data.length; i += 3) if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white++;
      expect(white).toBeGreaterThan(1000);
    }
  }, 20_000);
});

describe("storeAppMetadata", () => {
  it("links the manifest, a PNG favicon and the 180px apple-touch-icon", () => {
    const meta = storeAppMetadata({ shortName: "Ceylon", iconVersion: "v1" });
    expect(meta.manifest).toBe("/manifest.webmanifest");
    expect(meta.icons.apple).toEqual([{ url: "/app-icon/180?v=v1", sizes: "180x180", type: "image/png" }]);
    expect(meta.icons.icon).toEqual([{ url: "/app-icon/192?v=v1", sizes: "192x192", type: "image/png" }]);
    expect(meta.appleWebApp.title).toBe("Ceylon");
  });
});
