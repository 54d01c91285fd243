import { describe, expect, it } from "vitest";
import { relatedStories } from "../../src/digest/related-stories.js";
import type { RelatedStory, StoryView } from "../../src/types.js";

/** A small deterministic generator, so the stories are the same at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function stories(count: number, seed: number): StoryView[] {
  const next = random(seed);
  const pick = (n: number, of: number, prefix: string) => [
    ...new Set(Array.from({ length: n }, () => `${prefix}${Math.floor(next() * of)}`)),
  ];
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `story-${String(i).padStart(3, "0")}`,
        url: `/stories/story-${i}/`,
        headline: `Story ${i}`,
        parties: pick(1 + Math.floor(next() * 8), 40, "p").map((id) => ({
          id,
          name: id.toUpperCase(),
          kind: "person",
          url: `/people/${id}/`,
          score: 1,
        })),
        topics: pick(Math.floor(next() * 4), 12, "t").map((iptc) => ({
          id: iptc,
          name: `Topic ${iptc}`,
          url: `/topics/${iptc}/`,
          iptc,
          score: 1,
        })),
      }) as unknown as StoryView,
  );
}

/** The definition, all pairs: the sum of shared parties' rarity in the story's party order, plus half a point per shared topic; best five by score, then id. */
function reference(views: StoryView[]): Map<string, RelatedStory[]> {
  const storiesOf = new Map<string, number>();
  for (const v of views) for (const p of v.parties) storiesOf.set(p.id, (storiesOf.get(p.id) ?? 0) + 1);
  // A party of more than 200 stories counts in the score but finds no candidates.
  const finds = (id: string) => storiesOf.get(id)! <= 200;
  const out = new Map<string, RelatedStory[]>();
  for (const story of views) {
    const scored = views
      .filter(
        (other) =>
          other !== story && other.parties.some((p) => finds(p.id) && story.parties.some((q) => q.id === p.id)),
      )
      .map((other) => {
        const parties = story.parties.filter((p) => other.parties.some((q) => q.id === p.id));
        const topics = story.topics.filter((t) => other.topics.some((u) => u.iptc === t.iptc));
        let score = 0;
        for (const p of parties) score += Math.log(1 + views.length / storiesOf.get(p.id)!);
        score += 0.5 * topics.length;
        const why =
          parties.length > 0
            ? `with ${parties
                .slice(0, 3)
                .map((p) => p.name)
                .join(", ")}`
            : topics.length > 0
              ? `on ${topics
                  .slice(0, 2)
                  .map((t) => t.name)
                  .join(", ")}`
              : "";
        return { id: other.id, name: other.headline, url: other.url, why, score: Math.round(score * 1000) / 1000 };
      })
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    out.set(story.id, scored.slice(0, 5));
  }
  return out;
}

describe("relatedStories", () => {
  it("gives what scoring every pair and sorting gives, to the last bit", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const views = stories(120, seed);
      expect(relatedStories(views)).toEqual(reference(views));
    }
  });

  it("counts a topic a story lists twice twice, as the definition does", () => {
    const views = stories(120, 8);
    views.forEach((view, i) => {
      if (i % 3 === 0 && view.topics.length > 0) view.topics.push(view.topics[0]!);
    });
    expect(relatedStories(views)).toEqual(reference(views));
  });

  it("counts parties of more than 200 stories in the score, in the story's party order, but finds no candidates through them", () => {
    for (const seed of [6, 7]) {
      const views = stories(600, seed);
      // Two countries every other story names, placed among each story's own parties.
      const next = random(seed + 100);
      for (const view of views)
        for (const country of ["france", "japan"])
          if (next() < 0.6)
            view.parties.splice(Math.floor(next() * (view.parties.length + 1)), 0, {
              id: country,
              name: country,
              kind: "country",
              url: `/places/${country}/`,
              score: 1,
            });
      expect(views.filter((v) => v.parties.some((p) => p.id === "france")).length).toBeGreaterThan(200);
      const related = relatedStories(views);
      expect(related).toEqual(reference(views));
      expect([...related.values()].some((list) => list.some((r) => r.why.includes("france")))).toBe(true);
    }
  });
});
