import type { StoryCard, StoryThreadRef, StoryView, Thread, ThreadEntry, ThreadView } from "../types.js";
import { threadUrl } from "./site-urls.js";

/**
 * Threads -> their pages' view models (stories oldest first, each with a date and one line), and
 * each member story's place in its thread. Stories the site does not show are left out, and a
 * thread left with fewer than two stories is no thread.
 */
export function buildThreadViews(
  threads: readonly Thread[],
  stories: readonly StoryView[],
  cards: readonly StoryCard[],
): { views: ThreadView[]; placeOf: Map<string, StoryThreadRef> } {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const cardById = new Map(cards.map((c) => [c.id, c]));
  const newest = new Map(cards.map((c, i) => [c.id, i]));
  const views: ThreadView[] = [];
  const placeOf = new Map<string, StoryThreadRef>();
  for (const thread of threads) {
    const members = thread.storyIds.filter((id) => storyById.has(id) && cardById.has(id));
    if (members.length < 2) continue;
    const url = threadUrl(thread.id);
    const entries = members.map((id): ThreadEntry => {
      const story = storyById.get(id)!;
      return {
        id,
        url: story.url,
        headline: story.headline,
        date: cardById.get(id)!.date,
        line: story.summary[0] ?? "",
      };
    });
    views.push({ id: thread.id, url, title: thread.title, stories: entries, formerIds: thread.formerIds });
    const refOf = (entry: ThreadEntry) => ({ id: entry.id, name: entry.headline, url: entry.url });
    entries.forEach((entry, k) => {
      const before = entries[k - 1];
      const after = entries[k + 1];
      placeOf.set(entry.id, {
        id: thread.id,
        name: thread.title,
        url,
        count: entries.length,
        ...(before ? { previous: refOf(before) } : {}),
        ...(after ? { next: refOf(after) } : {}),
      });
    });
  }
  // The thread with the newest story first, as the home page lists stories.
  const rank = (v: ThreadView) => Math.min(...v.stories.map((s) => newest.get(s.id) ?? Number.MAX_SAFE_INTEGER));
  views.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  return { views, placeOf };
}
