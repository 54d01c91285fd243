// A site's grouping must not depend on its build history: after any sequence of added, edited
// and removed articles, each build given the previous build's stories (for stable ids), the
// articles are grouped exactly as a clean build of the final set groups them. Only the ids may
// carry history. (Any incremental regrouping must keep this true.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import type { ExtractedArticle, Story } from "../../src/types.js";
import { fixtureArticle } from "./article-fixtures.js";

const groups = (stories: readonly Story[]): string[][] => stories.map((s) => [...s.articleIds].sort()).sort();

type Maker = (id: string, variant: number) => ExtractedArticle;

// Four events in one week, all naming Italy; two wordings of each report (an edit swaps them).
const EVENTS: Maker[] = [
  (id, v) =>
    fixtureArticle({
      id,
      title: v ? "Record high tide leaves Venice under water" : "Venice floods as record tide swamps St Mark's Square",
      body: v
        ? "Venice was under water after a record high tide on Monday, officials in Italy said. The mobile flood barrier did not rise."
        : "A record tide flooded Venice on Monday, swamping St Mark's Square in Italy. The flood barrier failed to rise in time.",
      date: "2024-11-04",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "venice", name: "Venice", kind: "place" },
      ],
    }),
  (id, v) =>
    fixtureArticle({
      id,
      title: v
        ? "Meloni wins senate vote on tax-cutting budget"
        : "Italian senate passes Meloni budget after long night",
      body: v
        ? "Giorgia Meloni won a senate vote on her budget, which cuts income tax. Italy's opposition walked out of the night session."
        : "Italy's senate passed Giorgia Meloni's budget after a long night session. The budget cuts income tax for middle earners.",
      date: "2024-11-05",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "giorgia-meloni", name: "Giorgia Meloni", kind: "person" },
      ],
    }),
  (id, v) =>
    fixtureArticle({
      id,
      title: v
        ? "Penalty hero goalkeeper hands Inter Milan the cup"
        : "Inter Milan lift the cup after penalty shoot-out win",
      body: v
        ? "Inter Milan's goalkeeper saved two penalties as the club won the cup final on a shoot-out. Fans in Italy celebrated."
        : "Inter Milan won the cup final in a penalty shoot-out on Tuesday. The goalkeeper saved two penalties.",
      date: "2024-11-05",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "inter-milan", name: "Inter Milan", kind: "organization" },
      ],
    }),
  (id, v) =>
    fixtureArticle({
      id,
      title: v ? "Etna eruption closes Catania airport" : "Mount Etna erupts, sending ash over Sicily",
      body: v
        ? "Catania airport closed after Mount Etna erupted overnight, covering Sicily in ash. Flights were diverted to Palermo."
        : "Mount Etna erupted on Wednesday, sending a column of ash over Sicily and closing Catania airport for hours.",
      date: "2024-11-06",
      entities: [
        { id: "italy", name: "Italy" },
        { id: "sicily", name: "Sicily", kind: "place" },
      ],
    }),
];

const SLOTS = 10;
const article = (slot: number, variant: number) => EVENTS[slot % EVENTS.length]!(`report-${slot}`, variant);

type Step = { kind: "add" | "edit" | "remove"; slot: number };

describe("grouping and build history", () => {
  it("groups the fixture's reports by event (so the property below is about real groups)", () => {
    const all = Array.from({ length: SLOTS }, (_, slot) => article(slot, slot % 2));
    expect(groups(clusterStories(all))).toHaveLength(EVENTS.length);
  });

  it("groups the final set as a clean build does, whatever adds, edits and removals led to it", () => {
    const step = fc.record({
      kind: fc.constantFrom<Step["kind"]>("add", "edit", "remove"),
      slot: fc.nat({ max: SLOTS - 1 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const present = new Map<number, number>(); // slot -> variant
        let previous: Story[] = [];
        for (const { kind, slot } of steps) {
          if (kind === "add") present.set(slot, present.get(slot) ?? 0);
          else if (kind === "edit" && present.has(slot)) present.set(slot, 1 - present.get(slot)!);
          else present.delete(slot);
          const articles = [...present].map(([s, v]) => article(s, v));
          previous = clusterStories(articles, { previous });
        }
        const finalArticles = [...present].map(([s, v]) => article(s, v));
        expect(groups(previous)).toEqual(groups(clusterStories(finalArticles)));
      }),
      { numRuns: 40 },
    );
  });
});
