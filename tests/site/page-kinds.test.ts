// The page-kind registry drives the site: every kind gets an Eleventy template and a sitemap
// decision from its one entry, so adding a kind cannot forget either.
import { describe, expect, it } from "vitest";
import type { EleventyConfig } from "../../src/site/eleventy-config.js";
import { PAGE_KINDS, sitemapUrls } from "../../src/site/page-kinds.js";
import { sitePlugin } from "../../src/site/site-plugin.js";
import { buildSitePages } from "../../src/site/site-pages.js";
import { buildFixtureSite } from "./site-fixture.js";

/** The templates the site plugin registers, by virtual path. */
function registeredTemplates(): Map<string, unknown> {
  const templates = new Map<string, unknown>();
  const config = {
    addTemplate: (path: string, content: unknown) => void templates.set(path, content),
    addGlobalData: () => {},
    on: () => {},
  } as unknown as EleventyConfig;
  sitePlugin(config, { plan: {} as never });
  return templates;
}

describe("page kinds", () => {
  it("each has one Eleventy template, made by the site plugin", () => {
    const templates = registeredTemplates();
    expect([...templates.keys()].sort()).toEqual(
      Object.keys(PAGE_KINDS)
        .map((name) => `${name}.11ty.js`)
        .sort(),
    );
    for (const template of templates.values())
      expect(template).toMatchObject({ data: { pagination: { size: 1 } }, render: expect.any(Function) });
  });

  it("each decides whether its pages are in the sitemap", () => {
    for (const [name, kind] of Object.entries(PAGE_KINDS)) {
      expect(kind.sitemap === false || typeof kind.sitemap === "function", name).toBe(true);
    }
  });

  it("the sitemap lists the HTML pages a reader lands on, once each, and no feed, export or redirect", () => {
    const site = buildFixtureSite();
    const pages = buildSitePages(site);
    const urls = sitemapUrls(pages, site);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/",
        "/topics/",
        "/entities/",
        "/archive/",
        "/search/",
        "/about/",
        ...site.stories.map((s) => s.url),
        ...site.articles.filter((a) => a.ownPage).map((a) => a.url),
      ]),
    );
    // A story's only source is read on the story page, whose address the sitemap has already.
    const sole = site.articles.filter((a) => !a.ownPage);
    expect(sole.length).toBeGreaterThan(0);
    for (const article of sole) {
      expect(urls).not.toContain(article.url);
      expect(urls).toContain(article.storyUrl);
    }
    expect(urls.every((url) => url.startsWith("/") && url.endsWith("/"))).toBe(true);
    expect(urls).not.toContain("/report/");
    for (const redirect of pages.redirects) expect(urls).not.toContain(redirect.from);
  });
});
