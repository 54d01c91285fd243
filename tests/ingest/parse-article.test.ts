import { describe, expect, it } from "vitest";
import { articlesFromSources } from "../../src/ingest/ingest-content.js";
import { parseArticle, publishedFromFilename } from "../../src/ingest/parse-article.js";
import type { SourceFile } from "../../src/types.js";

const source = (path: string, raw: string): SourceFile => ({ path, absolutePath: `/content/${path}`, raw, hash: `h-${path}-${raw.length}` });

describe("parseArticle", () => {
  it("reads front matter fields and keeps the body after the closing ---", () => {
    const raw = "---\ntitle: Summit ends\ndate: 2024-04-11\noutlet: Example News\nurl: https://example.com/a\ntags: [diplomacy, defence]\nmood: calm\n---\nLeaders met in Washington.\n";
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

  it("rejects a date that is no date, naming the line", () => {
    const { article, diagnostics } = parseArticle(source("d.md", "---\ntitle: x\ndate: soon-ish\n---\nBody text.\n"));
    expect(article?.published).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "bad-date", line: 3 }));
  });

  it("reads tags given as a string as a comma-separated list, with a warning", () => {
    const { article, diagnostics } = parseArticle(source("t.md", "---\ntags: war, peace\n---\nBody.\n"));
    expect(article?.tags).toEqual(["war", "peace"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", code: "list-as-string", line: 2 }));
  });

  it("does not link a javascript: url", () => {
    const { article, diagnostics } = parseArticle(source("u.md", "---\nurl: javascript:alert(1)\n---\nBody.\n"));
    expect(article?.url).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "bad-url" }));
  });

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
