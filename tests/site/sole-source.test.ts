// A story with one source is read on its story page (issue 16): the article has no page of its
// own, which would hold the same text a second time; its address is its section of the story
// page, and every link to it goes there. An article of a story with several sources keeps its page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyShardExport, storyShards } from "../../src/site/data-export.js";
import type { SiteData } from "../../src/types.js";
import { brokenLinks } from "../helpers/site-links.js";
import { buildInto, type BuiltSite } from "./built-site.js";
import { buildFixtureSite } from "./site-fixture.js";

let site: SiteData;
let built: BuiltSite;
beforeAll(async () => {
  site = buildFixtureSite({ extraStories: 2 });
  built = await buildInto(site, "/repo/");
});
afterAll(() => built?.remove());

describe("a story's only source", () => {
  it("has no page of its own; an article of a story with several sources has one", () => {
    expect(built.files).not.toContain("articles/hostile-story-article/index.html");
    expect(built.files).not.toContain("articles/filler-1-a/index.html");
    expect(built.files).toContain("articles/summit-plain/index.html");
    expect(built.files).toContain("articles/summit-hostile/index.html");
  });

  it("is read on its story page: its text with names linked, its file and length, in place of the summary", () => {
    const page = built.read("stories/hostile-story/index.html");
    const text = page.slice(page.indexOf('<section id="article-hostile-story-article"'));
    expect(text).toMatch(/^<section id="article-hostile-story-article"/);
    expect(text).toMatch(/Nothing happened in <a href="\/repo\/entities\/japan\/">Japan<\/a>\./);
    expect(text).toContain("4 words · Source file: <code>hostile-story-article.txt</code>");
    // The summary would repeat the text's first lines; a story with several sources keeps it.
    expect(page).not.toContain('<div class="summary">');
    expect(built.read("stories/us-japan-summit/index.html")).toContain('<div class="summary">');
    // Its entry under Sources is headed by its title, not a link to the page it is on; the
    // address is the text's, once on the page.
    expect(page).toMatch(/<li>\s*<span class="source-title">An article about nothing<\/span>/);
    expect(page.match(/id="article-hostile-story-article"/g)).toHaveLength(1);
  });

  it("does not put the text of an article with its own page on the story page", () => {
    const page = built.read("stories/us-japan-summit/index.html");
    expect(page).not.toContain("Japan plans to co-produce missiles. Kishida said so.");
    expect(page).toContain('href="/repo/articles/summit-plain/"');
  });

  it("is given in the data by its address on the story page", () => {
    const records = storyShards(site).flatMap(
      (shard) => JSON.parse(storyShardExport(shard, site, "/repo/")) as { articles: { id: string; url: string }[] }[],
    );
    const urls = new Map(records.flatMap((r) => r.articles.map((a) => [a.id, a.url] as const)));
    expect(urls.get("hostile-story-article")).toBe("/repo/stories/hostile-story/#article-hostile-story-article");
    expect(urls.get("summit-plain")).toBe("/repo/articles/summit-plain/");
  });

  it("leaves no link on the site pointing at a page or a section that does not exist", () => {
    expect(brokenLinks(built.dir, "/repo/")).toEqual([]);
  });
});
