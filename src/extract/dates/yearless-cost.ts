import { calendarDay, dayNumber, monthEnd } from "./day-range.js";
import type { YearlessDate } from "./publication-evidence.js";

// How far from publication news leaves out a year. A year-less day ("on March 10") is recent or near: within
// about half a year. A year-less month ("in July") follows the wire services' rule (no year within the current
// calendar year), stretched across New Year by half a year ("in December", written in February).
export const NEAR_DAYS = 183;

/** Cost of publication on `day` for one year-less date: 0 when the reading fits news usage, 1 when it does not. */
export type DayCost = (day: number) => number;

/** Per-year values computed once: a scan asks the same few years for hundreds of days. */
function perYear(compute: (year: number) => number): (year: number) => number {
  const cache = new Map<number, number>();
  return (year) => {
    let value = cache.get(year);
    if (value === undefined) cache.set(year, (value = compute(year)));
    return value;
  };
}

/** The cost function of a year-less date, or undefined when it has no direction (an untensed "on May 3"). */
export function yearlessCost(date: YearlessDate): DayCost | undefined {
  const { month, day } = date;
  const startOf = perYear((y) => dayNumber(y, month, day ?? 1));
  const endOf = perYear((y) => (day === undefined ? monthEnd(y, month) : dayNumber(y, month, day)));
  if (date.relative) {
    // "last December": the most recent December before the publication month; "next April" the first after it.
    const next = date.relative === "next";
    return (d) => {
      const { year: y, month: m } = calendarDay(d);
      const year = next ? (month > m ? y : y + 1) : month < m ? y : y - 1;
      const distance = next ? startOf(year) - d : d - endOf(year);
      return distance > NEAR_DAYS ? 1 : 0;
    };
  }
  if (date.tense === "past") {
    return (d) => {
      const y = calendarDay(d).year;
      // The latest occurrence not after publication (a whole month counts as begun on its first day).
      const year = startOf(y) > d ? y - 1 : y;
      if (day === undefined && year === y) return 0;
      return d - startOf(year) > NEAR_DAYS ? 1 : 0;
    };
  }
  if (date.tense === "future") {
    return (d) => {
      const y = calendarDay(d).year;
      // The first occurrence after publication (a month still counts as ahead until its last day).
      const ahead = day === undefined ? endOf(y) >= d : startOf(y) > d;
      const year = ahead ? y : y + 1;
      if (day === undefined && year === y) return 0;
      return startOf(year) - d > NEAR_DAYS ? 1 : 0;
    };
  }
  return undefined;
}
