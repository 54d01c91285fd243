import type { PartialDate, Precision, PublishedDate, PublishedSource } from "../../types.js";

// Days are plain integers (days since 1970-01-01, UTC) so the publication-date search can scan
// hundreds of candidate days per article without allocating date objects.
const MS_PER_DAY = 86_400_000;

/** An inclusive interval of days (days since 1970-01-01). */
export interface DayRange {
  earliest: number;
  latest: number;
}

/** Calendar parts of a day number. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function calendarDay(day: number): CalendarDay {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The last day of a month. */
export function monthEnd(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `2024`, `2024-03` or `2024-03-10`. */
export function formatPartial(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatDay(day: number): string {
  const c = calendarDay(day);
  return formatPartial(c.year, c.month, c.day);
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The days a partial date covers: `2024` is the whole year. */
export function rangeOfPartial(date: string): DayRange | undefined {
  const m = PARTIAL.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const day = dayNumber(year, Number(m[2]), Number(m[3]));
    return { earliest: day, latest: day };
  }
  if (m[2] !== undefined) return { earliest: dayNumber(year, Number(m[2]), 1), latest: monthEnd(year, Number(m[2])) };
  return { earliest: dayNumber(year, 1, 1), latest: dayNumber(year, 12, 31) };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(iso: string | undefined): number | undefined {
  const m = iso === undefined ? null : ISO_DAY.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The days a publication estimate allows; undefined when it says nothing (source `unknown`). */
export function rangeOfPublished(published: PublishedDate | undefined): DayRange | undefined {
  if (!published || published.source === "unknown") return undefined;
  const earliest = parseDay(published.earliest);
  const latest = parseDay(published.latest);
  if (earliest !== undefined && latest !== undefined && earliest <= latest) return { earliest, latest };
  return rangeOfPartial(published.date);
}

/**
 * Whether every day of the range lies in one day / month / year, i.e. a relative expression of that unit resolves the
 * same way throughout.
 */
export function rangeWithin(range: DayRange, precision: Precision): boolean {
  const a = calendarDay(range.earliest);
  const b = calendarDay(range.latest);
  if (precision === "day") return range.earliest === range.latest;
  if (precision === "month") return a.year === b.year && a.month === b.month;
  return a.year === b.year;
}

/**
 * The unit (month or year) holding most days of the range, so a 31-day window across two months is named by its larger
 * part.
 */
function majority(range: DayRange, unit: "month" | "year"): PartialDate {
  const counts = new Map<string, number>();
  for (let d = range.earliest; d <= range.latest; d++) {
    const c = calendarDay(d);
    const key = unit === "month" ? formatPartial(c.year, c.month) : formatPartial(c.year);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = "";
  let bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** A publication estimate at the precision the range supports: one day, about a month, about a year, or unknown. */
export function estimateFromRange(range: DayRange, source: PublishedSource, evidence: string): PublishedDate {
  const span = range.latest - range.earliest + 1;
  const bounds = { earliest: formatDay(range.earliest), latest: formatDay(range.latest), evidence };
  if (span === 1) return { date: formatDay(range.earliest), precision: "day", source, ...bounds };
  if (span <= 31) return { date: majority(range, "month"), precision: "month", source, ...bounds };
  if (span <= 366) return { date: majority(range, "year"), precision: "year", source, ...bounds };
  return unknownPublished(evidence);
}

export function unknownPublished(evidence: string): PublishedDate {
  return { date: "", precision: "year", source: "unknown", evidence };
}
