import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import { linkThreads } from "../../src/thread/link-threads.js";
import type { ExtractedArticle, Story } from "../../src/types.js";
import { sampleArticles } from "../cluster/article-fixtures.js";
import { breachChain, unrelatedStories } from "./chain-fixtures.js";

const storyOf = (stories: readonly Story[], articleId: string): Story =>
  stories.find((s) => s.articleIds.includes(articleId))!;

function build(articles: ExtractedArticle[], previous: { id: string; articleIds: string[] }[] = []) {
  const stories = clusterStories(articles);
  return { stories, threads: linkThreads(stories, articles, { previous }) };
}

describe("linkThreads", () => {
  it("links six weeks of follow-ups into one thread of several stories, oldest first", () => {
    const chain = breachChain();
    const { stories, threads } = build([...chain, ...unrelatedStories()]);
    const weekStories = [1, 2, 3, 4, 5, 6].map((w) => storyOf(stories, `breach-week-${w}-a`).id);
    // Each week stays its own story: a story never grows into a thread.
    expect(new Set(weekStories).size).toBeGreaterThanOrEqual(4);
    const thread = threads.find((t) => t.storyIds.includes(weekStories[0]!))!;
    expect(thread).toBeDefined();
    expect(thread.storyIds.length).toBeGreaterThanOrEqual(4);
    for (const id of weekStories) expect(thread.storyIds).toContain(id);
    expect(thread.storyIds).toEqual([...new Set(weekStories)]);
    expect(thread.title).toContain("Northwind Bank");
  });

  it("keeps unrelated stories out of the thread and out of any thread", () => {
    const { stories, threads } = build([...breachChain(), ...unrelatedStories()]);
    const threaded = new Set(threads.flatMap((t) => t.storyIds));
    for (const id of ["volcano-a", "final-a", "rates-a"]) expect(threaded.has(storyOf(stories, id).id)).toBe(false);
  });

  it("keeps the two samples one story, in no thread of their own", () => {
    const samples = sampleArticles();
    const { stories, threads } = build(samples);
    expect(stories).toHaveLength(1);
    expect(threads).toEqual([]);
  });

  it("links no undated stories, and no stories months apart", () => {
    const undated = breachChain().map((a) => ({
      ...a,
      published: { date: "", precision: "year" as const, source: "unknown" as const },
    }));
    expect(build(undated).threads).toEqual([]);
    // The same subject every four months: it came back, it did not go on.
    const far = breachChain("2021-01-04", 120);
    expect(build(far).threads).toEqual([]);
  });

  it("links dated stories whatever undated ones say: those are in no thread and weigh no word", () => {
    const dated = [...breachChain(), ...unrelatedStories()];
    const stories = clusterStories(dated);
    const threads = linkThreads(stories, dated);
    expect(threads.length).toBeGreaterThan(0);
    // Undated reports of the same subject, each a story of its own, many times over: counted
    // with the dated, they made the subject's words common and its steps unlike each other.
    const undated = Array.from({ length: 6 }, (_, copy) =>
      breachChain().map((a) => ({
        ...a,
        id: `${a.id}-undated-${copy}`,
        published: { date: "", precision: "year" as const, source: "unknown" as const },
      })),
    ).flat();
    const withUndated = linkThreads(
      [...stories, ...undated.map((a) => ({ id: `story-${a.id}`, articleIds: [a.id], formerIds: [] }))],
      [...dated, ...undated],
    );
    expect(withUndated).toEqual(threads);
  });

  it("keeps a thread's id when a story is added, and gives the same threads whatever the input order", () => {
    const articles = [...breachChain(), ...unrelatedStories()];
    const first = build(articles.slice(0, 8));
    const firstThread = first.threads[0]!;
    const later = build(
      articles,
      first.threads.map((t) => ({ id: t.id, articleIds: t.storyIds })),
    );
    expect(later.threads.map((t) => t.id)).toContain(firstThread.id);
    expect(build([...articles].reverse()).threads).toEqual(build(articles).threads);
  });

  it("does not link stories of one day, however alike: concurrent coverage is not a chain", () => {
    const sameDay = breachChain().map((a) => ({ ...a, published: { ...a.published, date: "2024-03-04" } }));
    const { threads } = build(sameDay);
    expect(threads).toEqual([]);
  });
});
