import { rangeOfPartial, type DayRange } from "../extract/dates/day-range.js";
import type { PublishedDate } from "../types.js";

/** An inclusive interval of days since 1970-01-01 (UTC): the dates stage's day arithmetic. */
export type DayInterval = DayRange;

/** The days a partial date (`2024`, `2024-03`, `2024-03-10`) covers; undefined when it is not one. */
export const intervalOfPartial = rangeOfPartial;

/**
 * The days an article may have been published on. A month or year estimate is a range, not its
 * first day; an explicit earliest/latest (inferred from the text) narrows it. Undefined when
 * nothing is known (source `unknown` without a usable date), so callers treat it as no evidence.
 */
export function publishedInterval(published: PublishedDate | undefined): DayInterval | undefined {
  if (!published) return undefined;
  const base = intervalOfPartial(published.date);
  const earliest = published.earliest ? intervalOfPartial(published.earliest)?.earliest : undefined;
  const latest = published.latest ? intervalOfPartial(published.latest)?.latest : undefined;
  if (!base && earliest === undefined && latest === undefined) return undefined;
  const from = Math.max(earliest ?? -Infinity, base?.earliest ?? -Infinity);
  const to = Math.min(latest ?? Infinity, base?.latest ?? Infinity);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) return base;
  return { earliest: from, latest: to };
}

/** Days between two intervals; 0 when they overlap. */
export function daysApart(a: DayInterval, b: DayInterval): number {
  if (a.latest < b.earliest) return b.earliest - a.latest;
  if (b.latest < a.earliest) return a.earliest - b.latest;
  return 0;
}

/** A sort key for "oldest first": the earliest possible day, then the latest. */
export function oldestKey(published: PublishedDate | undefined): number {
  const i = publishedInterval(published);
  return i ? i.earliest : Number.MAX_SAFE_INTEGER;
}

/** A sort key for "newest first": the latest possible day. */
export function newestKey(published: PublishedDate | undefined): number {
  const i = publishedInterval(published);
  return i ? i.latest : Number.MIN_SAFE_INTEGER;
}
