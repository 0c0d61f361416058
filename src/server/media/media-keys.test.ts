import { describe, expect, it } from "vitest";
import { fileKey, imageKeys, keysOfAsset, newMediaId, safeFilename } from "./media-keys";
import { assertValidKey } from "./storage/storage";

describe("media keys", () => {
  it("makes unguessable, cuid-shaped ids", () => {
    const ids = new Set(Array.from({ length: 2000 }, newMediaId));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("puts every key under the store's id and keeps them valid", () => {
    const keys = imageKeys("store1", "cm1");
    expect([keys.original, keys.full, keys.rendition(320)]).toEqual(["store1/images/cm1/original", "store1/images/cm1/full", "store1/images/cm1/w320.webp"]);
    const file = fileKey("store1", "cm2", "../../My Ebook (final).PDF");
    expect(file).toBe("store1/files/cm2/My-Ebook-final-.PDF");
    expect(() => assertValidKey(file)).not.toThrow();
    expect(keysOfAsset({ id: "cm1", storeId: "store1", kind: "IMAGE", storageKey: keys.original, width: 500 })).toEqual([
      "store1/images/cm1/original",
      "store1/images/cm1/full",
      "store1/images/cm1/w160.webp",
      "store1/images/cm1/w320.webp",
      "store1/images/cm1/w500.webp",
    ]);
  });

  it("sanitises file names to safe key segments", () => {
    expect(safeFilename(".htaccess")).toBe("htaccess");
    expect(safeFilename("..")).toBe("file");
    expect(safeFilename("C:\\Users\\me\\résumé.pdf")).toBe("re-sume-.pdf");
    for (const name of ["..", "", "/", "a/../../b", "x".repeat(500)]) expect(() => assertValidKey(`s/files/m/${safeFilename(name)}`)).not.toThrow();
  });
});
