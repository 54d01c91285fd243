import { describe, expect, it } from "vitest";
import { articlesFromSources } from "../../src/ingest/ingest-content.js";
import { parseArticle, publishedFromFilename } from "../../src/ingest/parse-article.js";
import type { SourceFile } from "../../src/types.js";

const source = (path: string, raw: string): SourceFile => ({
  path,
  absolutePath: `/content/${path}`,
  raw,
  hash: `h-${path}-${raw.length}`,
});

describe("parseArticle", () => {
  it("reads front matter fields and keeps the body after the closing ---", () => {
    const raw =
      "---\ntitle: Summit ends\ndate: 2024-04-11\noutlet: Example News\nurl: https://example.com/a\ntags: " +
      "[diplomacy, defence]\nmood: calm\n---\nLeaders met in Washington.\n";
    const { article, diagnostics } = parseArticle(source("a.md", raw));
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "Summit ends",
      titleSource: "front-matter",
      published: { date: "2024-04-11", precision: "day", source: "front-matter" },
      outlet: "Example News",
      url: "https://example.com/a",
      tags: ["diplomacy", "defence"],
      body: "Leaders met in Washington.\n",
      bodyLine: 9,
      extra: { mood: "calm" },
    });
  });

  it("takes the date from a YYYY-MM-DD- filename prefix when front matter has none", () => {
    const { article } = parseArticle(source("2024-03-12-talks.md", "Talks continued.\n"));
    expect(article?.published).toEqual({ date: "2024-03-12", precision: "day", source: "filename" });
  });

  it("leaves the date to inference for plain text without one (never the build day)", () => {
    const { article } = parseArticle(source("note.txt", "Title line\n\nSome text here."));
    expect(article?.published).toBeUndefined();
    expect(article?.titleSource).toBe("first-line");
  });

  it("reports malformed YAML at the line of the error", () => {
    const raw = "---\ntitle: ok\ntags: [a, b\nauthor: x\n---\nBody\n";
    const { article, diagnostics } = parseArticle(source("bad.md", raw));
    expect(article).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", code: "yaml-syntax", file: "bad.md" });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("rejects a date that is no date, naming the line and column of the value", () => {
    const { article, diagnostics } = parseArticle(source("d.md", "---\ntitle: x\ndate: soon-ish\n---\nBody text.\n"));
    expect(article).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "bad-date",
        line: 3,
        column: 7,
        hint: expect.stringContaining("YYYY-MM-DD"),
      }),
    );
  });

  it.each([
    ["2024-02-30", "bad-date"],
    ["2024-13-45", "bad-date"],
    ["0000-00-00", "bad-date"],
    ["2024-02-29", "2024-02-29"],
    ["2024-03-11T10:00:00+14:00", "2024-03-11"],
    ["2024-03-11T23:30:00-10:00", "2024-03-11"],
    ["2024-03-11 10:00:00", "2024-03-11"],
  ])(
    "reads the unquoted date %s as written: rejected when no such day exists, the local day kept otherwise",
    (value, expected) => {
      for (const written of [value, `"${value}"`]) {
        const { article, diagnostics } = parseArticle(
          source("d.md", `---\ntitle: x\ndate: ${written}\n---\nBody text.\n`),
        );
        if (expected === "bad-date") {
          expect(article).toBeUndefined();
          expect(diagnostics).toEqual([
            expect.objectContaining({ severity: "error", code: "bad-date", line: 3, column: 7 }),
          ]);
          expect(diagnostics[0]?.message).toContain(value);
        } else {
          expect(diagnostics).toEqual([]);
          expect(article?.published).toEqual({ date: expected, precision: "day", source: "front-matter" });
        }
      }
    },
  );

  it("keeps an unknown date-like field as the text written", () => {
    const { article } = parseArticle(source("d.md", "---\nupdated: 2024-03-11\n---\nBody text.\n"));
    expect(article?.extra).toEqual({ updated: "2024-03-11" });
  });

  it("cleans control characters written as YAML escapes in every front matter string, with a warning per field", () => {
    const raw =
      '---\ntitle: "a\\x01b"\noutlet: "Out\\x02let"\nauthors: ["Jane\\x03 Doe"]\ntags: ["t\\x04"]\nentities: ' +
      '["E\\x05x"]\nmood: "\\x06calm"\n---\nBody text.\n';
    const { article, diagnostics } = parseArticle(source("c.md", raw));
    expect(article).toMatchObject({
      title: "a\uFFFDb",
      outlet: "Out\uFFFDlet",
      authors: ["Jane\uFFFD Doe"],
      tags: ["t\uFFFD"],
      declaredEntities: ["E\uFFFDx"],
      extra: { mood: "\uFFFDcalm" },
    });
    expect(diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual(
      [2, 3, 4, 5, 6, 7].map((line) => ["warning", "control-characters", line]),
    );
    expect(JSON.stringify(article)).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/);
  });

  it.each(["None", "null", "N/A", "unknown"])(
    "reads date %j as no date, with a warning, and keeps the article",
    (value) => {
      const { article, diagnostics } = parseArticle(
        source("n.md", `---\ntitle: x\ndate: "${value}"\n---\nBody text.\n`),
      );
      expect(article?.published).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "empty-date", line: 3 })]);
    },
  );

  it("reads tags given as a string as a comma-separated list, with a warning", () => {
    const { article, diagnostics } = parseArticle(source("t.md", "---\ntags: war, peace\n---\nBody.\n"));
    expect(article?.tags).toEqual(["war", "peace"]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "list-as-string", line: 2 }),
    );
  });

  it("does not link a javascript: url", () => {
    const { article, diagnostics } = parseArticle(source("u.md", "---\nurl: javascript:alert(1)\n---\nBody.\n"));
    expect(article?.url).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "bad-url" }));
  });

  it.each(["js", "javascript"])(
    "rejects ---%s front matter at line 1 instead of publishing it as text titled ---%s",
    (language) => {
      const { article, diagnostics } = parseArticle(
        source("j.md", `---${language}\n{ title: "x" }\n---\nBody text.\n`),
      );
      expect(article).toBeUndefined();
      expect(diagnostics).toEqual([
        expect.objectContaining({
          severity: "error",
          code: "front-matter-code",
          line: 1,
          column: 1,
          message: `---${language} front matter is not supported: front matter is data, never code; write YAML`,
        }),
      ]);
    },
  );

  it("rejects an unclosed front matter block", () => {
    const { diagnostics } = parseArticle(source("o.md", "---\ntitle: x\nBody without end\n"));
    expect(diagnostics[0]).toMatchObject({ code: "front-matter-unclosed", line: 1 });
  });

  it("reads CRLF files", () => {
    const { article } = parseArticle(source("c.md", "---\r\ntitle: Windows\r\n---\r\nLine one.\r\n"));
    expect(article?.title).toBe("Windows");
    expect(article?.body).toBe("Line one.\r\n");
  });
});

describe("parseArticle on wrong or hostile front matter", () => {
  it.each([
    ["tags: 42", "tags", "must be a list of names, like [defence, diplomacy], but it is a number (42)"],
    ["title: [a, b]", "title", "must be a line of text, but it is a list"],
    ["title:\n  text: nested", "title", "must be a line of text, but it is a group of fields (a mapping)"],
    ["url: 12", "url", "must be an address, like https://example.com/article, but it is a number (12)"],
    ["draft: maybe", "draft", 'must be true or false, but it is the text "maybe"'],
    [
      "tags: [a, {b: 1}]",
      "tags",
      "must be a list of names, like [defence, diplomacy], or a comma-separated line of them; item 2 is a group of " +
        "fields (a mapping)",
    ],
    [
      "tags: [{a: 1}]",
      "tags",
      "must be a list of names, like [defence, diplomacy], or a comma-separated line of them; item 1 is a group of " +
        "fields (a mapping)",
    ],
    [
      "people: [Ann, [Bo, Cy]]",
      "people",
      "must be a list of names, like [defence, diplomacy], or a comma-separated line of them; item 2 is a list",
    ],
  ])("rejects %j, naming the field, what it must be and what it is", (yaml, field, message) => {
    const { article, diagnostics } = parseArticle(source("w.md", `---\nid: 1\n${yaml}\n---\nBody.\n`));
    expect(article).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "front-matter-type",
        line: 3,
        message: `front matter "${field}" ${message}`,
      }),
    ]);
  });

  it.each([
    ["slug", `slug: "${"x ".repeat(2500)}"`],
    ["url", `url: ftp://${"x".repeat(5000)}`],
    ["permalink", `permalink: ../${"x".repeat(5000)}`],
    ["draft", `draft: "${"x".repeat(5000)}"`],
    ["date", `date: "${"x".repeat(5000)}"`],
    ["people", `people: ["${"-".repeat(5000)}"]`],
    ["closing line", `title: t\n---${"x".repeat(5000)}`],
  ])("cuts a 5,000-character %s to 60 characters and its length in the message", (_name, yaml) => {
    const { diagnostics } = parseArticle(source("long.md", `---\n${yaml}\n---\nBody.\n`));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.message.length, d.message.slice(0, 200)).toBeLessThan(300);
      expect(d.message).toMatch(/… ?"? \(5,0\d\d characters\)/);
    }
  });

  it("reports every wrong field of a file, not only the first", () => {
    const { diagnostics } = parseArticle(source("w.md", "---\ntitle: [x]\ntags: 42\n---\nBody.\n"));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["front-matter-type", 2],
      ["front-matter-type", 3],
    ]);
  });

  it.each([
    ["42", "42"],
    ["1843", "1843"],
  ])("reads a number given as outlet or title (%s) as text", (value, text) => {
    const { article } = parseArticle(source("n.md", `---\ntitle: ${value}\noutlet: ${value}\n---\nBody.\n`));
    expect(article).toMatchObject({ title: text, outlet: text });
  });

  it("keeps unknown fields without a diagnostic, and warns about a near-miss of a known one", () => {
    const { article, diagnostics } = parseArticle(
      source("u.md", "---\nmood: calm\nTitle: Near miss\nregion: north\n---\nBody.\n"),
    );
    expect(article?.extra).toEqual({ mood: "calm", Title: "Near miss", region: "north" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "unknown-field",
        line: 3,
        hint: expect.stringContaining('"title"'),
      }),
    ]);
  });

  it("keeps a __proto__ field as an ordinary extra field", () => {
    const { article } = parseArticle(source("p.md", "---\n__proto__: { isAdmin: true }\n---\nBody.\n"));
    expect(Object.getPrototypeOf(article?.extra)).toBe(Object.prototype);
    expect(Object.keys(article?.extra ?? {})).toEqual(["__proto__"]);
    expect((article?.extra as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it.each([
    ["../../etc/passwd", "escaped"],
    ["/etc/passwd", "plain"],
    ["C:\\Windows\\x.html", "escaped"],
    ["..\\..\\x.html", "escaped"],
    ["/news/{{ title | slugify }}/", "plain"],
  ])("ignores permalink %s with a warning that says whether it escapes", (permalink, kind) => {
    const { article, diagnostics } = parseArticle(source("p.md", `---\npermalink: '${permalink}'\n---\nBody.\n`));
    expect(article).toBeDefined();
    expect(JSON.stringify(article)).not.toContain("passwd");
    const warning = diagnostics.find((d) => d.code === "permalink-ignored");
    expect(warning?.message.includes("outside")).toBe(kind === "escaped");
  });

  it.each([
    ["../../../escaped", "escaped", "slug-changed"],
    ["..", undefined, "slug-changed"],
    ["good-slug", "good-slug", undefined],
  ])("keeps slug %j to one safe path segment", (slug, hint, code) => {
    const { article, diagnostics } = parseArticle(source("s.md", `---\nslug: "${slug}"\n---\nBody.\n`));
    expect(article?.slugHint).toBe(hint);
    expect(diagnostics[0]?.code).toBe(code);
  });

  it("drops declared entity names without a letter or digit (they would have no URL of their own)", () => {
    const { article, diagnostics } = parseArticle(source("e.md", '---\nentities: ["..", "/", Jane Doe]\n---\nBody.\n'));
    expect(article?.declaredEntities).toEqual(["Jane Doe"]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "bad-name", line: 2 })]);
  });

  it.each([
    ["zero-width characters", "\\u200B\\u200C\\u200D\\u2060\\uFEFF", "U+200B U+200C U+200D U+2060"],
    ["bidirectional controls", "\\u202A\\u202E\\u2066\\u2069", "U+202A U+202E U+2066 U+2069"],
    ["blank letters and spaces", "\\u3164 \\u2800\\u3000\\u00AD", "U+3164 U+0020 U+2800 U+0020 …"],
  ])(
    "takes the title from the text, with a warning, when the front matter's title is %s only",
    (_name, written, points) => {
      const { article, diagnostics } = parseArticle(
        source("z.md", `---\ntitle: "${written}"\noutlet: "${written}"\n---\nThe council of Lyon met on Thursday.\n`),
      );
      expect(article?.title).toBe("The council of Lyon met on Thursday");
      expect(article?.titleSource).not.toBe("front-matter");
      expect(article?.outlet).toBeUndefined();
      expect(diagnostics).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "invisible-title",
          line: 2,
          message: `title has no visible character (${points}); the title comes from the text`,
        }),
      ]);
    },
  );

  it("keeps a title that has visible text among invisible characters, and titles a text whose first line is invisible after its file", () => {
    expect(parseArticle(source("v.md", '---\ntitle: "\\u202EKyiv\\u200B talks"\n---\nBody.\n')).article?.title).toBe(
      "\u202EKyiv\u200B talks",
    );
    expect(parseArticle(source("emoji.md", '---\ntitle: "🔥"\n---\nBody.\n')).article?.title).toBe("🔥");
    expect(parseArticle(source("blank-first-line.txt", "\u200B\u200D\n\n\u200B\n")).article?.title).toBe(
      "blank-first-line",
    );
  });

  it("collapses a multi-line title and cuts an enormous one", () => {
    expect(parseArticle(source("t.md", "---\ntitle: |\n  Two\n  lines\n---\nBody.\n")).article?.title).toBe(
      "Two lines",
    );
    const long = parseArticle(source("t.md", `---\ntitle: ${"word ".repeat(200)}\n---\nBody.\n`));
    expect(long.article?.title.length).toBeLessThanOrEqual(300);
    expect(long.diagnostics).toEqual([expect.objectContaining({ code: "long-title" })]);
  });

  it("leaves a draft out with a reason instead of an article", () => {
    expect(parseArticle(source("d.md", "---\ndraft: true\n---\nBody.\n"))).toEqual({
      ignoredReason: expect.stringContaining("draft"),
      diagnostics: [],
    });
    expect(parseArticle(source("d.md", "---\ndraft: false\n---\nBody.\n")).article).toBeDefined();
  });

  it("rejects front matter without text below it", () => {
    expect(parseArticle(source("e.md", "---\ntitle: x\n---\n\n  \n")).diagnostics).toEqual([
      expect.objectContaining({ code: "empty-body", line: 4, column: 1 }),
    ]);
  });

  it("titles a body without words after its file name", () => {
    expect(parseArticle(source("news/2024-05-01-storm.txt", "!!!\n")).article?.title).toBe("2024-05-01-storm");
  });
});

describe("publishedFromFilename", () => {
  it.each([
    ["2024-03-12-x.md", "2024-03-12"],
    ["news/2023-12-31_y.txt", "2023-12-31"],
    ["2024-02-30-x.md", undefined],
    ["x-2024-03-12.md", undefined],
  ])("%s -> %s", (path, date) => {
    expect(publishedFromFilename(path)?.date).toBe(date);
  });
});

describe("articlesFromSources", () => {
  it("keeps identical files once and reports the copy", () => {
    const a = source("a.txt", "Same text here.");
    const b = { ...source("b.txt", "Same text here."), hash: a.hash };
    const result = articlesFromSources([a, b]);
    expect(result.articles.map((x) => x.sourcePath)).toEqual(["a.txt"]);
    expect(result.duplicates).toEqual([{ path: "b.txt", reason: "identical to a.txt" }]);
  });

  it("gives distinct ids to titles that slugify alike", () => {
    const result = articlesFromSources([
      source("a.md", "---\ntitle: Peace talks!\n---\nOne."),
      source("b.md", "---\ntitle: Peace Talks?\n---\nTwo."),
    ]);
    expect(result.articles.map((x) => x.id)).toEqual(["peace-talks", "peace-talks-2"]);
  });

  it("keeps a slug that tries to leave the output folder inside it", () => {
    const result = articlesFromSources([source("a.md", "---\nslug: ../../etc/passwd\n---\nOne.")]);
    expect(result.articles[0]?.id).toBe("etc-passwd");
  });
});
