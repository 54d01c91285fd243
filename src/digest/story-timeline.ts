import type { ExtractedArticle, TimelineEntry } from "../types.js";

/**
 * The most entries one story's timeline shows. Each article brings at most 1,000 dated
 * expressions (MAX_DATED_EXPRESSIONS) of which a real story dates a few dozen distinct days; a
 * pasted list of dates brought 60,000 and made a 151 MB page. Past the bound, the dates most
 * articles mention are kept (then the oldest).
 */
export const MAX_TIMELINE_ENTRIES = 300;

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
      if (!entry)
        byDate.set(event.date, {
          date: event.date,
          text: event.sentence,
          sourceId: article.id,
          articleIds: [article.id],
        });
      else if (!entry.articleIds.includes(article.id)) entry.articleIds.push(article.id);
    }
  }
  // Years and months that hold a finer date of the timeline ("2024" and "2024-04" for "2024-04-10").
  const holdFiner = new Set<string>();
  for (const date of byDate.keys()) {
    for (let dash = date.indexOf("-"); dash >= 0; dash = date.indexOf("-", dash + 1))
      holdFiner.add(date.slice(0, dash));
  }
  let entries = [...byDate.values()].filter((e) => !holdFiner.has(e.date));
  if (entries.length > MAX_TIMELINE_ENTRIES) {
    entries = entries
      .sort((a, b) => b.articleIds.length - a.articleIds.length || byDateOrder(a, b))
      .slice(0, MAX_TIMELINE_ENTRIES);
  }
  return entries.sort(byDateOrder);
}

function byDateOrder(a: TimelineEntry, b: TimelineEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
