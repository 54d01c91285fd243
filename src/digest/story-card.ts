import type { PublishedDate, StoryCard, StoryView } from "../types.js";

/**
 * A story as it appears in lists; `date` is its latest article's publication date, unless that
 * is only an estimate from the text and the story's estimate (narrowed across its articles) is
 * more precise: "March 2024" is then the better answer than one article's "2024".
 */
export function toStoryCard(story: StoryView, latest: PublishedDate): StoryCard {
  return {
    id: story.id,
    url: story.url,
    headline: story.headline,
    teaser: story.summary[0] ?? "",
    date: preferNarrowed(latest, story.published),
    sourceCount: story.sources.length,
    outlets: [...new Set(story.sources.map((s) => s.outlet).filter((o): o is string => !!o))].sort(),
    parties: story.parties.slice(0, 5).map(({ id, name, kind, url }) => ({ id, name, kind, url })),
    topics: story.topics.slice(0, 3).map(({ id, name, url, iptc }) => ({ id, name, url, iptc })),
  };
}

/**
 * An article's date for display and counting: its own, unless that is only an estimate from
 * the text and its story's estimate, narrowed across all the story's articles, is more precise.
 */
export function preferNarrowed(own: PublishedDate, story: PublishedDate): PublishedDate {
  return own.source === "text" && story.date.length > own.date.length ? story : own;
}

/** `2024-03` of a date, when it says the month. */
export function monthOf(date: PublishedDate): string | undefined {
  return /^\d{4}-\d{2}/.exec(date.date)?.[0] ?? (date.latest ? /^\d{4}-\d{2}/.exec(date.latest)?.[0] : undefined);
}
