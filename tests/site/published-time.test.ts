import { describe, expect, it } from "vitest";
import { pageContext } from "../../src/site/pages/page-context.js";
import { partialDateTime, publishedTime } from "../../src/site/pages/published-time.js";
import { storyList } from "../../src/site/pages/story-list.js";
import type { PublishedDate, StoryCard } from "../../src/types.js";
import { day } from "./site-fixture.js";

const UNKNOWN: PublishedDate = { date: "", precision: "year", source: "unknown" };

const card = (date: PublishedDate): StoryCard => ({
  id: "a-story",
  url: "/stories/a-story/",
  headline: "A story",
  teaser: "What happened.",
  date,
  sourceCount: 2,
  outlets: ["BBC"],
  parties: [],
  topics: [],
});

describe("dates in pages", () => {
  it("writes a known date as a <time> element with its datetime", () => {
    expect(publishedTime(day("2024-03-10")).value).toBe('<time datetime="2024-03-10">10 March 2024</time>');
    expect(partialDateTime("2024-03").value).toBe('<time datetime="2024-03">March 2024</time>');
  });

  it("writes an unknown date as plain words, never an empty datetime", () => {
    expect(publishedTime(UNKNOWN).value).toBe("Date unknown");
    expect(publishedTime({ ...UNKNOWN, date: "2024" }).value).toBe("Date unknown");
    expect(partialDateTime(undefined).value).toBe("Date unknown");
  });

  it("leaves the date out of a story card when it is unknown, and keeps it when known", () => {
    const ctx = pageContext();
    const undated = storyList(ctx, [card(UNKNOWN)]).value;
    expect(undated).not.toContain("Date unknown");
    expect(undated).not.toContain("<time");
    expect(undated).toContain('<p class="meta">2 sources: BBC</p>');
    expect(storyList(ctx, [card(day("2024-03-10"))]).value).toContain(
      '<p class="meta"><time datetime="2024-03-10">10 March 2024</time> · 2 sources: BBC</p>',
    );
  });
});
