import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import { buildSiteData } from "../../src/digest/build-site-data.js";
import { linkThreads } from "../../src/thread/link-threads.js";
import { breachChain, unrelatedStories } from "./chain-fixtures.js";

const REPORT = { filesFound: 0, articlesBuilt: 0, rejected: [], ignored: [], diagnostics: [] };

describe("thread views", () => {
  it("gives each story of a thread its place (previous, next, count) and the thread a dated line per story", () => {
    const articles = [...breachChain(), ...unrelatedStories()];
    const stories = clusterStories(articles);
    const threads = linkThreads(stories, articles);
    const site = buildSiteData(articles, stories, REPORT, "2024-05-01T00:00:00.000Z", undefined, { threads });
    const thread = site.threads[0]!;
    expect(thread.url).toBe(`/threads/${thread.id}/`);
    expect(thread.stories.length).toBe(threads[0]!.storyIds.length);
    const dates = thread.stories.map((s) => s.date.date);
    expect(dates).toEqual([...dates].sort());
    for (const entry of thread.stories) expect(entry.line.length).toBeGreaterThan(0);
    const [first, second] = thread.stories;
    const place = site.stories.find((s) => s.id === second!.id)!.thread!;
    expect(place).toMatchObject({
      id: thread.id,
      count: thread.stories.length,
      previous: { id: first!.id, url: first!.url },
    });
    expect(site.stories.find((s) => s.id === first!.id)!.thread!.previous).toBeUndefined();
    expect(site.stories.find((s) => s.sources.some((a) => a.articleId === "volcano-a"))!.thread).toBeUndefined();
  });
});
