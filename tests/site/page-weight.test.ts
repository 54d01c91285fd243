// What each page carries and what it leaves out, so that an archive's bytes go to what a reader
// uses (issue 16: at most 40 KB per article).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, type BuiltSite } from "./built-site.js";
import { buildFixtureSite } from "./site-fixture.js";

// An article also names someone without a page of their own (named in too few stories).
const UNPAGED = { id: "minor-name", name: "Minor Name", kind: "person" } as const;

let built: BuiltSite;
beforeAll(async () => {
  const site = buildFixtureSite();
  built = await buildInto({
    ...site,
    articles: site.articles.map((a) => (a.id === "summit-plain" ? { ...a, entities: [...a.entities, UNPAGED] } : a)),
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
});
