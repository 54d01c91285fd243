import { describe, expect, it } from "vitest";
import {
  entitiesExport,
  entityShardExport,
  entityShards,
  storiesExport,
  storyShardExport,
  storyShards,
} from "../../src/site/data-export.js";
import { buildFixtureSite } from "./site-fixture.js";

describe("data export of entities", () => {
  const site = buildFixtureSite();
  // One entity loses its page, as `entityPages.minStories` does to an entity named in one story.
  const [withPage, withoutPage] = [site.entities[0]!, { ...site.entities[1]!, url: undefined }];
  const paged = { ...site, entities: [withPage, withoutPage, ...site.entities.slice(2)] };
  const index = JSON.parse(entitiesExport(paged)) as Record<string, unknown>[];

  it("lists an entity's stories in its shard when it has a page, not in the index too", () => {
    const entry = index.find((e) => e.id === withPage.id)!;
    expect(entry).toMatchObject({
      name: withPage.name,
      articleCount: withPage.articleCount,
      shard: expect.any(String),
    });
    expect(entry).not.toHaveProperty("stories");
    const shard = entityShards(paged).find((s) => s.url === entry.shard)!;
    const full = (JSON.parse(entityShardExport(shard)) as { id: string; stories: string[] }[]).find(
      (e) => e.id === withPage.id,
    );
    expect(full?.stories).toEqual(withPage.stories.map((s) => s.id));
    expect(full?.stories.length).toBeGreaterThan(0);
    // Seen-with entities by id, name and count; their kind and page are in the index.
    const seenWith = (full as unknown as { seenWith: Record<string, unknown>[] }).seenWith;
    expect(seenWith.length).toBeGreaterThan(0);
    for (const other of seenWith) expect(Object.keys(other)).toEqual(["id", "name", "count"]);
  });

  it("keeps the story ids in the index for an entity without a page, which has no shard", () => {
    expect(index.find((e) => e.id === withoutPage.id)).toMatchObject({
      url: null,
      shard: null,
      stories: withoutPage.stories.map((s) => s.id),
    });
  });
});

describe("data export of stories", () => {
  const base = buildFixtureSite();
  const evidence = "dated by its front matter";
  // Every story and source date says how it was found.
  const site = {
    ...base,
    stories: base.stories.map((s) => ({
      ...s,
      published: { ...s.published, evidence },
      sources: s.sources.map((source) => ({ ...source, published: { ...source.published, evidence } })),
    })),
  };
  const index = JSON.parse(storiesExport(site)) as {
    id: string;
    published: Record<string, unknown>;
    articles: { published: Record<string, unknown> }[];
  }[];
  const full = storyShards(site).flatMap(
    (shard) =>
      JSON.parse(storyShardExport(shard, site)) as {
        id: string;
        published: Record<string, unknown>;
        articles: { published: Record<string, unknown> }[];
        topics: Record<string, unknown>[];
      }[],
  );

  it("gives each date in the index without its evidence, which the full record keeps", () => {
    expect(index.length).toBeGreaterThan(0);
    for (const story of index) {
      expect(story.published).toMatchObject({ date: expect.any(String), precision: expect.any(String) });
      expect(story.published).not.toHaveProperty("evidence");
      for (const article of story.articles) expect(article.published).not.toHaveProperty("evidence");
    }
    for (const story of full) {
      expect(story.published.evidence).toBe(evidence);
      for (const article of story.articles) expect(article.published.evidence).toBe(evidence);
    }
  });

  it("names a topic in a full record by id and label, its IPTC code being in topics.json", () => {
    const topics = full.flatMap((story) => story.topics);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic).toMatchObject({ id: expect.any(String), label: expect.any(String) });
      expect(topic).not.toHaveProperty("iptc");
    }
    const entityTopics = entityShards(base).flatMap((shard) =>
      (JSON.parse(entityShardExport(shard)) as { topics: Record<string, unknown>[] }[]).flatMap((e) => e.topics),
    );
    expect(entityTopics.length).toBeGreaterThan(0);
    for (const topic of entityTopics) expect(topic).not.toHaveProperty("iptc");
  });
});
