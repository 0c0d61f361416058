import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResponsiveImage } from "./responsive-image";

describe("ResponsiveImage", () => {
  it("renders a lazy <img> with the renditions as srcset, intrinsic size and alt text", () => {
    const html = renderToStaticMarkup(
      createElement(ResponsiveImage, { media: { id: "cimg", width: 1200, height: 800, alt: "Stored alt" }, sizes: "(min-width: 768px) 50vw, 100vw", className: "rounded" }),
    );
    expect(html).toContain('src="/media/cimg/640"');
    expect(html).toContain('srcSet="/media/cimg/160 160w, /media/cimg/320 320w, /media/cimg/640 640w, /media/cimg/1024 1024w, /media/cimg/1200 1200w"');
    expect(html).toContain('sizes="(min-width: 768px) 50vw, 100vw"');
    expect(html).toContain('width="1200"');
    expect(html).toContain('height="800"');
    expect(html).toContain('alt="Stored alt"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('decoding="async"');
    expect(html).toContain('class="rounded"');
  });

  it("lets the caller override alt (\"\" for decorative) and load eagerly", () => {
    const html = renderToStaticMarkup(createElement(ResponsiveImage, { media: { id: "c1", width: 100, height: 50, alt: "x" }, alt: "", sizes: "100px", loading: "eager" }));
    expect(html).toContain('alt=""');
    expect(html).toContain('loading="eager"');
    expect(html).toContain('srcSet="/media/c1/100 100w"');
  });
});
