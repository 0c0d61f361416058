import { describe, expect, it } from "vitest";
import { excerpt, renderDescription } from "./render-description";

describe("renderDescription", () => {
  it("renders basic Markdown formatting", () => {
    const { html, text } = renderDescription("# Big\n\nHand-made **teak** bowl, _oiled_.\n\n- one\n- two\n\n[Care guide](https://example.com/care)");
    // The page's own title is its h1: description headings start at h2.
    expect(html).toContain("<h2>Big</h2>");
    expect(html).toContain("<strong>teak</strong>");
    expect(html).toContain("<em>oiled</em>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://example.com/care" rel="nofollow noopener">Care guide</a>');
    expect(text).toBe("Big Hand-made teak bowl, oiled. one two Care guide");
  });

  it("removes scripts, event handlers, images, iframes and styles", () => {
    const { html, text } = renderDescription(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe><p onclick="x()" style="color:red">p</p><style>body{}</style>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|iframe|<img|style|alert/i);
    expect(html).toContain("<p>p</p>");
    expect(text).not.toMatch(/alert|body\{\}/);
  });

  it("keeps only http, https and mailto links", () => {
    const { html } = renderDescription(
      "[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](mailto:help@example.com) [d](//evil.example/x) [e](http://ok.example/)",
    );
    expect(html).not.toMatch(/javascript:|data:|\/\/evil/);
    expect(html).toContain('href="mailto:help@example.com"');
    expect(html).toContain('href="http://ok.example/"');
    // Unsafe links stay as inert text: the anchor keeps no href at all.
    expect(html).toContain('<a rel="nofollow noopener">a</a>');
    expect(html.match(/href="/g)).toHaveLength(2);
  });

  it("decodes entities in the plain text and escapes them in the HTML", () => {
    const { html, text } = renderDescription("Salt & pepper <b>5 < 6</b>");
    expect(text).toBe("Salt & pepper 5 < 6");
    expect(html).toContain("Salt &amp; pepper");
  });

  it("handles an empty description", () => {
    expect(renderDescription("")).toEqual({ html: "", text: "" });
  });
});

describe("excerpt", () => {
  it("cuts on a word boundary with an ellipsis", () => {
    expect(excerpt("short")).toBe("short");
    const long = "word ".repeat(60).trim();
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("word…")).toBe(true);
  });
});
