import { describe, expect, it } from "vitest";
import { shardCount, shardFolder, shardOf } from "../../src/site/search-shard.js";

describe("shardCount", () => {
  it.each([
    [0, 1],
    [1, 1],
    [499, 1],
    [500, 8],
    [800, 8],
    [801, 16],
    [1600, 16],
    [1601, 32],
    [13_000, 32],
    [200_000, 32],
  ])("%i indexed pages -> %i shards", (pages, shards) => {
    expect(shardCount(pages)).toBe(shards);
  });
});

describe("shardOf", () => {
  const paths = Array.from({ length: 2000 }, (_, i) =>
    i % 2 ? `articles/a${String(i).padStart(5, "0")}/index.html` : `stories/story-${i}/index.html`,
  );

  it("is stable: the same path always lands in the same shard (fixed values, not just run to run)", () => {
    const first = paths.map((path) => shardOf(path, 16));
    expect(paths.map((path) => shardOf(path, 16))).toEqual(first);
    // Pinned (FNV-1a with the high half folded in, computed apart from the code): a change of
    // the hash re-indexes every site once, so it must be a decision, not an accident.
    expect(
      ["stories/us-japan-summit/index.html", "articles/summit-plain/index.html", ""].map((path) => [
        shardOf(path, 16),
        shardOf(path, 32),
      ]),
    ).toEqual([
      [9, 25],
      [11, 11],
      [9, 25],
    ]);
  });

  it("stays within range and spreads similar paths over all shards", () => {
    for (const shards of [1, 8, 16, 32]) {
      const counts = new Array<number>(shards).fill(0);
      for (const path of paths) {
        const shard = shardOf(path, shards);
        expect(shard).toBeGreaterThanOrEqual(0);
        expect(shard).toBeLessThan(shards);
        counts[shard]! += 1;
      }
      const even = paths.length / shards;
      // No shard more than half again as full as an even split, none empty.
      expect(Math.max(...counts)).toBeLessThan(even * 1.5);
      expect(Math.min(...counts)).toBeGreaterThan(even * 0.5);
    }
  });

  it("names shard folders with two digits, so no folder name is a prefix of another", () => {
    expect([0, 7, 15, 31].map(shardFolder)).toEqual(["shard-00", "shard-07", "shard-15", "shard-31"]);
  });
});
