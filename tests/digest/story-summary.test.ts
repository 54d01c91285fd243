import { describe, expect, it } from "vitest";
import { summarizeStory } from "../../src/digest/story-summary.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

const idf = (): number => 1;

describe("summarizeStory", () => {
  it("never states the same date twice, even in different words", () => {
    const a = fixtureArticle({
      id: "a",
      title: "Leaders to meet",
      date: "2024-03-12",
      body:
        "The two leaders will meet in Geneva on May 4 to sign the water treaty. The treaty ends a decade of " +
        "disputes over the river. Farmers on both banks welcomed the news this week.",
    });
    const b = fixtureArticle({
      id: "b",
      title: "Treaty signing set",
      date: "2024-03-12",
      body:
        "A summit on May 4 in Geneva is expected to seal the river agreement between the leaders. Engineers will " +
        "share data on the dam every month under the deal.",
    });
    const summary = summarizeStory([a, b], idf);
    expect(summary.filter((s) => /May 4/.test(s))).toHaveLength(1);
    expect(summary.length).toBeGreaterThanOrEqual(2);
  });

  it("skips furniture lines, datelines and headline lines", () => {
    const a = fixtureArticle({
      id: "a",
      title: "Dam deal signed in Geneva",
      titleSource: "first-line",
      date: "2024-03-12",
      body:
        "Dam deal signed in Geneva\n\nGENEVA (Wire) - The two countries signed a treaty sharing the river's water " +
        "on Monday.\nRead also: Ten facts about the river and its dam projects\nThe deal sets monthly quotas for " +
        "farms downstream of the dam.\nAdvertisement Continue reading the main story",
    });
    const summary = summarizeStory([a], idf);
    expect(summary[0]).toBe("The two countries signed a treaty sharing the river's water on Monday.");
    expect(summary.some((s) => /Read also|Advertisement|^Dam deal signed/.test(s))).toBe(false);
  });

  it("keeps at most four sentences however many articles", () => {
    const articles = Array.from({ length: 6 }, (_, i) =>
      fixtureArticle({
        id: `a${i}`,
        title: `T${i}`,
        date: "2024-03-12",
        body:
          `Report number ${i} describes flood damage in district ${i} of the city. Crews in district ${i} pumped ` +
          `water from ${i + 10} houses overnight.`,
      }),
    );
    expect(summarizeStory(articles, idf).length).toBeLessThanOrEqual(4);
  });

  it("reads lead sentences first, whatever was chosen first, and never takes an item of a list", () => {
    const a = fixtureArticle({
      id: "a",
      title: "Actor profile",
      date: "2024-03-12",
      body:
        "Johnny Depp, whose latest role was in Finding Neverland, is one of Hollywood's most maverick actors. " +
        "- Jamie Graham, Total Film: Film - The Aviator; director - Martin Scorsese. " +
        "He made his name on television in a police drama. " +
        "But it was television drama that first made the actor Depp a star in Hollywood.",
    });
    const summary = summarizeStory([a], idf);
    expect(summary[0]).toMatch(/^Johnny Depp, whose latest role/);
    expect(summary.some((s) => s.startsWith("- "))).toBe(false);
    // In the article's order.
    const positions = summary.map((s) => a.sentences.indexOf(s));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });
});
