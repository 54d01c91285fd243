// What each page carries and what it leaves out, so that an archive's bytes go to what a reader
// uses (issue 16: at most 40 KB per article).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, type BuiltSite } from "./built-site.js";
import { buildFixtureSite, topicRef } from "./site-fixture.js";
import { ENTITY_PAGE_TOPICS } from "../../src/site/pages/entity-page.js";

// An article also names someone without a page of their own (named in too few stories).
const UNPAGED = { id: "minor-name", name: "Minor Name", kind: "person" } as const;
// Japan's stories have seven topics, the last of them in one story each.
const TOPICS = [7, 6, 5, 4, 3, 1, 1].map((count, i) => ({
  ...topicRef(`topic-${i}`, `topic ${i}`, "medtop:0"),
  count,
}));

let built: BuiltSite;
beforeAll(async () => {
  const site = buildFixtureSite();
  built = await buildInto({
    ...site,
    articles: site.articles.map((a) => (a.id === "summit-plain" ? { ...a, entities: [...a.entities, UNPAGED] } : a)),
    entities: site.entities.map((e) => (e.id === "japan" ? { ...e, topics: TOPICS } : e)),
  });
});
afterAll(() => built?.remove());

const SITE_DESCRIPTION = "Stories grouped from many outlets";

describe("page weight", () => {
  it("writes the site's description on the home and about pages only, a page's own where it has one", () => {
    expect(built.read("index.html")).toContain(`<meta name="description" content="${SITE_DESCRIPTION}`);
    expect(built.read("about/index.html")).toContain(`<meta name="description" content="${SITE_DESCRIPTION}`);
    for (const page of ["articles/summit-plain/index.html", "topics/index.html", "archive/index.html"]) {
      expect(built.read(page), page).not.toContain('<meta name="description"');
    }
    const story = built.read("stories/us-japan-summit/index.html");
    expect(story).toMatch(/<meta name="description" content="[^"]+">/);
    expect(story).not.toContain(SITE_DESCRIPTION);
  });

  it("lists the names of an article that have a page at its end, not the plain names it has just given", () => {
    const article = built.read("articles/summit-plain/index.html");
    const named = /<h2>Named in this article<\/h2>\s*<ul class="tags">([\s\S]*?)<\/ul>/.exec(article)?.[1] ?? "";
    expect(named).toContain('<li><a href="/entities/fumio-kishida/">Fumio Kishida</a></li>');
    expect(named).not.toContain(UNPAGED.name);
    expect(named).not.toContain("<span>");
  });

  it("shows the five topics most of an entity's stories have; its data shard has them all", () => {
    const japan = built.read("entities/japan/index.html");
    const topics = /<h2>Topics<\/h2>\s*<ul class="tags topics">([\s\S]*?)<\/ul>/.exec(japan)?.[1] ?? "";
    expect(ENTITY_PAGE_TOPICS).toBe(5);
    expect([...topics.matchAll(/href="\/topics\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(
      TOPICS.slice(0, 5).map((t) => t.id),
    );
    const shard = JSON.parse(built.read("data/entities/j.json")) as { id: string; topics: unknown[] }[];
    expect(shard.find((e) => e.id === "japan")?.topics).toHaveLength(TOPICS.length);
  });
});
