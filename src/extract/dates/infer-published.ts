import type { PublishedDate } from "../../types.js";
import { estimateFromRange, rangeOfPublished, unknownPublished, type DayRange } from "./day-range.js";
import {
  publicationEvidence,
  weekdayOf,
  type StatedDate,
  type WeekdayMention,
  type YearlessDate,
} from "./publication-evidence.js";
import { elapsedYears, headlineYear } from "./year-anchors.js";
import { NEAR_DAYS, yearlessCost } from "./yearless-cost.js";

// An undated article's date is estimated only where the text supports a closed range, and then as a range that
// holds the true date: a wrong date is worse than none (it files a story in the wrong month of the archive).
//
// A year the text states says little on its own ("in 1997, Labour won" in an article of 2005). A range needs
// an anchor that ties a stated date to the moment of writing:
//  - an embedded post's date (published within RECENT_DAYS after it),
//  - a full date with its weekday ("Sunday, Nov. 13, 2016": news names weekdays only within a week),
//  - a stated date that the text also gives without its year ("in December 2023" … "agreed in December"),
//    which news does only near the time of writing;
//  - or a stated past date and a stated future date less than a year apart.
// Stated past dates then bound it from below, stated future dates from above, and year-less dates ("on March 10",
// "the April 10 summit" ahead) narrow it inside the anchor's range.

/** An embedded post is quoted within about a month of its date. */
const RECENT_DAYS = 30;
/** News names a weekday only for the week before or after the day of writing. */
const WEEK_DAYS = 7;
/** An estimate wider than a year says nothing worth showing. */
const MAX_SPAN_DAYS = 366;

interface Constraint {
  range: DayRange;
  note: string;
}

const quote = (text: string): string => `"${text.trim().replace(/[,.]$/, "")}"`;

/** The range a recently written form of date gives: after a post or a past weekday-dated day, before a future one. */
function recencyAnchor(stated: readonly StatedDate[]): Constraint | undefined {
  const recent = stated.filter((s) => s.form !== "plain").sort((a, b) => b.first - a.first)[0];
  if (!recent) return undefined;
  if (recent.form === "post")
    return {
      range: { earliest: recent.first, latest: recent.first + RECENT_DAYS },
      note: `within a month after the post of ${quote(recent.text)}`,
    };
  if (recent.form === "caption")
    return {
      range: { earliest: recent.first, latest: recent.first + RECENT_DAYS },
      note: `within a month after the picture of ${quote(recent.text)}`,
    };
  if (recent.tense === "future")
    return {
      range: { earliest: recent.first - WEEK_DAYS, latest: recent.first - 1 },
      note: `within a week before ${quote(recent.text)}`,
    };
  return {
    range: { earliest: recent.first, latest: recent.first + WEEK_DAYS },
    note: `within a week after ${quote(recent.text)}`,
  };
}

/**
 * A weekday the text names in the past ("killed Wednesday") that is the weekday of a stated day ("Nov. 9, 2016"):
 * the day it names, so publication falls within the week after it.
 */
function weekdayAnchor(stated: readonly StatedDate[], weekdays: readonly WeekdayMention[]): Constraint | undefined {
  // Only the latest stated day: an older one ("July 25, 2015" in a timeline) is background, and one weekday in seven
  // would match it by chance.
  const day = stated
    .filter((s) => s.precision === "day" && s.tenseBefore !== "future")
    .sort((a, b) => b.first - a.first)[0];
  if (!day || day.form !== "plain") return undefined;
  const past = new Set(weekdays.filter((w) => w.tense === "past").map((w) => w.weekday));
  if (!past.has(weekdayOf(day.first))) return undefined;
  const named = weekdays.find((w) => w.tense === "past" && w.weekday === weekdayOf(day.first));
  return {
    range: { earliest: day.first, latest: day.first + WEEK_DAYS },
    note: `${quote(named?.text ?? "")} is ${quote(day.text)}`,
  };
}

/** The stated date a year-less one repeats: same month (and day), same precision; the latest if several. */
function statedTwin(date: YearlessDate, stated: readonly StatedDate[]): StatedDate | undefined {
  const twins = stated.filter(
    (s) =>
      s.month === date.month &&
      (date.day === undefined ? s.precision === "month" : s.precision === "day" && s.day === date.day),
  );
  return twins.sort((a, b) => b.first - a.first)[0];
}

/** The range a year-less date gives once a stated twin fixes its year. */
function linkAnchor(date: YearlessDate, twin: StatedDate): Constraint | undefined {
  const yearEnd = twin.last + 0;
  const note = `${quote(date.text)} is ${quote(twin.text)}`;
  if (date.relative === "last") return { range: { earliest: twin.last + 1, latest: twin.last + NEAR_DAYS }, note };
  if (date.relative === "next") return { range: { earliest: twin.first - NEAR_DAYS, latest: twin.first - 1 }, note };
  const firstOfYear = Date.UTC(twin.year, 0, 1) / 86_400_000;
  const lastOfYear = Date.UTC(twin.year, 11, 31) / 86_400_000;
  if (date.tense === "past") {
    const latest = date.day === undefined ? Math.max(lastOfYear, twin.first + NEAR_DAYS) : twin.first + NEAR_DAYS;
    return { range: { earliest: twin.first, latest }, note: `${note} (past)` };
  }
  if (date.tense === "future") {
    const earliest = date.day === undefined ? Math.min(firstOfYear, twin.first - NEAR_DAYS) : twin.first - NEAR_DAYS;
    return { range: { earliest, latest: date.day === undefined ? yearEnd : twin.first - 1 }, note: `${note} (ahead)` };
  }
  return undefined;
}

/** Lower bounds from stated past dates and recent forms, upper bounds from stated future dates. */
function bounds(stated: readonly StatedDate[]): { lower?: Constraint; upper?: Constraint } {
  let lower: StatedDate | undefined;
  let upper: { day: number; date: StatedDate } | undefined;
  // A day the text also gives as past or recent is not ahead ("joy whenever Nov. 2, 2016, is recalled").
  const pastDays = new Set(stated.filter((s) => s.tense === "past" || s.form !== "plain").map((s) => s.first));
  for (const s of stated) {
    if ((s.tense === "past" || s.form !== "plain") && (!lower || s.first > lower.first)) lower = s;
    // Only a future cue before the date: in "July 6, 2016: the FBI will…" the cue belongs to the next clause. A
    // post's date is when it was written, whatever its words say.
    if (s.tenseBefore === "future" && s.form !== "post" && !pastDays.has(s.first) && !s.baseline) {
      const day = s.precision === "day" ? s.first - 1 : s.last;
      if (!upper || day < upper.day) upper = { day, date: s };
    }
  }
  return {
    ...(lower
      ? { lower: { range: { earliest: lower.first, latest: Infinity }, note: `after ${quote(lower.text)} (past)` } }
      : {}),
    ...(upper
      ? {
          upper: {
            range: { earliest: -Infinity, latest: upper.day },
            note: `before ${quote(upper.date.text)} (ahead)`,
          },
        }
      : {}),
  };
}

function intersect(constraints: readonly Constraint[]): DayRange | undefined {
  // Loops, not Math.max(...list): a spread puts every element on the stack (issue 15).
  const earliest = constraints.reduce((most, c) => Math.max(most, c.range.earliest), Number.NEGATIVE_INFINITY);
  const latest = constraints.reduce((least, c) => Math.min(least, c.range.latest), Number.POSITIVE_INFINITY);
  return earliest <= latest && Number.isFinite(earliest) && Number.isFinite(latest) ? { earliest, latest } : undefined;
}

/** Year-less dates narrow an anchored range to the days where every one of them reads as news writes it. */
function narrow(range: DayRange, yearless: readonly YearlessDate[]): { range: DayRange; used: YearlessDate[] } {
  const costs = yearless.map((date) => ({ date, cost: yearlessCost(date) })).filter((c) => c.cost !== undefined);
  if (costs.length === 0) return { range, used: [] };
  let first: number | undefined;
  let last: number | undefined;
  const used = new Set<YearlessDate>();
  for (let d = range.earliest; d <= range.latest; d++) {
    let cost = 0;
    for (const c of costs) cost += c.cost!(d);
    if (cost === 0) {
      first ??= d;
      last = d;
    }
  }
  // A year-less date that fits no day of the range is read some other way; the anchored range stands.
  if (first === undefined || last === undefined) return { range, used: [] };
  for (const c of costs) if (c.cost!(range.earliest) > 0 || c.cost!(range.latest) > 0) used.add(c.date);
  return { range: { earliest: first, latest: last }, used: [...used] };
}

function describeYearless(date: YearlessDate): string {
  const ahead = date.relative === "next" || date.tense === "future";
  return ahead ? `before ${quote(date.text)} (ahead)` : `after ${quote(date.text)} (past)`;
}

/** Publication date estimated from the text alone: source 'text' with earliest/latest/evidence, or source 'unknown'. */
export function inferPublished(body: string): PublishedDate {
  const { stated, yearless, weekdays } = publicationEvidence(body);
  const anchors: Constraint[] = [];
  const recency = recencyAnchor(stated);
  if (recency) anchors.push(recency);
  const weekday = weekdayAnchor(stated, weekdays);
  if (weekday) anchors.push(weekday);
  for (const year of [headlineYear(body, stated), elapsedYears(body, stated)]) if (year) anchors.push(year);
  // A stated month repeated without its year ties the text to that month only when the text also looks ahead or
  // counts months from the time of writing ("the summit on April 10", "last December"); a history repeats its
  // months too ("the February 1974 election … in February").
  const twins = yearless.map((date) => ({ date, twin: statedTwin(date, stated) }));
  const current = twins.some(({ date, twin }) => date.relative !== undefined || (!twin && date.tense === "future"));
  for (const { date, twin } of twins) {
    const link = twin && current ? linkAnchor(date, twin) : undefined;
    if (link) anchors.push(link);
  }
  const { lower, upper } = bounds(stated);
  if (anchors.length === 0) {
    if (!lower || !upper || upper.range.latest - lower.range.earliest + 1 > MAX_SPAN_DAYS)
      return unknownPublished("no date in the text ties it to the time of writing");
  }
  const all = [...anchors, ...(lower ? [lower] : []), ...(upper ? [upper] : [])];
  const anchored = intersect(all);
  if (!anchored) return unknownPublished(`conflicting evidence: ${all.map((c) => c.note).join("; ")}`);
  const { range, used } = narrow(anchored, yearless);
  const notes = [...all.map((c) => c.note), ...used.map(describeYearless)];
  return estimateFromRange(range, "text", [...new Set(notes)].slice(0, 8).join("; "));
}

/** Narrow estimates of articles known to report the same event (intersection of their ranges), for the story stage. */
export function narrowPublished(estimates: PublishedDate[]): PublishedDate | undefined {
  const ranges = estimates.map(rangeOfPublished).filter((r): r is DayRange => r !== undefined);
  if (ranges.length === 0) return undefined;
  const earliest = ranges.reduce((most, r) => Math.max(most, r.earliest), Number.NEGATIVE_INFINITY);
  const latest = ranges.reduce((least, r) => Math.min(least, r.latest), Number.POSITIVE_INFINITY);
  if (earliest > latest) return undefined;
  const sources = new Set(estimates.filter((e) => e.source !== "unknown").map((e) => e.source));
  const source = sources.size === 1 ? [...sources][0]! : "text";
  return estimateFromRange({ earliest, latest }, source, `intersection of ${ranges.length} estimates`);
}
