import { describe, expect, it } from "vitest";
import { html, isolateBidi, SafeHtml, trusted } from "../../src/site/html.js";

describe("html tagged template", () => {
  it.each([
    ["text", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["quotes and ampersands", `"a" & 'b'`, "<p>&quot;a&quot; &amp; &#39;b&#39;</p>"],
    ["numbers", 42, "<p>42</p>"],
    ["zero", 0, "<p>0</p>"],
    ["nothing", undefined, "<p></p>"],
    ["null", null, "<p></p>"],
    ["false", false, "<p></p>"],
    ["a list of text, each escaped", ["<a>", "&"], "<p>&lt;a&gt;&amp;</p>"],
  ] as const)("escapes %s", (_name, value, expected) => {
    expect(html`<p>${value}</p>`.value).toBe(expected);
  });

  it("embeds nested html and trusted markup as they are", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${trusted("<svg></svg>")}</p>`.value).toBe("<p><b>&lt;i&gt;</b><svg></svg></p>");
    expect(html`<ul>${["a", "b"].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a</li><li>b</li></ul>");
  });

  it("leaves out the template's own indentation, keeping the line breaks and every embedded value's spaces", () => {
    const code = trusted("<pre><code>if (x) {\n    y();\n}</code></pre>");
    const out = html`<ul>
      <li>${"  two leading spaces"}</li>
      ${code}
    </ul>`.value;
    expect(out).toBe("<ul>\n<li>  two leading spaces</li>\n<pre><code>if (x) {\n    y();\n}</code></pre>\n</ul>");
  });

  it("does not trust strings that merely look like markup, nor objects that mimic SafeHtml", () => {
    const fake = { value: "<script>" } as unknown as SafeHtml;
    expect(html`${fake}`.value).toBe("[object Object]");
    expect(html`${"<b>bold</b>"}`.value).toBe("&lt;b&gt;bold&lt;/b&gt;");
  });

  describe("right-to-left overrides in titles and names", () => {
    const RLO = "\u202E";
    const FSI = "\u2068";
    const PDI = "\u2069";

    it("isolates text holding bidi controls, in element content and attributes alike", () => {
      const title = `Summit ${RLO}txt.exe`;
      expect(html`<h1>${title}</h1> · Site`.value).toBe(`<h1>${FSI}${title}${PDI}</h1> · Site`);
      expect(html`<a title="${title}">x</a>`.value).toBe(`<a title="${FSI}${title}${PDI}">x</a>`);
    });

    it("leaves ordinary text, right-to-left scripts included, as it is", () => {
      for (const text of ["Fumio Kishida", "محمد بن سلمان", "שלום", "Ünïcödé — “quotes”"])
        expect(html`${text}`.value).toBe(text);
    });

    it("cannot be closed early by a stray isolate terminator, and closes isolates the text leaves open", () => {
      expect(isolateBidi(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
      expect(isolateBidi("a\u2067b")).toBe(`${FSI}a\u2067b${PDI}${PDI}`);
      expect(isolateBidi(`\u2066x${PDI}${RLO}`)).toBe(`${FSI}\u2066x${PDI}${RLO}${PDI}`);
    });
  });
});
