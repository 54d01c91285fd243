import { describe, expect, it } from "vitest";
import { renderArticleBody } from "../../src/site/render-article-body.js";

const link = (body: string, text: string, url: string) => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, url };
};

describe("renderArticleBody, plain text", () => {
  it("makes one paragraph per line and links mentions at their offsets, with the prefix", () => {
    const body = "Fumio Kishida met Joe Biden.\r\n\r\nJapan agreed.";
    const html = renderArticleBody(
      {
        body,
        markdown: false,
        links: [link(body, "Fumio Kishida", "/entities/fumio-kishida/"), link(body, "Japan", "/entities/japan/")],
      },
      "/repo/",
    );
    expect(html).toBe(
      '<p><a href="/repo/entities/fumio-kishida/">Fumio Kishida</a> met Joe Biden.</p>\n<p><a href="/repo/entities/japan/">Japan</a> agreed.</p>',
    );
  });

  it("escapes everything, inside links too", () => {
    const body = 'A <script>alert(1)</script> & "Evil <b>Name</b>"';
    const html = renderArticleBody({
      body,
      markdown: false,
      links: [link(body, "Evil <b>Name</b>", "/entities/evil/")],
    });
    expect(html).toBe(
      '<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<a href="/entities/evil/">Evil &lt;b&gt;Name&lt;/b&gt;</a>&quot;</p>',
    );
  });

  it.each([
    ["an external URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a protocol-relative URL", "//evil.example/"],
  ])("does not link a mention to %s", (_, url) => {
    const body = "Kishida spoke.";
    expect(renderArticleBody({ body, markdown: false, links: [link(body, "Kishida", url)] })).toBe(
      "<p>Kishida spoke.</p>",
    );
  });

  it("ignores overlapping and out-of-range links", () => {
    const body = "Fumio Kishida spoke.";
    const html = renderArticleBody({
      body,
      markdown: false,
      links: [
        { start: 0, end: 13, url: "/a/" },
        { start: 6, end: 13, url: "/b/" },
        { start: 15, end: 99, url: "/c/" },
      ],
    });
    expect(html).toBe('<p><a href="/a/">Fumio Kishida</a> spoke.</p>');
  });
});

describe("renderArticleBody, markdown", () => {
  it("does not pass raw HTML through", () => {
    const html = renderArticleBody({
      body: 'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">',
      markdown: true,
      links: [],
    });
    expect(html).toBe(
      "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt;</p>\n",
    );
  });

  it.each([
    ["javascript:", "[x](javascript:alert(1))"],
    ["data:", "[x](data:text/html,hi)"],
    ["vbscript:", "[x](vbscript:msgbox)"],
    ["mailto:", "[x](mailto:a@b.c)"],
  ])("links no %s URL", (_, body) => {
    expect(renderArticleBody({ body, markdown: true, links: [] })).not.toContain("<a");
  });

  it.each([
    [
      "an image",
      "Before ![Leaders <at> the summit](https://example.com/a.jpg) after.",
      "<p>Before Leaders &lt;at&gt; the summit after.</p>\n",
    ],
    [
      "an image with emphasis in its alt text",
      '![The *new* port](https://example.com/p.png "Port")',
      "<p>The new port</p>\n",
    ],
    [
      "an image inside a link",
      "[![Logo](https://example.com/l.png)](https://example.com/)",
      '<p><a href="https://example.com/" rel="nofollow noopener noreferrer">Logo</a></p>\n',
    ],
    ["an image with a javascript: URL", "![x](javascript:alert(1))", "<p>![x](javascript:alert(1))</p>\n"],
  ])("renders %s as its alt text, never an <img> or a stray !", (_name, body, expected) => {
    expect(renderArticleBody({ body, markdown: true, links: [] })).toBe(expected);
  });

  it("shows the alt text of an image whose alt holds a mention, without a link inside it", () => {
    const body = "![Kishida speaks](https://example.com/k.jpg)";
    const out = renderArticleBody({ body, markdown: true, links: [link(body, "Kishida", "/entities/fumio-kishida/")] });
    expect(out).toBe("<p>Kishida speaks</p>\n");
  });

  it("links http(s) with rel nofollow, and does not autolink bare URLs", () => {
    expect(renderArticleBody({ body: "[x](https://example.com/)", markdown: true, links: [] })).toBe(
      '<p><a href="https://example.com/" rel="nofollow noopener noreferrer">x</a></p>\n',
    );
    expect(renderArticleBody({ body: "see https://example.com/ now", markdown: true, links: [] })).not.toContain("<a");
  });

  it("links mentions in text but never inside code, links or URLs", () => {
    const body = "**Japan** and Kishida. `Japan` [Kishida](https://example.com/Kishida) Japan";
    // Every occurrence of both names is given as a mention, as extraction might.
    const links = [...body.matchAll(/Japan|Kishida/g)].map((m, i) => ({
      start: m.index,
      end: m.index + m[0].length,
      url: `/e/${i}/`,
    }));
    expect(links).toHaveLength(6);
    const html = renderArticleBody({ body, markdown: true, links });
    expect(html).toBe(
      '<p><strong><a href="/e/0/">Japan</a></strong> and <a href="/e/1/">Kishida</a>. <code>Japan</code> <a href="https://example.com/Kishida" rel="nofollow noopener noreferrer">Kishida</a> <a href="/e/5/">Japan</a></p>\n',
    );
  });

  it("cannot be tricked by private-use marker characters in the text", () => {
    const body = "\uE000\uE010\uE001evil\uE002 Japan";
    const html = renderArticleBody({
      body,
      markdown: true,
      links: [{ start: body.indexOf("Japan"), end: body.length, url: "/e/japan/" }],
    });
    expect(html).not.toMatch(/[\uE000-\uE019]/);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="/e/japan/">Japan</a>');
  });
});
