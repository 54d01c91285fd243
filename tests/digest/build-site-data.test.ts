import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import { buildSiteData } from "../../src/digest/build-site-data.js";
import { BODY_KEY, type WithBodyKey } from "../../src/digest/body-key.js";
import type { ArticleView, BuildReport, ExtractedArticle, PublishedDate } from "../../src/types.js";
import { fixtureArticle, sampleArticles } from "../cluster/article-fixtures.js";

const REPORT: BuildReport = { filesFound: 0, articlesBuilt: 0, rejected: [], ignored: [], diagnostics: [] };
const NOW = "2024-05-01T00:00:00.000Z";

function site(
  articles: ExtractedArticle[],
  previous?: { id: string; articleIds: string[] }[],
  minStoriesForPage?: number,
) {
  return buildSiteData(
    articles,
    clusterStories(articles, previous ? { previous } : {}),
    REPORT,
    NOW,
    undefined,
    minStoriesForPage ? { minStoriesForPage } : {},
  );
}

describe("buildSiteData on the two samples (real extractors)", () => {
  // One story: every entity gets a page only when one story is enough (the default asks for two).
  const data = site(sampleArticles(), undefined, 1);
  const story = data.stories[0]!;

  it("is one story with two sources, each with its path, page and original data", () => {
    expect(data.stories).toHaveLength(1);
    expect(story.sources.map((s) => s.path).sort()).toEqual(["000_1544b0afc51780d7.txt", "002_3e46861d0261ddd1.txt"]);
    for (const s of story.sources) expect(s.url).toBe(`/articles/${s.articleId}/`);
    expect(story.url).toBe(`/stories/${story.id}/`);
  });

  it("takes a real headline over one made up from the lead", () => {
    expect(story.headline).toBe("U.S., Japan in defense cooperation talks to help Ukraine - media");
  });

  it("summarises in 2–4 sentences from both articles, the April 10 summit in at most one", () => {
    expect(story.summary.length).toBeGreaterThanOrEqual(2);
    expect(story.summary.length).toBeLessThanOrEqual(4);
    expect(story.summary.filter((s) => /April 10/.test(s)).length).toBeLessThanOrEqual(1);
    expect(story.summary.filter((s) => /December/.test(s)).length).toBeLessThanOrEqual(1);
    const bodies = data.articles.map((a) => a.body);
    const from = new Set(story.summary.map((s) => bodies.findIndex((b) => b.includes(s))));
    expect(from.has(-1)).toBe(false);
    expect(from.size).toBe(2);
    expect(story.summary.some((s) => /^Read also/.test(s) || s === story.headline)).toBe(false);
  });

  it("has December 2023, March 10 and April 10 on the timeline once each, in order", () => {
    const dates = story.timeline.map((t) => t.date);
    for (const d of ["2023-12", "2024-03-10", "2024-04-10"]) expect(dates.filter((x) => x === d)).toHaveLength(1);
    expect(dates).toEqual([...dates].sort());
    const april = story.timeline.find((t) => t.date === "2024-04-10")!;
    expect(april.articleIds).toHaveLength(2);
    expect(april.text).toMatch(/April 10/);
  });

  it("narrows the story's publication to the intersection of its articles' estimates", () => {
    expect(story.published.earliest).toBe("2024-03-10");
    expect(story.published.latest).toBe("2024-04-09");
  });

  it("counts both articles under March 2024 in an entity's coverage, as their story narrows them", () => {
    const kishida = data.entities.find((e) => e.id === "fumio-kishida")!;
    expect(kishida.coverage).toEqual([{ month: "2024-03", count: 2 }]);
  });

  it("shows the narrowed estimate (March 2024) on the story's card, not one article's \"2024\"", () => {
    const card = data.storyCards.find((c) => c.id === story.id)!;
    expect(card.date.date).toBe("2024-03");
  });

  it("ranks Japan and the United States as the leading parties, not the outlet cited as a source", () => {
    expect(
      story.parties
        .slice(0, 2)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["japan", "united-states"]);
    expect(story.parties.some((p) => /yomiuri/i.test(p.id))).toBe(false);
  });

  it("builds entity, topic, article and archive views that link back", () => {
    const japan = data.entities.find((e) => e.id === "japan")!;
    expect(japan.url).toBe("/entities/japan/");
    expect(japan.stories.map((s) => s.id)).toEqual([story.id]);
    expect(japan.articleCount).toBe(2);
    expect(japan.seenWith.map((e) => e.id)).toContain("united-states");
    expect(japan.coverage.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
    for (const t of data.topics) {
      if (t.parent) expect(data.topics.some((p) => p.iptc === t.parent!.iptc)).toBe(true);
      for (const c of t.children) expect(data.topics.some((x) => x.iptc === c.iptc)).toBe(true);
    }
    expect(data.articles).toHaveLength(2);
    for (const a of data.articles) {
      expect(a.storyUrl).toBe(story.url);
      for (const l of a.links) expect(l.end).toBeLessThanOrEqual(a.body.length);
    }
    const firstLine = data.articles.find((a) => a.path.startsWith("002"))!;
    expect(firstLine.body.startsWith("Japan and the United States are discussing")).toBe(true);
    const link = firstLine.links[0]!;
    expect(firstLine.body.slice(link.start, link.end)).toMatch(/^(Japan|United States)$/);
    // The story is narrowed to March 2024 (published between 10 March and 9 April).
    expect(data.archive.map((m) => m.url)).toEqual(["/archive/2024/03/"]);
    expect(data.generatedAt).toBe(NOW);
  });
});

describe("buildSiteData on fixtures", () => {
  const flood = (id: string, date: string, extra = "") =>
    fixtureArticle({
      id,
      title: `Record tide floods Venice ${id}`,
      body: `A record tide flooded Venice in Italy on Monday. The barrier failed to rise in time. ${extra}`,
      date,
      entities: [
        { id: "italy", name: "Italy" },
        { id: "venice", name: "Venice", kind: "place" },
      ],
    });

  it("marks each article view with its article's extraction key, out of its JSON", () => {
    const keyed = sampleArticles().map((a, i) => ({ ...a, extractionKey: `key-${i}` }));
    const views = site(keyed, undefined, 1).articles as (ArticleView & WithBodyKey)[];
    expect(views.map((v) => v[BODY_KEY]).sort()).toEqual(["key-0", "key-1"]);
    expect(JSON.stringify(views)).not.toContain("key-0");
    expect(site(sampleArticles(), undefined, 1).articles.map((v) => (v as WithBodyKey)[BODY_KEY])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("turns a retired story id into a redirect to the story that absorbed it", () => {
    const data = site(
      [flood("a", "2024-11-04"), flood("b", "2024-11-05")],
      [
        { id: "first", articleIds: ["a"] },
        { id: "second", articleIds: ["b"] },
      ],
    );
    expect(data.stories).toHaveLength(1);
    expect(data.redirects).toEqual([{ from: "/stories/second/", to: "/stories/first/" }]);
    expect(data.stories[0]!.formerIds).toEqual(["second"]);
  });

  it("merges an entity given different kinds by majority", () => {
    const a = flood("a", "2024-11-04");
    const b = flood("b", "2024-11-05");
    const c = fixtureArticle({
      id: "c",
      title: "Venice votes",
      body: "Venice voted on Sunday in Italy.",
      date: "2024-11-20",
      entities: [{ id: "venice", name: "Venice", kind: "organization" }],
    });
    const data = site([a, b, c]);
    const venice = data.entities.find((e) => e.id === "venice")!;
    expect(venice.kind).toBe("place");
    expect(venice.articleCount).toBe(3);
    expect(venice.stories.map((s) => s.date.date)).toEqual(["2024-11-20", "2024-11-05"]);
  });

  it("relates stories through shared parties and says why", () => {
    const a = flood("a", "2024-11-04");
    const later = fixtureArticle({
      id: "z",
      title: "Venice approves new sea wall budget",
      body: "Venice in Italy approved a budget for a new sea wall on Friday after months of debate among councillors.",
      date: "2024-12-20",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "venice", name: "Venice", kind: "place" },
      ],
    });
    const data = site([a, later]);
    expect(data.stories).toHaveLength(2);
    const related = data.stories[0]!.related[0]!;
    expect(related.id).toBe(data.stories[1]!.id);
    expect(related.why).toMatch(/^with (\w+, )*Venice/);
  });

  it("counts a story as naming its parties and the outlets it cites; a name in passing only for names twice as common", () => {
    // Two stories, each about ten people of its own and Italy; both mention Lisbon in passing
    // (less salient than their ten parties) and cite Reuters.
    const story = (id: string, date: string, title: string) =>
      fixtureArticle({
        id,
        title,
        body: `${title}. Italy and its ministers met in Lisbon, Reuters said.`,
        date,
        entities: [
          { id: "italy", name: "Italy", salience: 0.9 },
          ...Array.from({ length: 10 }, (_, i) => ({
            id: `${id}-person-${i}`,
            name: `Person ${id}${i}`,
            kind: "person" as const,
            salience: 0.5,
          })),
          { id: "lisbon", name: "Lisbon", kind: "place" as const, salience: 0.05 },
          { id: "reuters", name: "Reuters", kind: "outlet" as const, role: "source" as const, salience: 0.05 },
        ],
      });
    const data = site([
      story("a", "2024-02-01", "Budget talks stall"),
      story("b", "2024-09-20", "Harvest festival opens"),
    ]);
    expect(data.stories).toHaveLength(2);
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    expect(byId.get("italy")?.url).toBe("/entities/italy/");
    expect(byId.get("reuters")?.url).toBe("/entities/reuters/");
    // Named by both stories' text, a party of neither: listed with both stories, without a page.
    expect(byId.get("lisbon")?.url).toBeUndefined();
    expect(byId.get("lisbon")?.stories).toHaveLength(2);
    // Named in passing by four stories (twice minStories), it has its page.
    const four = site([
      story("a", "2024-02-01", "Budget talks stall"),
      story("b", "2024-05-20", "Harvest festival opens"),
      story("c", "2024-08-09", "Ferry strike ends"),
      story("d", "2024-11-30", "Museum reopens"),
    ]);
    expect(four.stories).toHaveLength(4);
    expect(four.entities.find((e) => e.id === "lisbon")?.url).toBe("/entities/lisbon/");
  });

  it("gives a page only to entities named in at least two stories (entityPages.minStories, default 2)", () => {
    const venice = (id: string, date: string) =>
      fixtureArticle({
        id,
        title: `Venice news ${id}`,
        body: "Venice in Italy met Rome on Monday.",
        date,
        entities: [
          { id: "italy", name: "Italy" },
          { id: "venice", name: "Venice", kind: "place" },
        ],
      });
    const rome = fixtureArticle({
      id: "r",
      title: "Rome elects a mayor",
      body: "Rome elected a mayor in Italy after a long count of the votes.",
      date: "2024-12-20",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "rome", name: "Rome", kind: "place" },
      ],
    });
    const articles = [venice("a", "2024-11-04"), rome];
    const data = site(articles);
    expect(data.stories).toHaveLength(2);
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    // Italy is in both stories; Venice and Rome in one each: still listed, without a page.
    expect(byId.get("italy")?.url).toBe("/entities/italy/");
    expect(byId.get("venice")?.url).toBeUndefined();
    expect(byId.get("rome")?.url).toBeUndefined();
    expect(byId.get("venice")?.stories).toHaveLength(1);
    // What only a page and a data shard show is made for the entities that have them.
    expect(byId.get("italy")?.seenWith.map((e) => e.id)).toEqual(["rome", "venice"]);
    expect(byId.get("italy")?.coverage.length).toBeGreaterThan(0);
    expect(byId.get("venice")).toMatchObject({ seenWith: [], topics: [], coverage: [] });
    // Nothing links to a page that is not there: parties, cards, article links and chips, seen-with, topic parties.
    const refs = [
      ...data.stories.flatMap((s) => s.parties),
      ...data.storyCards.flatMap((c) => c.parties),
      ...data.articles.flatMap((a) => a.entities),
      ...data.entities.flatMap((e) => e.seenWith),
      ...data.topics.flatMap((t) => t.parties),
    ];
    for (const ref of refs) expect(ref.url, ref.id).toBe(ref.id === "italy" ? "/entities/italy/" : undefined);
    for (const article of data.articles) for (const link of article.links) expect(link.url).toBe("/entities/italy/");
    // One story is enough with minStories 1.
    expect(site(articles, undefined, 1).entities.every((e) => e.url === `/entities/${e.id}/`)).toBe(true);
  });

  it("gives no page to a given name alone that people of the archive are named in full with", () => {
    const named = (id: string, date: string, people: string[]) =>
      fixtureArticle({
        id,
        title: `Match report ${id}`,
        body: `${people.join(" and ")} played in Leeds on ${id === "a" ? "Monday" : "Friday"}.`,
        date,
        entities: people.map((name) => ({
          id: name.toLowerCase().replace(/\s+/g, "-"),
          name,
          kind: "person" as const,
        })),
      });
    const data = site([
      named("a", "2024-01-04", ["John", "Madonna", "John Qorvath"]),
      named("b", "2024-06-20", ["John", "Madonna", "John Qorvath"]),
    ]);
    expect(data.stories).toHaveLength(2);
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    expect(byId.get("john")?.url).toBeUndefined();
    expect(byId.get("john-qorvath")?.url).toBe("/entities/john-qorvath/");
    // No full name opens with it: a person known by one name.
    expect(byId.get("madonna")?.url).toBe("/entities/madonna/");
  });

  it("gives no page to a given name read as a place where two people of the archive are named in full with it", () => {
    const report = (id: string, date: string, names: [string, "person" | "place"][]) =>
      fixtureArticle({
        id,
        title: `Match report ${id}`,
        body: `${names.map(([name]) => name).join(" and ")} met on ${id === "a" ? "Monday" : "Friday"}.`,
        date,
        entities: names.map(([name, kind]) => ({ id: name.toLowerCase().replace(/\s+/g, "-"), name, kind })),
      });
    const names: [string, "person" | "place"][] = [
      ["David", "place"],
      ["David Qorvath", "person"],
      ["David Zell", "person"],
      ["Adelaide", "place"],
      ["Adelaide Qorvath", "person"],
    ];
    const data = site([report("a", "2024-01-04", names), report("b", "2024-06-20", names)]);
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    expect(byId.get("david")?.url).toBeUndefined();
    expect(byId.get("david-zell")?.url).toBe("/entities/david-zell/");
    // One person named with it is not enough to doubt a place.
    expect(byId.get("adelaide")?.url).toBe("/entities/adelaide/");
  });
});

describe("buildSiteData's story order", () => {
  const estimate = (date: string, earliest: string, latest: string): PublishedDate => ({
    date,
    precision: date.length === 4 ? "year" : "month",
    source: "text",
    earliest,
    latest,
  });
  const article = (id: string, date: PublishedDate) =>
    fixtureArticle({ id, title: `Report ${id}`, body: `Report ${id} says little.`, date });
  const year = estimate("2016", "2016-01-01", "2016-12-31");
  const november = estimate("2016-11", "2016-11-01", "2016-11-30");

  it("sorts stories by the date their cards show, so each month of a list is one run", () => {
    // A story of a year-only article and a November one: its card says November 2016.
    const articles = [
      article("a1", year),
      article("a2", november),
      article("b1", { date: "2016-11-20", precision: "day", source: "front-matter" }),
      article("c1", year),
    ];
    const story = (id: string, articleIds: string[]) => ({ id, articleIds, formerIds: [] });
    const data = buildSiteData(
      articles,
      [story("a-story", ["a1", "a2"]), story("b-story", ["b1"]), story("c-story", ["c1"])],
      REPORT,
      NOW,
    );
    const shown = data.storyCards.map((card) => `${card.id} ${card.date.date}`);
    expect(shown).toEqual(["c-story 2016", "a-story 2016-11", "b-story 2016-11-20"]);
    // November is one run, not split by the story of 2016.
    const months = data.storyCards.map((card) => card.date.date.slice(0, 7));
    expect(months.filter((month, i) => month !== months[i - 1])).toEqual(["2016", "2016-11"]);
  });
});
