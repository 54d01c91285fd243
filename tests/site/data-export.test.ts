import { describe, expect, it } from "vitest";
import { entitiesExport, entityShardExport, entityShards } from "../../src/site/data-export.js";
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
  });

  it("keeps the story ids in the index for an entity without a page, which has no shard", () => {
    expect(index.find((e) => e.id === withoutPage.id)).toMatchObject({
      url: null,
      shard: null,
      stories: withoutPage.stories.map((s) => s.id),
    });
  });
});
