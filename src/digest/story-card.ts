import type { PublishedDate, StoryCard, StoryView } from "../types.js";

/** A story as it appears in lists; `date` is its latest article's publication date. */
export function toStoryCard(story: StoryView, latest: PublishedDate): StoryCard {
  return {
    id: story.id,
    url: story.url,
    headline: story.headline,
    teaser: story.summary[0] ?? "",
    date: latest,
    sourceCount: story.sources.length,
    outlets: [...new Set(story.sources.map((s) => s.outlet).filter((o): o is string => !!o))].sort(),
    parties: story.parties.slice(0, 5).map(({ id, name, kind, url }) => ({ id, name, kind, url })),
    topics: story.topics.slice(0, 3).map(({ id, name, url, iptc }) => ({ id, name, url, iptc })),
  };
}

/** `2024-03` of a date, when it says the month. */
export function monthOf(date: PublishedDate): string | undefined {
  return /^\d{4}-\d{2}/.exec(date.date)?.[0] ?? (date.latest ? /^\d{4}-\d{2}/.exec(date.latest)?.[0] : undefined);
}
