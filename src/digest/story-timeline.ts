import type { ExtractedArticle, TimelineEntry } from "../types.js";

/**
 * The dated events a story's articles mention, one entry per date (two reports of the April 10
 * summit are one entry), oldest first, at the precision the text gave. The text is the sentence
 * of the first article (oldest first) that mentions the date. A year or month is dropped when the
 * timeline already has a finer date inside it ("the April summit" beside "April 10"): it is
 * almost always the vaguer mention of the same thing.
 */
export function buildTimeline(articles: readonly ExtractedArticle[]): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const article of articles) {
    for (const event of article.events) {
      const entry = byDate.get(event.date);
      if (!entry) byDate.set(event.date, { date: event.date, text: event.sentence, articleIds: [article.id] });
      else if (!entry.articleIds.includes(article.id)) entry.articleIds.push(article.id);
    }
  }
  const dates = [...byDate.keys()];
  return [...byDate.values()]
    .filter((e) => !dates.some((d) => d.length > e.date.length && d.startsWith(`${e.date}-`)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
