import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import type { ExtractedArticle, Story } from "../../src/types.js";
import { extractFiles, fixtureArticle, sampleArticles } from "./article-fixtures.js";

// A Japan–U.S. meeting a year after the samples, about trade: the same countries, another event.
const TRADE_MEETING_2025 = `---
title: "Japan and U.S. leaders meet in Washington to settle car tariff dispute"
date: 2025-04-16
outlet: Example Wire
---
Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump met in Washington on Wednesday to settle a dispute over tariffs on Japanese cars.
The United States had imposed a 25 percent levy on imported vehicles earlier in April, hitting Toyota, Honda and Nissan.
Tokyo offered to buy more American rice and liquefied natural gas in exchange for lower duties, officials said.
Trade negotiators from both countries will meet again in May to draft an agreement on semiconductors and farm goods.
`;

// Same week as the samples, the same countries, but about a baseball series and a pop concert.
const BASEBALL_TOUR_2024 = `---
title: "Dodgers and Padres open baseball season with two games in Tokyo"
date: 2024-03-21
outlet: Example Sports
---
The Los Angeles Dodgers beat the San Diego Padres 5-2 at the Tokyo Dome on Wednesday as Major League Baseball opened its season in Japan.
Shohei Ohtani, playing his first official game for the Dodgers, had two hits in front of 42,000 fans.
Yoshinobu Yamamoto will start the second game of the series on Thursday night.
Tickets for both games sold out within minutes, and the league plans to return to Japan next year.
`;

const ids = (stories: Story[]): string[][] => stories.map((s) => [...s.articleIds].sort()).sort();

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Three short synthetic events, two reports each, in the same week and naming the same country.
function syntheticCorpus(): ExtractedArticle[] {
  const flood = (id: string, title: string, body: string, date: string) =>
    fixtureArticle({
      id,
      title,
      body,
      date,
      entities: [
        { id: "italy", name: "Italy" },
        { id: "venice", name: "Venice", kind: "place" },
      ],
    });
  const vote = (id: string, title: string, body: string, date: string) =>
    fixtureArticle({
      id,
      title,
      body,
      date,
      entities: [
        { id: "italy", name: "Italy" },
        { id: "giorgia-meloni", name: "Giorgia Meloni", kind: "person" },
      ],
    });
  const final = (id: string, title: string, body: string, date: string) =>
    fixtureArticle({
      id,
      title,
      body,
      date,
      entities: [
        { id: "italy", name: "Italy" },
        { id: "inter-milan", name: "Inter Milan", kind: "organization" },
      ],
    });
  return [
    flood(
      "flood-a",
      "Venice floods as record tide swamps St Mark's Square",
      "A record tide flooded Venice on Monday, swamping St Mark's Square in Italy. The flood barrier failed to rise in time. Shops and churches were under water.",
      "2024-11-04",
    ),
    flood(
      "flood-b",
      "Record high tide leaves Venice under water",
      "Venice was under water after a record high tide on Monday, officials in Italy said. The mobile flood barrier did not rise. Water filled St Mark's Square and churches.",
      "2024-11-05",
    ),
    vote(
      "vote-a",
      "Italian senate passes Meloni budget after long night",
      "Italy's senate passed Giorgia Meloni's budget after a long night session. The budget cuts income tax for middle earners. Opposition senators walked out.",
      "2024-11-05",
    ),
    vote(
      "vote-b",
      "Meloni wins senate vote on tax-cutting budget",
      "Giorgia Meloni won a senate vote on her budget, which cuts income tax. Italy's opposition walked out of the night session in protest.",
      "2024-11-06",
    ),
    final(
      "cup-a",
      "Inter Milan lift the cup after penalty shoot-out win",
      "Inter Milan won the cup final in a penalty shoot-out on Tuesday. The goalkeeper saved two penalties. Fans celebrated across Italy.",
      "2024-11-05",
    ),
    final(
      "cup-b",
      "Penalty hero goalkeeper hands Inter Milan the cup",
      "Inter Milan's goalkeeper saved two penalties as the club won the cup final on a shoot-out. Fans in Italy celebrated all night.",
      "2024-11-06",
    ),
  ];
}

describe("clusterStories", () => {
  it("makes the two samples one story with two sources (real extractors)", () => {
    const stories = clusterStories(sampleArticles());
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleIds).toHaveLength(2);
    expect(stories[0]!.id).toMatch(/^[a-z0-9-]+$/);
  });

  it("keeps a Japan–U.S. trade meeting a year later, and a baseball game in Japan the same month, apart from the samples", () => {
    const articles = [
      ...sampleArticles(),
      ...extractFiles({ "trade-2025.md": TRADE_MEETING_2025, "baseball-2024.md": BASEBALL_TOUR_2024 }),
    ];
    const stories = clusterStories(articles);
    expect(stories).toHaveLength(3);
    const samples = stories.find((s) => s.articleIds.length === 2)!;
    expect(samples.articleIds.some((id) => id.includes("trade") || id.includes("dodgers"))).toBe(false);
  });

  it("groups by event, not by shared country", () => {
    expect(ids(clusterStories(syntheticCorpus()))).toEqual([
      ["cup-a", "cup-b"],
      ["flood-a", "flood-b"],
      ["vote-a", "vote-b"],
    ]);
  });

  it("does not group the same words a month or more apart", () => {
    const [a, b] = syntheticCorpus();
    const later = {
      ...b!,
      id: "flood-later",
      published: { date: "2024-12-20", precision: "day" as const, source: "front-matter" as const },
    };
    expect(ids(clusterStories([a!, later]))).toEqual([["flood-a"], ["flood-later"]]);
  });

  it("reads a month estimate as a range: an article dated 2024-11 may be from the same week", () => {
    const [a, b] = syntheticCorpus();
    const monthOnly = { ...b!, published: { date: "2024-11", precision: "month" as const, source: "text" as const } };
    expect(ids(clusterStories([a!, monthOnly]))).toEqual([["flood-a", "flood-b"]]);
  });

  it("gives the same stories and ids whatever the input order", () => {
    const corpus = [...syntheticCorpus(), ...sampleArticles()];
    const reference = clusterStories(corpus);
    for (let seed = 1; seed <= 8; seed++) expect(clusterStories(shuffle(corpus, seed))).toEqual(reference);
  });

  it("lists a story's articles oldest first", () => {
    const stories = clusterStories(syntheticCorpus());
    expect(stories.find((s) => s.articleIds.includes("vote-a"))!.articleIds).toEqual(["vote-a", "vote-b"]);
  });

  it("makes a readable id from the earliest article's headline, unique across stories", () => {
    const [a, b] = syntheticCorpus();
    const twin = {
      ...b!,
      id: "flood-twin",
      title: a!.title,
      published: { date: "2024-12-30", precision: "day" as const, source: "front-matter" as const },
    };
    const stories = clusterStories([a!, twin]);
    expect(stories.map((s) => s.id).sort()).toEqual([
      "venice-floods-as-record-tide-swamps-st-mark-s-square",
      "venice-floods-as-record-tide-swamps-st-mark-s-square-2",
    ]);
  });
});

describe("clusterStories: undated articles of one outlet", () => {
  const undated = { date: "", precision: "year", source: "unknown" } as const;
  const trial = (id: string, title: string, body: string, outlet: string | undefined, date: string | typeof undated) =>
    fixtureArticle({
      id,
      title,
      body,
      date,
      ...(outlet ? { outlet } : {}),
      entities: [
        { id: "northwind-bank", name: "Northwind Bank", kind: "organization", salience: 0.9 },
        { id: "carl-mendes", name: "Carl Mendes", kind: "person", salience: 0.8 },
      ],
    });
  // Two days of one fraud trial: the same parties, charges and sums, another happening each.
  const opening = (outlet: string | undefined, date: string | typeof undated = undated) =>
    trial(
      "trial-opens",
      "Northwind Bank fraud trial of Carl Mendes opens",
      "The fraud trial of former Northwind Bank chief Carl Mendes opened with the selection of the jury. Carl Mendes is accused of hiding $4bn of losses in the accounts of Northwind Bank. The bank collapsed after the accounting fraud came to light. Carl Mendes denies all charges of fraud and conspiracy.",
      outlet,
      date,
    );
  const testimony = (outlet: string | undefined, date: string | typeof undated = undated) =>
    trial(
      "trial-witness",
      "Northwind Bank finance chief says Carl Mendes ordered fraud",
      "Former Northwind Bank finance chief told the fraud trial of Carl Mendes that his boss ordered the hiding of $4bn of losses. The witness said Carl Mendes knew of the accounting fraud at Northwind Bank. Carl Mendes denies all charges of fraud and conspiracy. The bank collapsed after the losses came to light.",
      outlet,
      date,
    );

  it("keeps one outlet's reports of different days of one trial apart when nothing dates them", () => {
    expect(ids(clusterStories([opening("Example News"), testimony("Example News")]))).toEqual([
      ["trial-opens"],
      ["trial-witness"],
    ]);
  });

  it("still groups them when dates place them within one event's days, or when no outlet is named", () => {
    expect(
      clusterStories([opening("Example News", "2024-03-11"), testimony("Example News", "2024-03-11")]),
    ).toHaveLength(1);
    expect(clusterStories([opening(undefined), testimony(undefined)])).toHaveLength(1);
  });

  it("groups one outlet's near copies of one report without dates", () => {
    const copy = {
      ...opening("Example News"),
      id: "trial-opens-copy",
      sourcePath: "trial-opens-copy.md",
      hash: "copy",
    };
    expect(clusterStories([opening("Example News"), copy])).toHaveLength(1);
  });
});

describe("clusterStories: stable ids across builds", () => {
  it("keeps a story's id when an article is added, even an older one with another headline", () => {
    const [a, b] = syntheticCorpus();
    const first = clusterStories([b!]);
    expect(first[0]!.id).toBe("record-high-tide-leaves-venice-under-water");
    const second = clusterStories([a!, b!], { previous: first });
    expect(second).toHaveLength(1);
    expect(second[0]!.id).toBe("record-high-tide-leaves-venice-under-water");
    expect(second[0]!.formerIds).toEqual([]);
  });

  it("retires the other id when a rebuild merges two stories, and keeps it retired", () => {
    const [a, b] = syntheticCorpus();
    const previous = [
      { id: "venice-story", articleIds: ["flood-a"] },
      { id: "tide-story", articleIds: ["flood-b"] },
    ];
    const merged = clusterStories([a!, b!], { previous });
    expect(merged).toEqual([{ id: "tide-story", articleIds: ["flood-a", "flood-b"], formerIds: ["venice-story"] }]);
    // The next build passes formerIds back, so the redirect survives.
    const again = clusterStories([a!, b!], { previous: merged });
    expect(again[0]!.formerIds).toEqual(["venice-story"]);
  });

  it("gives a split-off part a new id, never a retired or previous one", () => {
    const corpus = syntheticCorpus();
    const previous = [{ id: "italy-news", articleIds: ["flood-a", "flood-b", "vote-a"], formerIds: ["old-italy"] }];
    const stories = clusterStories(corpus, { previous });
    const keeper = stories.find((s) => s.id === "italy-news")!;
    expect(keeper.articleIds).toEqual(["flood-a", "flood-b"]);
    expect(keeper.formerIds).toEqual(["old-italy"]);
    expect(stories.map((s) => s.id).filter((id) => id === "old-italy")).toEqual([]);
  });
});

describe("clusterStories: front matter `story:` pins", () => {
  it("puts articles with the same pin in one story with that id, whatever their content", () => {
    const [flood, , vote] = syntheticCorpus();
    const stories = clusterStories([
      { ...flood!, pinnedStory: "italy-week" },
      { ...vote!, pinnedStory: "italy-week" },
    ]);
    expect(stories).toEqual([{ id: "italy-week", articleIds: ["flood-a", "vote-a"], formerIds: [] }]);
  });

  it("splits a pinned article out of the automatic group", () => {
    const [a, b] = syntheticCorpus();
    const stories = clusterStories([a!, { ...b!, pinnedStory: "barrier-failure" }]);
    expect(ids(stories)).toEqual([["flood-a"], ["flood-b"]]);
    expect(stories.find((s) => s.articleIds[0] === "flood-b")!.id).toBe("barrier-failure");
  });

  it("does not hand a pinned id to an automatic story", () => {
    const [a, b, c] = syntheticCorpus();
    const stories = clusterStories([
      a!,
      b!,
      { ...c!, pinnedStory: "venice-floods-as-record-tide-swamps-st-mark-s-square" },
    ]);
    expect(new Set(stories.map((s) => s.id)).size).toBe(2);
  });
});
