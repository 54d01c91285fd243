import { describe, expect, it } from "vitest";
import { buildArticleFeatures } from "../../src/cluster/article-features.js";
import { pairSimilarity } from "../../src/cluster/pair-similarity.js";
import type { EntityKind } from "../../src/types.js";
import { fixtureArticle } from "./article-fixtures.js";

// Two reports of different happenings on the same days whose only shared entity is `shared`;
// a third article keeps the shared entity's IDF above zero.
function pairSharing(kind: EntityKind): number {
  const shared = { id: "shared-name", name: "Ashford", kind, salience: 0.9 };
  const articles = [
    fixtureArticle({
      id: "a",
      title: "Tram overturns on a sharp bend in Ashford",
      body: "A tram overturned on a sharp bend in Ashford. Rescuers worked through the night.",
      date: "2024-11-09",
      entities: [shared, { id: "driver-name", name: "Sam Cole", kind: "person" }],
    }),
    fixtureArticle({
      id: "b",
      title: "Ashford council approves new library budget",
      body: "The council in Ashford approved a budget for a new library. Building starts in spring.",
      date: "2024-11-10",
      entities: [shared, { id: "council-leader", name: "Ann Hale", kind: "person" }],
    }),
    fixtureArticle({
      id: "c",
      title: "Storm closes ferry routes",
      body: "A storm closed ferry routes for two days.",
      date: "2024-11-10",
      entities: [{ id: "ferry-line", name: "Ferry Line", kind: "organization" }],
    }),
  ];
  const [a, b] = buildArticleFeatures(articles);
  return pairSimilarity(a!, b!);
}

describe("how much a shared entity's kind says about one event", () => {
  it("counts a shared place for less than a shared person or organization", () => {
    const person = pairSharing("person");
    expect(pairSharing("organization")).toBeCloseTo(person, 10);
    // A city or country hosts many events of the same days: it says where, not what happened.
    expect(pairSharing("place")).toBeLessThan(person * 0.9);
  });
});
