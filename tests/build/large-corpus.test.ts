import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COVERED_SHAPE, generateArticles, writeCorpus } from "../../bench/generate-corpus.js";
import { runCli } from "../helpers/run-cli.js";
import { brokenLinks, listFiles } from "../helpers/site-links.js";

// The site must hold on an archive, not only on two articles: 1,000 generated articles
// (several stories each covered by several articles), built under a path prefix.
describe("a 1,000-article archive", () => {
  const root = mkdtempSync(join(tmpdir(), "digest-large-"));
  const content = join(root, "content");
  const out = join(root, "site");
  let status: number | null;
  let stdout: string;
  let files: string[] = [];

  beforeAll(async () => {
    await writeCorpus(content, generateArticles(1000, 7, COVERED_SHAPE));
    ({ status, stdout } = runCli([
      "build",
      "--content",
      content,
      "--out",
      out,
      "--pathprefix",
      "/archive-test/",
      "--no-cache",
    ]));
    if (status === 0) files = listFiles(out);
  }, 600_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("builds every article", () => {
    expect(status).toBe(0);
    expect(stdout).toMatch(/Read 1000 files: 1000 articles built, 0 rejected, 0 ignored/);
    // Each article is read on its own page, or, its story's only source, on its story's page.
    const stories = JSON.parse(readFileSync(join(out, "data", "stories.json"), "utf8")) as {
      url: string;
      articles: { id: string; url: string }[];
    }[];
    const pages = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    const withPage = stories.filter((s) => s.articles.length > 1).flatMap((s) => s.articles);
    expect(pages).toHaveLength(withPage.length);
    for (const article of withPage) expect(article.url).toBe(`/archive-test/articles/${article.id}/`);
    for (const story of stories.filter((s) => s.articles.length === 1)) {
      const page = readFileSync(join(out, story.url.slice("/archive-test/".length), "index.html"), "utf8");
      expect(page).toContain(`<section id="article-${story.articles[0]!.id}"`);
    }
  });

  it("groups the coverage into stories, every article in exactly one", () => {
    const stories = JSON.parse(readFileSync(join(out, "data", "stories.json"), "utf8")) as {
      articles: { path: string }[];
    }[];
    const paths = stories.flatMap((s) => s.articles.map((a) => a.path));
    expect(new Set(paths).size).toBe(1000);
    expect(paths).toHaveLength(1000);
    // Each generated story is covered by 3–6 articles: far fewer stories than articles.
    expect(stories.length).toBeLessThan(500);
    expect(stories.length).toBeGreaterThan(100);
  });

  it("paginates long lists", () => {
    expect(files).toContain("index.html");
    expect(files.some((f) => /^page\/2\/index\.html$|^\d+\/index\.html$|(^|\/)page-?2\//.test(f))).toBe(true);
  });

  it("has no broken internal link under the prefix", () => {
    expect(brokenLinks(out, "/archive-test/")).toEqual([]);
  });

  it("writes only valid HTML", () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "long-title": "off", "no-trailing-whitespace": "off" },
    });
    const invalid: string[] = [];
    for (const page of files.filter((f) => f.endsWith(".html"))) {
      const report = validator.validateStringSync(readFileSync(join(out, page), "utf8"));
      if (!report.valid) invalid.push(`${page}: ${report.results[0]?.messages[0]?.message}`);
    }
    expect(invalid).toEqual([]);
    // Validating thousands of pages takes minutes on a loaded 2-core machine: a limit, not a measure.
  }, 600_000);
});
