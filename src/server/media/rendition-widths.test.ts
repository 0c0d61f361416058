import { describe, expect, it } from "vitest";
import { dashboardMediaBase, mediaSrc, mediaUrl, mediaUrls, srcSet } from "./media-urls";
import { pickRenditionWidth, renditionWidths } from "./rendition-widths";

describe("renditionWidths", () => {
  it("never exceeds the original and tops out at the original width (max 1600)", () => {
    expect(renditionWidths(4000)).toEqual([160, 320, 640, 1024, 1600]);
    expect(renditionWidths(1600)).toEqual([160, 320, 640, 1024, 1600]);
    expect(renditionWidths(800)).toEqual([160, 320, 640, 800]);
    expect(renditionWidths(640)).toEqual([160, 320, 640]);
    expect(renditionWidths(100)).toEqual([100]);
    expect(renditionWidths(null)).toEqual([]);
  });

  it("picks the smallest rendition at least as wide as asked, else the largest", () => {
    expect(pickRenditionWidth(4000, 1)).toBe(160);
    expect(pickRenditionWidth(4000, 321)).toBe(640);
    expect(pickRenditionWidth(4000, 9999)).toBe(1600);
    expect(pickRenditionWidth(800, 700)).toBe(800);
    expect(pickRenditionWidth(null, 320)).toBeNull();
  });
});

describe("media URLs", () => {
  it("builds extension-less store-host paths and a srcset", () => {
    expect(mediaUrl("cabc", 320)).toBe("/media/cabc/320");
    expect(mediaUrl("cabc", "orig")).toBe("/media/cabc/orig");
    expect(srcSet({ id: "cabc", width: 800 })).toBe("/media/cabc/160 160w, /media/cabc/320 320w, /media/cabc/640 640w, /media/cabc/800 800w");
    expect(mediaSrc({ id: "cabc", width: 4000 })).toBe("/media/cabc/640");
    expect(mediaSrc({ id: "cabc", width: null })).toBe("/media/cabc/orig");
    expect(mediaUrls({ id: "cabc", width: 300 })).toEqual({ "160": "/media/cabc/160", "300": "/media/cabc/300", orig: "/media/cabc/orig" });
  });

  it("mounts the same paths below the dashboard for staff", () => {
    const base = dashboardMediaBase("lanka-gems");
    expect(base).toBe("/dashboard/lanka-gems");
    expect(mediaSrc({ id: "cabc", width: 800 }, 160, base)).toBe("/dashboard/lanka-gems/media/cabc/160");
    expect(mediaUrl("cabc", "orig", base)).toBe(`${base}${mediaUrls({ id: "cabc", width: 800 }).orig}`);
    expect(srcSet({ id: "cabc", width: 300 }, base)).toBe("/dashboard/lanka-gems/media/cabc/160 160w, /dashboard/lanka-gems/media/cabc/300 300w");
  });
});
