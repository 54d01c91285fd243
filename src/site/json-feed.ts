import type { JsonFeedSource } from "./site-pages.js";
import { feedTimestamp } from "./format-date.js";
import { absoluteUrl, withPrefix } from "./site-url.js";

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) for one feed source. */
export function jsonFeed(feed: JsonFeedSource, siteTitle: string, prefix: string, siteUrl: string | undefined): string {
  const full = (url: string) => absoluteUrl(withPrefix(url, prefix), siteUrl);
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: `${feed.title} · ${siteTitle}`,
      home_page_url: full(feed.pageUrl),
      feed_url: full(feed.jsonUrl),
      language: "en",
      items: feed.cards.map((card) => ({
        id: full(card.url),
        url: full(card.url),
        title: card.headline,
        content_text: card.teaser,
        date_published: feedTimestamp(card.date?.date, feed.fallbackTime),
        tags: card.topics.map((t) => t.name),
      })),
    },
    // Compact: a feed is read by programs, and indentation was a fifth of its bytes.
  );
}
