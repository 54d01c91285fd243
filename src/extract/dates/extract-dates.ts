import type { DatedEvent, PublishedDate } from "../../types.js";
import { calendarDay, rangeOfPublished, type DayRange } from "./day-range.js";
import { inferPublished } from "./infer-published.js";
import { parseNews } from "./news-chrono.js";
import { resolveExpression } from "./resolve-expression.js";
import { sentenceAt, sentenceSpans } from "./sentence-spans.js";
import { tenseAt } from "./tense-at.js";

/**
 * chrono's reference: noon (local time, which chrono computes in) of the range's first day, or a fixed day when
 * unknown.
 */
export function referenceDate(range: DayRange | undefined): Date {
  if (!range) return new Date(2000, 0, 1, 12);
  const c = calendarDay(range.earliest);
  return new Date(c.year, c.month - 1, c.day, 12);
}

/** Dated expressions of `body`, resolved against the publication date (never against today). */
export function extractDates(body: string, published: PublishedDate | undefined): DatedEvent[] {
  // Without a known publication date the text's own estimate resolves year-less expressions, when it gives a year.
  const range = rangeOfPublished(published) ?? rangeOfPublished(inferPublished(body));
  const results = parseNews(body, referenceDate(range));
  if (results.length === 0) return [];
  const spans = sentenceSpans(body);
  const events: DatedEvent[] = [];
  for (const result of results) {
    const start = result.index;
    // chrono sometimes keeps a trailing space ("August 11 "); spans should cover the expression only.
    const text = result.text.trimEnd();
    const end = start + text.length;
    const sentence = sentenceAt(spans, start) ?? { start: 0, end: body.length };
    const resolved = resolveExpression(result, {
      range,
      tense: tenseAt(body, start, end, sentence.start, sentence.end),
    });
    if (!resolved) continue;
    events.push({ date: resolved.date, text, start, end, sentence: body.slice(sentence.start, sentence.end).trim() });
  }
  return events;
}
