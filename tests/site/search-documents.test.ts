// The search index's documents: one per story, its articles' text under their own anchors,
// article text escaped, and a hash that follows exactly what the document shows.
import { describe, expect, it } from "vitest";
import { pageContext } from "../../src/site/pages/page-context.js";
import { renderArticleBody } from "../../src/site/render-article-body.js";
import { PageFailures } from "../../src/site/page-failures.js";
import { searchDocuments } from "../../src/site/search-documents.js";
import { BODY_KEY, type WithBodyKey } from "../../src/digest/body-key.js";
import type { ArticleView } from "../../src/types.js";
import { buildFixtureSite } from "./site-fixture.js";

const ctx = pageContext({ prefix: "/repo/" });

describe("searchDocuments", () => {
  const site = buildFixtureSite({ extraStories: 2 });
  const documents = searchDocuments(site);
  const summit = documents.find((doc) => doc.path === "stories/us-japan-summit/index.html")!;

  it("makes one document per story at its page's path, sized by its articles", () => {
    expect(documents.map((doc) => doc.path)).toEqual(site.stories.map((story) => `${story.url.slice(1)}index.html`));
    expect(summit.size).toBe(2);
  });

  it("puts each article under a heading anchored as on the story page, and not the summary", () => {
    const html = summit.html();
    const headings = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(headings).toEqual(["article-summit-plain", "article-summit-hostile"]);
    // The summary's sentences are the articles' own, weighed by the whole archive's words.
    const summary = site.stories.find((s) => s.id === "us-japan-summit")!.summary;
    expect(summary.length).toBeGreaterThan(0);
    for (const sentence of summary) expect(html).not.toContain(`<p>${sentence}</p>`);
    expect(html).toContain('data-pagefind-filter="entity">Fumio%20Kishida</span>');
    expect(html).toContain('data-pagefind-meta="title"');
  });

  it("heads an only source with its title unless that is the headline again, which the excerpt would repeat", () => {
    const filler = documents.find((doc) => doc.path === "stories/filler-1/index.html")!.html();
    // Its own title, not the headline: a heading without an anchor (it has no page of its own).
    expect(filler).toContain("<h2>Filler article 1</h2>");
    const same = structuredClone(site);
    same.articles.find((a) => a.id === "filler-1-a")!.title = "Filler story number 1";
    const html = searchDocuments(same)
      .find((doc) => doc.path === "stories/filler-1/index.html")!
      .html();
    expect(html.match(/Filler story number 1/g)).toHaveLength(2);
    expect(html).toContain('<h1 data-pagefind-meta="title">Filler story number 1</h1>');
    expect(html).not.toContain("<h2");
    // Articles with pages of their own keep their headings: they name the sub-results.
    expect(summit.html().match(/<h2 id=/g)).toHaveLength(2);
  });

  it("escapes article text: hostile markup stays text", () => {
    const html = summit.html();
    expect(html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("changes its hash when its text changes, and only then", () => {
    const hashes = (of: typeof site) => new Map(searchDocuments(of).map((doc) => [doc.path, doc.hash]));
    const before = hashes(site);
    const unshown = structuredClone(site);
    for (const story of unshown.stories) {
      story.related = [];
      for (const party of story.parties) party.score /= 3;
      // A summary moves with the whole archive's word weights: the document does not hold it.
      story.summary = [...story.summary].reverse();
    }
    expect(hashes(unshown)).toEqual(before);

    const edited = structuredClone(site);
    edited.articles.find((a) => a.id === "summit-hostile")!.body += " One more sentence.";
    const after = hashes(edited);
    expect(after.get(summit.path)).not.toBe(before.get(summit.path));
    expect([...after].filter(([path, hash]) => before.get(path) !== hash).map(([path]) => path)).toEqual([summit.path]);
  });

  it("reads an article's body by its extraction key where its view has one", () => {
    const hashOf = (key: string | undefined, body?: string) => {
      const keyed = structuredClone(site);
      const article = keyed.articles.find((a) => a.id === "summit-hostile")! as ArticleView & WithBodyKey;
      if (key !== undefined) article[BODY_KEY] = key;
      if (body !== undefined) article.body = body;
      return searchDocuments(keyed).find((doc) => doc.path === summit.path)!.hash;
    };
    // The key fixes the body (the same extraction input): a body it does not match is never hashed.
    expect(hashOf("k1", "Another text.")).toBe(hashOf("k1"));
    expect(hashOf("k2")).not.toBe(hashOf("k1"));
    expect(hashOf(undefined, "Another text.")).not.toBe(hashOf(undefined));
  });

  it("indexes the text without links to entity pages, so an entity gaining a page changes no document", () => {
    const hostile = site.articles.find((a) => a.id === "summit-hostile")!;
    // On its page the article links the names it mentions; in the index, only the author's own links remain.
    expect(renderArticleBody(hostile)).toMatch(/href="\/entities\//);
    expect(summit.html()).not.toMatch(/href="[^"]*\/entities\//);
    expect(summit.html()).toContain('href="https://example.com/a"');

    const hashes = (of: typeof site) => new Map(searchDocuments(of).map((doc) => [doc.path, doc.hash]));
    const before = hashes(site);
    // What a second story naming an entity does to every article naming it: a link and a URL.
    const linked = structuredClone(site);
    for (const article of linked.articles) {
      article.links = [];
      for (const entity of article.entities) entity.url = `/entities/${entity.id}-elsewhere/`;
    }
    expect(hashes(linked)).toEqual(before);

    // A name is a filter value: renamed, the document changes.
    const renamed = structuredClone(site);
    const article = renamed.articles.find((a) => a.id === "summit-hostile")!;
    article.entities[0]!.name += " Jr";
    expect(hashes(renamed).get(summit.path)).not.toBe(before.get(summit.path));
  });

  it("leaves out only the text of an article whose body fails to render, and records it", () => {
    const broken = buildFixtureSite();
    const [first, ...rest] = broken.articles;
    // A body that is not text makes the body renderer throw, as one too large to render does.
    broken.articles = [{ ...first!, body: 42 as unknown as string }, ...rest];
    const failures = new PageFailures();
    const story = broken.stories.find((s) => s.sources.some((source) => source.articleId === first!.id))!;
    const html = searchDocuments(broken, failures)
      .find((doc) => doc.path === `${story.url.slice(1)}index.html`)!
      .html();
    expect(failures.list).toEqual([
      expect.objectContaining({ kind: "search", url: story.url, articles: [first!.path], placeholder: true }),
    ]);
    expect(html).toContain(`id="article-${first!.id}"`);
    expect(story.sources.length).toBeGreaterThan(1);
    for (const other of story.sources.filter((source) => source.articleId !== first!.id)) {
      expect(html).toContain(
        renderArticleBody({ ...rest.find((a) => a.id === other.articleId)!, links: [] }, ctx.prefix),
      );
    }
    expect(() =>
      searchDocuments(broken)
        .find((doc) => doc.path === `${story.url.slice(1)}index.html`)!
        .html(),
    ).toThrow();
  });
});
