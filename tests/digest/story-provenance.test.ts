import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import { buildSiteData } from "../../src/digest/build-site-data.js";
import { storyProvenance } from "../../src/digest/story-provenance.js";
import type { ExtractedArticle } from "../../src/types.js";
import { fixtureArticle, sampleArticles } from "../cluster/article-fixtures.js";

const WIRE = [
  "Rescuers pulled 14 miners alive from a flooded coal mine in Shanxi province on Tuesday after a three-day operation.",
  "The miners had been trapped 300 metres underground since water burst into a tunnel on Saturday.",
  "State media said all of them were taken to hospital in Taiyuan and were in stable condition.",
  "Officials said the cause of the flood was under investigation and the mine had been closed.",
  "It was the second accident at the mine this year, according to the provincial safety bureau.",
].join(" ");

const miner = (
  id: string,
  date: string,
  outlet: string,
  body: string,
  entities: { id: string; name: string }[] = [],
): ExtractedArticle =>
  fixtureArticle({
    id,
    title: `Miners rescued in Shanxi (${outlet})`,
    body,
    date,
    outlet,
    entities: entities.map((e) => ({ ...e, kind: "person" as const })),
  });

describe("storyProvenance", () => {
  it("detects near-copies of one wire text, even with a new first line and a cut paragraph, and points them at the earliest", () => {
    const original = miner("wire", "2024-05-07", "Wire Service", WIRE);
    const copy = miner(
      "copy",
      "2024-05-07",
      "Daily Post",
      `Good news from China today. ${WIRE.split(". ").slice(0, 4).join(". ")}.`,
    );
    const own = miner(
      "own",
      "2024-05-07",
      "Mining Weekly",
      "Fourteen coal miners trapped by floodwater in northern China were brought to the surface on Tuesday. Our " +
        "reporter at the pithead saw families cheer as the last man emerged. Engineers had pumped water out for " +
        "three days while divers searched the tunnels.",
    );
    const provenance = storyProvenance([original, copy, own]);
    expect(provenance.get("copy")?.copyOf).toBe("wire");
    expect(provenance.get("wire")?.copyOf).toBeUndefined();
    expect(provenance.get("own")?.copyOf).toBeUndefined();
  });

  it("says who reported first only when the dates allow", () => {
    const early = miner("early", "2024-05-06", "Wire Service", WIRE);
    const late = miner("late", "2024-05-08", "Daily Post", WIRE);
    expect(storyProvenance([early, late]).get("early")?.first).toBe(true);
    expect(storyProvenance([early, late]).get("late")?.first).toBeUndefined();
    const sameDay = miner("same", "2024-05-06", "Daily Post", WIRE);
    expect([...storyProvenance([early, sameDay]).values()].some((p) => p.first)).toBe(false);
  });

  it("lists what a source adds: its sentences with a number, name or date no other source reports", () => {
    const a = miner("a", "2024-05-07", "Wire Service", WIRE);
    const b = miner(
      "b",
      "2024-05-07",
      "Mining Weekly",
      "Rescuers pulled the miners alive from the flooded mine in Shanxi province on Tuesday. The mine's owner, Li " +
        "Wei, was detained by police on Wednesday evening. The operation cost 40 million yuan, the company said in a " +
        "statement.",
      [{ id: "li-wei", name: "Li Wei" }],
    );
    const adds = storyProvenance([a, b]).get("b")!.adds;
    expect(adds).toEqual([
      "The mine's owner, Li Wei, was detained by police on Wednesday evening.",
      "The operation cost 40 million yuan, the company said in a statement.",
    ]);
    expect(storyProvenance([a, b]).get("a")!.adds).toContain(
      "The miners had been trapped 300 metres underground since water burst into a tunnel on Saturday.",
    );
  });
});

describe("summary provenance", () => {
  it("credits every summary sentence and timeline entry to an article of the story that has that text", () => {
    const articles = sampleArticles();
    const site = buildSiteData(
      articles,
      clusterStories(articles),
      { filesFound: 2, articlesBuilt: 2, rejected: [], ignored: [], diagnostics: [] },
      "2024-05-01T00:00:00.000Z",
    );
    const story = site.stories[0]!;
    expect(story.summary.length).toBeGreaterThan(0);
    expect(story.summarySources).toHaveLength(story.summary.length);
    const byId = new Map(articles.map((a) => [a.id, a]));
    story.summary.forEach((sentence, i) => {
      const source = byId.get(story.summarySources[i]!)!;
      expect(story.sources.map((s) => s.articleId)).toContain(source.id);
      expect(source.sentences.some((s) => s.includes(sentence))).toBe(true);
    });
    for (const entry of story.timeline) expect(byId.get(entry.sourceId)!.sentences.join(" ")).toContain(entry.text);
  });
});
