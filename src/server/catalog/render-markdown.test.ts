import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders basic formatting, lists, headings h2-h4 and safe links", () => {
    const html = renderMarkdown("# Title\n\n## Sub\n\n###### Small\n\n**bold** _it_ ~~gone~~ `code`\n\n- one\n- two\n\n1. first\n\n> quote\n\n[site](https://example.com) [mail](mailto:a@example.com) [page](/about)");
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<h2>Sub</h2>");
    expect(html).toContain("<h4>Small</h4>");
    expect(html).not.toMatch(/<h1|<h5|<h6/);
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain("<code>code</code>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain("<ol>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener">site</a>');
    expect(html).toContain('<a href="mailto:a@example.com" rel="nofollow noopener">mail</a>');
    expect(html).toContain('<a href="/about" rel="nofollow noopener">page</a>');
  });

  it("is empty for empty input", () => {
    expect(renderMarkdown("   \n")).toBe("");
  });

  const vectors: [string, string][] = [
    ["script tag", "<script>alert(1)</script>hello"],
    ["script in markdown paragraph", "text <script src=https://evil.example/x.js></script>"],
    ["img onerror", '<img src=x onerror="alert(1)">'],
    ["markdown image", "![x](https://evil.example/a.png)"],
    ["javascript link", "[click](javascript:alert(1))"],
    ["javascript link, entity-encoded", "[click](&#106;avascript:alert(1))"],
    ["javascript link, mixed case and whitespace", '<a href="  JaVaScRiPt:alert(1)">x</a>'],
    ["javascript link with tab", '<a href="java\tscript:alert(1)">x</a>'],
    ["data URL link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript link", '<a href="vbscript:msgbox(1)">x</a>'],
    ["protocol-relative link", '<a href="//evil.example">x</a>'],
    ["iframe", '<iframe src="https://evil.example"></iframe>'],
    ["style tag", "<style>body{display:none}</style>"],
    ["inline style and handlers", '<p style="color:red" onclick="alert(1)" onmouseover="alert(1)">hi</p>'],
    ["svg onload", '<svg onload="alert(1)"><circle/></svg>'],
    ["object/embed", '<object data="x.swf"></object><embed src="x.swf">'],
    ["form", '<form action="https://evil.example"><input name="a"><button formaction="javascript:alert(1)">go</button></form>'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ["link autolink javascript", "<javascript:alert(1)>"],
    ["nested tag trick", "<scr<script>ipt>alert(1)</script>"],
    ["unclosed attribute", '<a href="https://ok.example" onclick=alert(1)>x</a>'],
    ["base tag", '<base href="https://evil.example/">'],
  ];

  it.each(vectors)("neutralises %s", (_name, input) => {
    const html = renderMarkdown(input).toLowerCase();
    for (const bad of ["<script", "<img", "<iframe", "<style", "<svg", "<object", "<embed", "<form", "<input", "<button", "<meta", "<base", " on", "style="]) {
      expect(html, `${bad} in ${html}`).not.toContain(bad);
    }
    // Every attribute left is one of the allowed few, and every href is http(s), mailto or a local path.
    for (const [, name] of html.matchAll(/\s([a-z-]+)=/g)) expect(["href", "title", "rel", "start", "align"]).toContain(name);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:|\/[^/])/);
  });

  it("drops the content of scripts, styles and iframes with the tags", () => {
    expect(renderMarkdown("<script>alert(1)</script>hello")).toBe("hello");
    expect(renderMarkdown("a<style>body{}</style><iframe>frame text</iframe>b")).toBe("<p>ab</p>");
  });

  it("keeps the text of dropped tags that are content, and forces rel on every link", () => {
    expect(renderMarkdown("<div><span>kept</span></div>")).toContain("kept");
    const html = renderMarkdown('<a href="https://example.com" rel="opener" target="_blank">x</a>');
    expect(html).toBe('<p><a href="https://example.com" rel="nofollow noopener">x</a></p>');
  });
});
