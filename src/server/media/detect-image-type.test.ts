import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectFileType, detectImageType } from "./detect-image-type";

const canvas = () => sharp({ create: { width: 24, height: 16, channels: 3, background: "#3366cc" } });

describe("detectImageType", () => {
  it("recognises real JPEG, PNG, WebP and AVIF files from their bytes", async () => {
    expect(detectImageType(await canvas().jpeg().toBuffer())).toBe("image/jpeg");
    expect(detectImageType(await canvas().png().toBuffer())).toBe("image/png");
    expect(detectImageType(await canvas().webp().toBuffer())).toBe("image/webp");
    expect(detectImageType(await canvas().avif().toBuffer())).toBe("image/avif");
  });

  it("refuses other real image formats", async () => {
    expect(detectImageType(await canvas().gif().toBuffer())).toBeNull();
    expect(detectImageType(await canvas().tiff().toBuffer())).toBeNull();
  });

  it("refuses markup and text whatever they claim to be", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const bomSvg = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), svg]);
    for (const bytes of [svg, html, bomSvg, Buffer.from("GIF89a"), Buffer.from(""), Buffer.from([0xff, 0xd8])]) {
      expect(detectImageType(bytes)).toBeNull();
    }
  });

  it("refuses ISO-BMFF files that are not AVIF (HEIC, MP4)", () => {
    const ftyp = (major: string, ...compatible: string[]) => {
      const body = Buffer.from(`ftyp${major}\0\0\0\0${compatible.join("")}`, "latin1");
      const size = Buffer.alloc(4);
      size.writeUInt32BE(body.length + 4);
      return Buffer.concat([size, body, Buffer.alloc(16)]);
    };
    expect(detectImageType(ftyp("heic", "mif1", "heic"))).toBeNull();
    expect(detectImageType(ftyp("isom", "isom", "mp41"))).toBeNull();
    expect(detectImageType(ftyp("mif1", "mif1", "avif"))).toBe("image/avif");
    expect(detectImageType(ftyp("avis", "avis"))).toBe("image/avif");
  });

  it("trusts magic numbers over names: fake headers are detected, then refused by decoding (see process-image)", () => {
    expect(detectImageType(Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.from("<html>")]))).toBe("image/png");
  });
});

describe("detectFileType", () => {
  it("prefers the bytes, then a well-formed declared type, never active content", () => {
    expect(detectFileType(Buffer.from("%PDF-1.7\n..."), "text/plain")).toBe("application/pdf");
    expect(detectFileType(Buffer.from("PK\x03\x04rest", "latin1"), "application/epub+zip")).toBe("application/epub+zip");
    expect(detectFileType(Buffer.from("PK\x03\x04rest", "latin1"), "text/html")).toBe("application/zip");
    expect(detectFileType(Buffer.from("ID3..."), "audio/mpeg")).toBe("audio/mpeg");
    expect(detectFileType(Buffer.from("<html>"), "text/html")).toBe("application/octet-stream");
    expect(detectFileType(Buffer.from("<svg>"), "image/svg+xml")).toBe("application/octet-stream");
    expect(detectFileType(Buffer.from("?"), "not a type")).toBe("application/octet-stream");
  });
});
