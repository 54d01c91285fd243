import type { ParsedResult } from "chrono-node";
import { dayNumber, monthEnd } from "./day-range.js";
import { parseNews } from "./news-chrono.js";
import { RELATIVE_MONTH_TAGS } from "./parsers/relative-month-parser.js";
import { isNotCalendar } from "./resolve-expression.js";
import { sentenceAt, sentenceSpans } from "./sentence-spans.js";
import { tenseAt, type Tense } from "./tense-at.js";
import { YEAR_TAG } from "./parsers/year-parser.js";

// What the text of an undated article says about its own date, sorted into the two kinds of expression the
// inference treats differently: dates that state their year, and dates that leave it out.

/** How an explicit date appears, which says how close to publication it is likely to be. */
export type StatedForm =
  /** An embedded social-media post's date ("— Jane (@jane) November 8, 2016"): written just before publication. */
  | "post"
  /** A full date with its weekday ("Sunday, Nov. 13, 2016"): news names weekdays only within a week. */
  | "weekday"
  /**
   * A full date opening a photo caption ("Nov. 9, 2016 Hillary Clinton speaks in New York"): the day of the picture.
   */
  | "caption"
  /** Anything else ("in December 2023", "on March 3, 2021", "in 1997"). */
  | "plain";

/** A date that states its year. Days are days since 1970-01-01 (UTC). */
export interface StatedDate {
  text: string;
  index: number;
  /** First and last day of the period it names. */
  first: number;
  last: number;
  precision: "day" | "month" | "year";
  year: number;
  month?: number;
  day?: number;
  /** Tense of its clause, either side. */
  tense?: Tense;
  /** Tense of the words before it only: "will meet on April 10, 2024", not "April 10, 2024: officials will…". */
  tenseBefore?: Tense;
  form: StatedForm;
  /** The starting point of a forecast ("will swell from 81,000 units in 2003 to 106,000 in 2007"), not its target. */
  baseline?: boolean;
}

/** A date without its year: "on March 10", "in July", "last December". */
export interface YearlessDate {
  text: string;
  index: number;
  month: number;
  day?: number;
  tense?: Tense;
  /** "last December" / "next April": the occurrence before / after the publication month, by rule. */
  relative?: "last" | "next";
}

/** A weekday named alone ("on Sunday", "Thursday's meeting"). */
export interface WeekdayMention {
  text: string;
  index: number;
  /** 0 = Sunday. */
  weekday: number;
  tense?: Tense;
}

export interface PublicationEvidence {
  stated: StatedDate[];
  yearless: YearlessDate[];
  weekdays: WeekdayMention[];
}

const EXPLICIT_YEAR = /\b\d{4}\b/;
const END_OF = /^the (?:end|close) of/i;
// Listing furniture of news sites ("Wed, November 30, 2016 Express Pictures looks at…") dates other pages,
// often later than the article: an abbreviated weekday before a full date marks it.
const LISTING_DATE = /^(?:mon|tue|wed|thu|fri|sat|sun)\.?,\s/i;
const FULL_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s/i;
// "In this Tuesday, Nov. 8, 2016, file photo": an old picture, not the day of writing.
const FILE_PHOTO = /^[\s,]*(?:file|archive)\b/i;
// The attribution line of an embedded post: "(@handle) November 8, 2016" or "posted by … on Nov 9, 2016".
const POST_BEFORE = /(?:\(@\w{1,30}\)|\bposted by\b[^.\n]{0,80}\bon)\s*$/i;
// A date in prose never spans lines: "Tuesday, 1 March\n\n2000 GMT" is a fixture's day and kick-off time.
const SPLIT_DATE = /\n/;
// "2000 GMT", "1500 BST": a clock time, not a year.
const CLOCK_AFTER = /^\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|hrs)\b/;
const BASELINE_BEFORE = /\bfrom\b[^.;]{0,45}$/i;
// A fixed reference: only components the text states are used, never implied ones.
// A caption's date opens its line or sentence and runs straight into the caption's first word (a timeline entry
// has a colon instead: "March 2, 2015: The New York Times breaks the news").
const LINE_START = /(?:^|\n|[.!?]["'”’)]*\s)\s*$/;
const CAPTION_AFTER = /^,?\s+[A-Z][a-z]/;
const FIXED_REFERENCE = new Date(2000, 0, 1, 12);

export function weekdayOf(day: number): number {
  // 1970-01-01 (day 0) was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

function formOf(body: string, result: ParsedResult, first: number): StatedForm {
  if (POST_BEFORE.test(body.slice(Math.max(0, result.index - 120), result.index))) return "post";
  const weekday = result.start.get("weekday");
  const after = body.slice(result.index + result.text.length, result.index + result.text.length + 20);
  if (FULL_WEEKDAY.test(result.text) && weekday !== null && weekday === weekdayOf(first) && !FILE_PHOTO.test(after))
    return "weekday";
  if (
    LINE_START.test(body.slice(Math.max(0, result.index - 4), result.index)) &&
    CAPTION_AFTER.test(after) &&
    !/^\s*(?:on|in)\s/i.test(result.text)
  )
    return "caption";
  return "plain";
}

function statedDate(
  body: string,
  result: ParsedResult,
  tense: Tense | undefined,
  tenseBefore: Tense | undefined,
): StatedDate | undefined {
  const s = result.start;
  const year = s.get("year");
  if (year === null) return undefined;
  const base = {
    text: result.text,
    index: result.index,
    year,
    ...(tense ? { tense } : {}),
    ...(tenseBefore ? { tenseBefore } : {}),
  };
  if (result.tags().has(YEAR_TAG)) {
    // "the end of 2023" is its December: a later mention of "last December" names the same month.
    if (END_OF.test(result.text))
      return {
        ...base,
        first: dayNumber(year, 12, 1),
        last: monthEnd(year, 12),
        precision: "month",
        month: 12,
        form: "plain",
      };
    return { ...base, first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: "year", form: "plain" };
  }
  const month = s.get("month");
  if (month === null || !s.isCertain("month")) return undefined;
  if (s.isCertain("day")) {
    const day = s.get("day") ?? 1;
    const first = dayNumber(year, month, day);
    return { ...base, first, last: first, precision: "day", month, day, form: formOf(body, result, first) };
  }
  return {
    ...base,
    first: dayNumber(year, month, 1),
    last: monthEnd(year, month),
    precision: "month",
    month,
    form: "plain",
  };
}

function yearlessDate(result: ParsedResult, tense: Tense | undefined): YearlessDate | undefined {
  const s = result.start;
  const month = s.get("month");
  if (month === null || !s.isCertain("month")) return undefined;
  const tags = result.tags();
  const relative = tags.has(RELATIVE_MONTH_TAGS.last)
    ? "last"
    : tags.has(RELATIVE_MONTH_TAGS.next)
      ? "next"
      : undefined;
  // Other news rules ("this December", "June last year") are relative to publication, not dates to place.
  if (!relative && [...tags].some((t) => t.startsWith("news/"))) return undefined;
  const day = s.isCertain("day") ? (s.get("day") ?? undefined) : undefined;
  return {
    text: result.text,
    index: result.index,
    month,
    ...(day !== undefined ? { day } : {}),
    ...(tense ? { tense } : {}),
    ...(relative ? { relative } : {}),
  };
}

/** The dated expressions of `body` that bear on its own publication date. */
export function publicationEvidence(body: string): PublicationEvidence {
  const results = parseNews(body, FIXED_REFERENCE);
  const evidence: PublicationEvidence = { stated: [], yearless: [], weekdays: [] };
  if (results.length === 0) return evidence;
  const spans = sentenceSpans(body);
  for (const result of results) {
    const start = result.index;
    if (
      isNotCalendar(result) ||
      LISTING_DATE.test(result.text) ||
      SPLIT_DATE.test(result.text.trim()) ||
      CLOCK_AFTER.test(body.slice(start + result.text.length, start + result.text.length + 6))
    )
      continue;
    const end = start + result.text.trimEnd().length;
    const sentence = sentenceAt(spans, start) ?? { start: 0, end: body.length };
    const tense = tenseAt(body, start, end, sentence.start, sentence.end);
    const year = result.start.get("year");
    const explicit =
      result.start.isCertain("year") &&
      year !== null &&
      (EXPLICIT_YEAR.test(result.text) || result.tags().has(YEAR_TAG));
    if (explicit) {
      const stated = statedDate(body, result, tense, tenseAt(body, start, end, sentence.start, end));
      if (stated && BASELINE_BEFORE.test(body.slice(Math.max(sentence.start, start - 50), start)))
        stated.baseline = true;
      if (stated) evidence.stated.push(stated);
    } else if (!result.start.isCertain("year")) {
      const yearless = yearlessDate(result, tense);
      if (yearless) evidence.yearless.push(yearless);
      const weekday = result.start.get("weekday");
      if (!yearless && weekday !== null && result.start.isCertain("weekday") && !result.start.isCertain("day")) {
        evidence.weekdays.push({ text: result.text, index: result.index, weekday, ...(tense ? { tense } : {}) });
      }
    }
  }
  return evidence;
}
