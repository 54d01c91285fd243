// The per-page guard of the site stage (page-failures.ts): a page whose template throws is
// recorded with the files behind it and replaced, and the report names files, pages and causes.
import { DEFAULT_CACHE_DIR } from "../../src/cache/cache-folder.js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  countFailures,
  pageFailureDiagnostics,
  PageFailures,
  renderGuarded,
  storyArticles,
  urlOfPath,
  type PageFailure,
} from "../../src/site/page-failures.js";
import { PAGE_KINDS } from "../../src/site/page-kinds.js";
import { manifestPath, renderSite, type RenderResult } from "../../src/site/render-site.js";
import { buildSitePages } from "../../src/site/site-pages.js";
import type { SiteData } from "../../src/types.js";
import { brokenLinks } from "../helpers/site-links.js";
import { buildFixtureSite } from "./site-fixture.js";

const page = (articles: string[], fallback?: (url: string) => string) => ({
  kind: "story",
  path: () => "stories/x/index.html",
  articles: () => articles,
  ...(fallback ? { fallback } : {}),
});
const throwing = (error: unknown) => () => {
  throw error;
};

describe("renderGuarded", () => {
  it("returns the page as rendered when nothing throws, and records nothing", () => {
    const failures = new PageFailures();
    expect(
      renderGuarded(
        page(["a.md"], () => "placeholder"),
        () => "<p>page</p>",
        failures,
      ),
    ).toBe("<p>page</p>");
    expect(failures.list).toEqual([]);
  });

  it("records a throwing page with its URL, files and error, and returns its fallback", () => {
    const failures = new PageFailures();
    const seen: PageFailure[] = [];
    const reporting = new PageFailures((failure) => seen.push(failure));
    for (const collector of [failures, reporting]) {
      expect(
        renderGuarded(
          page(["a.md", "b.md"], (url) => `placeholder at ${url}`),
          throwing(new RangeError("Invalid string length")),
          collector,
        ),
      ).toBe("placeholder at /stories/x/");
    }
    const expected = {
      kind: "story",
      url: "/stories/x/",
      path: "stories/x/index.html",
      articles: ["a.md", "b.md"],
      message: "RangeError: Invalid string length",
      placeholder: true,
    };
    expect(failures.list).toEqual([expected]);
    expect(seen).toEqual([expected]);
  });

  it("leaves a file without a fallback empty and marks it as not replaced", () => {
    const failures = new PageFailures();
    expect(
      renderGuarded(
        { kind: "feedAtom", path: () => "feed.xml", articles: () => [], fallback: () => undefined },
        throwing(new Error("bad card")),
        failures,
      ),
    ).toBe("");
    expect(failures.list).toEqual([
      expect.objectContaining({ url: "/feed.xml", message: "bad card", placeholder: false }),
    ]);
  });

  it("still records the failure when the files behind the page cannot be listed", () => {
    const failures = new PageFailures();
    renderGuarded(
      { kind: "story", path: () => "stories/x/index.html", articles: throwing(new Error("no")) },
      throwing("a string"),
      failures,
    );
    expect(failures.list).toEqual([expect.objectContaining({ articles: [], message: "a string" })]);
  });

  it("prints where the template broke (the stack) under DEBUG only", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    vi.stubEnv("DEBUG", "1");
    renderGuarded(
      page(["a.md"], () => "placeholder"),
      throwing(new TypeError("boom")),
      new PageFailures(),
    );
    vi.unstubAllEnvs();
    expect(write).toHaveBeenCalledWith(
      expect.stringMatching(/^\[digest\] story \/stories\/x\/ failed to render: TypeError: boom\n\s+at /),
    );
    write.mockClear();
    vi.stubEnv("DEBUG", "");
    renderGuarded(
      page(["a.md"], () => "placeholder"),
      throwing(new TypeError("boom")),
      new PageFailures(),
    );
    vi.unstubAllEnvs();
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });

  it("throws the page's error when no one collects failures", () => {
    expect(() =>
      renderGuarded(
        page(["a.md"], () => "placeholder"),
        throwing(new TypeError("x is undefined")),
        undefined,
      ),
    ).toThrow(TypeError);
  });
});

describe("urlOfPath", () => {
  it("gives the page URL of an output path", () => {
    expect(urlOfPath("index.html")).toBe("/");
    expect(urlOfPath("stories/x/index.html")).toBe("/stories/x/");
    expect(urlOfPath("entities/x/feed.xml")).toBe("/entities/x/feed.xml");
    expect(urlOfPath("404.html")).toBe("/404.html");
  });
});

describe("the files behind a page", () => {
  it("are the page's own article, its story's sources, or the sources of the stories a list shows", () => {
    const site = buildFixtureSite();
    const pages = buildSitePages(site);
    const article = site.articles[0]!;
    expect(PAGE_KINDS.article.sources?.(article, site)).toEqual([article.path]);
    const story = pages.stories[0]!;
    expect(PAGE_KINDS.story.sources?.(story, site)).toEqual(story.sources.map((s) => s.path));
    const home = pages.home[0]!;
    const expected = storyArticles(site, home.items);
    expect(expected.length).toBeGreaterThan(0);
    expect(PAGE_KINDS.home.sources?.(home, site)).toEqual(expected);
    expect(PAGE_KINDS.feedAtom.sources?.(pages.feeds[0]!, site)).toEqual(storyArticles(site, pages.feeds[0]!.cards));
  });
});

describe("pageFailureDiagnostics", () => {
  const failure = (over: Partial<PageFailure>): PageFailure => ({
    kind: "story",
    url: "/stories/x/",
    path: "stories/x/index.html",
    articles: ["a.md"],
    message: "RangeError: Invalid string length",
    placeholder: true,
    ...over,
  });

  it("names the first file as the path, the page and the other files in the message, and what to do", () => {
    const [d] = pageFailureDiagnostics([failure({ articles: ["a.md", "b.md", "c.md"] })], false);
    expect(d).toEqual({
      severity: "error",
      file: "a.md",
      message: "the page /stories/x/ (with b.md, c.md) could not be rendered: RangeError: Invalid string length",
      hint: expect.stringContaining("--skip-invalid"),
      code: "page-render",
    });
  });

  it("cuts a long list of files", () => {
    const articles = Array.from({ length: 30 }, (_, n) => `f${n}.md`);
    expect(pageFailureDiagnostics([failure({ articles })], false)[0]?.message).toContain("f5.md and 24 more)");
  });

  it("makes replaced pages warnings with --skip-invalid, and a file without a placeholder an error whatever the flag", () => {
    const [replaced, feed] = pageFailureDiagnostics(
      [failure({}), failure({ url: "/feed.xml", placeholder: false })],
      true,
    );
    expect(replaced).toMatchObject({
      severity: "warning",
      code: "page-placeholder",
      hint: expect.stringContaining("placeholder"),
    });
    expect(feed).toMatchObject({ severity: "error", code: "page-render" });
    expect(feed?.hint).not.toContain("--skip-invalid");
  });

  it("names the page URL when no file is behind it, and says which search entry failed", () => {
    expect(pageFailureDiagnostics([failure({ articles: [], url: "/topics/" })], false)[0]?.file).toBe("/topics/");
    expect(pageFailureDiagnostics([failure({ kind: "search" })], false)[0]?.message).toMatch(
      /^the search index entry of \/stories\/x\//,
    );
  });
});

describe("countFailures", () => {
  it("counts pages and search entries apart", () => {
    const f = (kind: string) => ({ kind, url: "/", path: "index.html", articles: [], message: "", placeholder: true });
    expect(countFailures([f("story")])).toBe("1 page");
    expect(countFailures([f("story"), f("article"), f("search")])).toBe("2 pages and 1 search index entry");
    expect(countFailures([f("search"), f("search")])).toBe("2 search index entries");
  });
});

describe("a site with a page that fails to render", () => {
  // A record the article template cannot render (its body is not text): it throws at once, as a
  // body too large to render does after seconds (tests/robustness/render-failure.test.ts).
  let site: SiteData;
  let broken: SiteData["articles"][number];
  const dirs: string[] = [];
  /** Builds the site into `into` in place (a rebuild), or into a new folder. */
  const render = async (into?: string): Promise<{ dir: string; result: RenderResult }> => {
    const dir = into ?? mkdtempSync(join(tmpdir(), "page-failures-"));
    dirs.push(dir);
    return { dir, result: await renderSite(site, { outDir: dir }) };
  };
  let first: { dir: string; result: RenderResult };

  beforeAll(async () => {
    site = buildFixtureSite();
    broken = { ...site.articles[0]!, body: 42 as unknown as string };
    site.articles = [broken, ...site.articles.slice(1)];
    first = await render();
  }, 120_000);

  afterAll(() => {
    for (const dir of dirs)
      for (const path of [dir, manifestPath(dir, DEFAULT_CACHE_DIR)]) rmSync(path, { recursive: true, force: true });
  });

  it("renders every other page, returns the failure with its file, and puts a placeholder at its URL", () => {
    expect(first.result.failures).toContainEqual(
      expect.objectContaining({
        kind: "article",
        url: broken.url,
        articles: [broken.path],
        message: expect.stringMatching(/^TypeError: /),
        placeholder: true,
      }),
    );
    expect(first.result.failures.filter((f) => f.kind !== "search")).toHaveLength(1);
    expect(readFileSync(join(first.dir, broken.url, "index.html"), "utf8")).toContain("Page not available");
    // Every other article's text is on its page, or, a story's only source, on its story's page.
    for (const article of site.articles.slice(1))
      expect(
        readFileSync(join(first.dir, article.ownPage ? article.url : article.storyUrl, "index.html"), "utf8"),
      ).toContain(`Source file: <code>${article.path}</code>`);
    expect(brokenLinks(first.dir)).toEqual([]);
  });

  it("keeps the placeholder out of the manifest, so the next build renders the page again and reports it again", async () => {
    const manifest = JSON.parse(readFileSync(manifestPath(first.dir, DEFAULT_CACHE_DIR), "utf8")) as {
      pages: Record<string, string>;
    };
    expect(Object.keys(manifest.pages)).not.toContain(`${broken.url.slice(1)}index.html`);
    expect(Object.keys(manifest.pages)).toContain(`${site.articles[1]!.url.slice(1)}index.html`);
    const second = await render(first.dir);
    expect(second.result.kept).toBeGreaterThan(0);
    expect(second.result.failures.filter((f) => f.kind !== "search")).toEqual([
      expect.objectContaining({ url: broken.url }),
    ]);
  }, 120_000);
});
