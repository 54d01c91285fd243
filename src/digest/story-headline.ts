import type { ExtractedArticle } from "../types.js";

// A headline a reader can scan: long enough to say what happened, short enough for a list.
const IDEAL_MIN = 40;
const IDEAL_MAX = 110;

function lengthScore(title: string): number {
  const n = title.length;
  if (n >= IDEAL_MIN && n <= IDEAL_MAX) return 1;
  return n < IDEAL_MIN ? n / IDEAL_MIN : IDEAL_MAX / n;
}

/**
 * The best of its sources' titles: a real headline (front matter or first line) over one made up
 * from the lead, then an informative length; headlines in capitals or ending in a tag after a
 * dash ("… - media") lose a little. Ties go to the earliest article (the list is oldest first).
 */
export function pickHeadline(articles: readonly ExtractedArticle[]): string {
  let best = "";
  let bestScore = -Infinity;
  for (const a of articles) {
    const title = a.title.trim();
    if (!title) continue;
    let score = (a.titleSource === "lead" ? 0 : 2) + lengthScore(title);
    if (title === title.toUpperCase() && /[A-Z]/.test(title)) score -= 0.5;
    if (/\s[-–—|]\s*\S+(?:\s\S+)?$/.test(title)) score -= 0.25;
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  return best || (articles[0]?.sentences[0] ?? "");
}
