import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/digest/story-timeline.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

describe("buildTimeline", () => {
  const a = fixtureArticle({
    id: "a",
    title: "A",
    date: "2024-03-12",
    body: "The summit is on April 10. The law changed in December 2023.",
    events: [
      { date: "2024-04-10", text: "April 10" },
      { date: "2023-12", text: "December 2023" },
    ],
  });
  const b = fixtureArticle({
    id: "b",
    title: "B",
    date: "2024-03-13",
    body: "Leaders meet on April 10 in Washington. At the April summit they sign. It began in 2023.",
    events: [
      { date: "2024-04-10", text: "April 10" },
      { date: "2024-04", text: "April" },
      { date: "2023", text: "2023" },
    ],
  });

  it("lists each date once, oldest first, with the first article's sentence and every article that mentions it", () => {
    expect(buildTimeline([a, b])).toEqual([
      { date: "2023-12", text: "The law changed in December 2023.", sourceId: "a", articleIds: ["a"] },
      { date: "2024-04-10", text: "The summit is on April 10.", sourceId: "a", articleIds: ["a", "b"] },
    ]);
  });

  it("keeps a coarse date when nothing finer falls inside it", () => {
    expect(buildTimeline([b]).map((e) => e.date)).toEqual(["2023", "2024-04-10"]);
  });
});
