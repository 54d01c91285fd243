import type { ParsedResult } from "chrono-node";
import type { PartialDate, Precision } from "../../types.js";
import { calendarDay, dayNumber, formatPartial, monthEnd, rangeWithin, type DayRange } from "./day-range.js";
import { MONTH_OF_YEAR_TAGS } from "./parsers/month-of-relative-year-parser.js";
import { RELATIVE_MONTH_TAGS } from "./parsers/relative-month-parser.js";
import type { Tense } from "./tense-at.js";
import { YEAR_TAG } from "./parsers/year-parser.js";

// Spans such as "for three months", "in two weeks", "the last nine years" are durations, not dates (TimeML
// DURATION); chrono turns them into dates counted from its reference. A count + unit without a direction word
// ("ago", "earlier") marks them.
const COUNT_UNIT =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|couple(?: of)?|many)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|fortnights?)\b/i;
const DIRECTION = /\b(?:ago|earlier|later|before|after|from now|hence)\b/i;
const DURATION_LEAD = /^(?:for|within|over|during|in)\s/i;
const WEEK_OR_DECADE = /\b(?:weeks?|weekend|decades?|centur(?:y|ies)|quarters?)\b/i;
const EXPLICIT_YEAR = /\b\d{4}\b|['’]\d{2}\b/;
const WEEKDAY_MODIFIER = /^(?:last|next|this|past|coming)\b/i;
// "13 days after", "the day before", "a year earlier": counted from another event in the text, not from publication.
// Years and months are kept: TimeML (and readers) take "a year earlier" in news as counted from publication.
const ANCHORED_ELSEWHERE = /\b(?:days?|hours?|minutes?|weeks?|morning|night)\s+(?:after|before|later|earlier)$/i;
// "3/8", "12 3/4": fractions in prices far outnumber year-less slash dates in news.
const SLASH_WITHOUT_YEAR = /(?:^|\s)\d{1,2}\/\d{1,2}$/;
// "Sun" (a newspaper, a company), "sat", "wed": abbreviated weekdays are too ambiguous without a date beside them.
const ABBREVIATED_WEEKDAY = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b\.?,?$/i;
// News capitalises month names; lower-case "march", "may" are the verbs.
const LOWER_CASE_MONTH =
  /^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
// Only these casual words are calendar days; "now", "tonight", "this morning" are present references or times.
const CALENDAR_CASUAL = new Set(["casualReference/today", "casualReference/yesterday", "casualReference/tomorrow"]);

/** What the resolver needs besides the chrono result. */
export interface ResolveContext {
  /** Days the publication may fall on; undefined when nothing is known. */
  range: DayRange | undefined;
  /** Tense of the surrounding clause. */
  tense: Tense | undefined;
}

/** A resolved expression: the date at its own precision. */
export interface ResolvedDate {
  date: PartialDate;
  precision: Precision;
}

function finest(result: ParsedResult): Precision | undefined {
  const s = result.start;
  if (s.isCertain("day")) return "day";
  if (s.isCertain("month")) return "month";
  if (s.isCertain("year")) return "year";
  return undefined;
}

function partialOf(result: ParsedResult, precision: Precision): ResolvedDate | undefined {
  const s = result.start;
  const year = s.get("year");
  const month = s.get("month");
  const day = s.get("day");
  if (year === null || month === null || day === null) return undefined;
  if (precision === "year") return { date: formatPartial(year), precision };
  if (precision === "month") return { date: formatPartial(year, month), precision };
  return { date: formatPartial(year, month, day), precision };
}

/** Whether a chrono result is a duration, a time of day or a vague reference rather than a calendar date. */
export function isNotCalendar(result: ParsedResult): boolean {
  const text = result.text;
  const tags = result.tags();
  for (const tag of tags)
    if (tag.startsWith("casualReference/") && !CALENDAR_CASUAL.has(tag) && !result.start.isCertain("weekday"))
      return true;
  if (
    ANCHORED_ELSEWHERE.test(text) ||
    SLASH_WITHOUT_YEAR.test(text) ||
    ABBREVIATED_WEEKDAY.test(text) ||
    LOWER_CASE_MONTH.test(text)
  )
    return true;
  if (COUNT_UNIT.test(text) && !DIRECTION.test(text)) return true;
  if (DURATION_LEAD.test(text) && !EXPLICIT_YEAR.test(text) && !tags.has(YEAR_TAG)) return true;
  // Weeks, quarters and decades have no year/month/day precision to report.
  if (WEEK_OR_DECADE.test(text)) return true;
  const s = result.start;
  return !(s.isCertain("year") || s.isCertain("month") || s.isCertain("day") || s.isCertain("weekday"));
}

// How far a tense may push a year-less date from publication. Beyond this the clause's tense is more likely about
// something else ("the dividend, declared today, is payable Dec. 15") and the occurrence nearest publication wins.
const TENSE_REACH_DAYS = 245;

/**
 * The year of a year-less month (and day): the latest occurrence not after the range in a past or untensed clause
 * (news mostly reports), the earliest not before it in a future one, each only within TENSE_REACH_DAYS; else the
 * occurrence nearest the middle of the range.
 */
function yearFor(month: number, day: number | undefined, range: DayRange, tense: Tense | undefined): number {
  const first = calendarDay(range.earliest).year;
  const last = calendarDay(range.latest).year;
  const startOf = (y: number): number => dayNumber(y, month, day ?? 1);
  const endOf = (y: number): number => (day === undefined ? monthEnd(y, month) : startOf(y));
  if (tense === "future") {
    let y = first;
    while (endOf(y) < range.earliest) y++;
    if (endOf(y) - range.earliest <= TENSE_REACH_DAYS) return y;
  } else {
    let y = last;
    while (startOf(y) > range.latest) y--;
    if (range.latest - startOf(y) <= TENSE_REACH_DAYS) return y;
  }
  const middle = (range.earliest + range.latest) / 2;
  let best = first;
  for (let y = first - 1; y <= last + 1; y++) {
    if (Math.abs((startOf(y) + endOf(y)) / 2 - middle) < Math.abs((startOf(best) + endOf(best)) / 2 - middle)) best = y;
  }
  return best;
}

/** The most recent weekday `weekday` (0 = Sunday) on or before `day`, or the next one on or after it. */
function weekdayNear(day: number, weekday: number, forward: boolean): number {
  // 1970-01-01 (day 0) was a Thursday (4).
  const current = (((day + 4) % 7) + 7) % 7;
  return forward ? day + ((weekday - current + 7) % 7) : day - ((current - weekday + 7) % 7);
}

/** Resolves a "last/this/next <Month>" or "<Month> last/this/next year" at one reference day. */
function relativeMonthAt(tags: Set<string>, month: number, reference: number): number | undefined {
  const ref = calendarDay(reference);
  if (tags.has(RELATIVE_MONTH_TAGS.last)) return month < ref.month ? ref.year : ref.year - 1;
  if (tags.has(RELATIVE_MONTH_TAGS.next)) return month > ref.month ? ref.year : ref.year + 1;
  if (tags.has(RELATIVE_MONTH_TAGS.this) || tags.has(MONTH_OF_YEAR_TAGS.this)) return ref.year;
  if (tags.has(MONTH_OF_YEAR_TAGS.last)) return ref.year - 1;
  if (tags.has(MONTH_OF_YEAR_TAGS.next)) return ref.year + 1;
  return undefined;
}

/**
 * The calendar date a chrono result denotes, or undefined when it is not a calendar date or the publication range
 * is too loose to resolve it. chrono must have been run with the range's earliest day as reference.
 */
export function resolveExpression(result: ParsedResult, context: ResolveContext): ResolvedDate | undefined {
  if (isNotCalendar(result)) return undefined;
  const s = result.start;
  const tags = result.tags();
  const { range, tense } = context;
  const month = s.get("month");

  if (tags.has(YEAR_TAG)) return partialOf(result, "year");

  if (month !== null && s.isCertain("month") && !s.isCertain("year") && range) {
    // Year-less month names: relative ones ("last December") by rule, bare ones ("April 10") by tense.
    const relative = relativeMonthAt(tags, month, range.earliest);
    if (relative !== undefined) {
      return relative === relativeMonthAt(tags, month, range.latest)
        ? { date: formatPartial(relative, month), precision: "month" }
        : undefined;
    }
    const day = s.isCertain("day") ? (s.get("day") ?? undefined) : undefined;
    const year = yearFor(month, day, range, tense);
    return day === undefined
      ? { date: formatPartial(year, month), precision: "month" }
      : { date: formatPartial(year, month, day), precision: "day" };
  }

  const precision = finest(result);
  const explicit = EXPLICIT_YEAR.test(result.text) && s.isCertain("year");
  if (explicit && precision) return partialOf(result, precision);
  if (!range) return undefined;

  const weekday = s.get("weekday");
  if (s.isCertain("weekday") && !s.isCertain("day") && weekday !== null) {
    if (!rangeWithin(range, "day")) return undefined;
    if (WEEKDAY_MODIFIER.test(result.text)) return partialOf(result, "day");
    // A bare weekday in news is the one before publication unless the clause looks ahead.
    const c = calendarDay(weekdayNear(range.earliest, weekday, tense === "future"));
    return { date: formatPartial(c.year, c.month, c.day), precision: "day" };
  }

  // Relative expressions ("yesterday", "last year", "next month"): chrono computed them from range.earliest, which
  // is right only if the whole range lies in one unit of the expression's precision.
  if (!precision || !rangeWithin(range, precision)) return undefined;
  return partialOf(result, precision);
}
