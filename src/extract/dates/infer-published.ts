import type { ParsedResult } from "chrono-node";
import type { PublishedDate } from "../../types.js";
import { calendarDay, dayNumber, estimateFromRange, monthEnd, rangeOfPublished, unknownPublished, type DayRange } from "./day-range.js";
import { parseNews } from "./news-chrono.js";
import { RELATIVE_MONTH_TAGS } from "./relative-month-parser.js";
import { isNotCalendar } from "./resolve-expression.js";
import { sentenceAt, sentenceSpans } from "./sentence-spans.js";
import { tenseAt, type Tense } from "./tense-at.js";
import { YEAR_TAG } from "./year-parser.js";

// A year-less date in news ("on March 10", "in December") is taken to lie within about half a year of publication;
// a reading that puts it further away costs one point. Explicit-year dates on the wrong side cost two.
const NEAR_DAYS = 183;
const HARD_COST = 2;
const EXPLICIT_YEAR = /\b\d{4}\b/;
const END_OF = /^the (?:end|close) of/i;
// A fixed reference for the inference pass: only components the text states are used, never implied ones.
const FIXED_REFERENCE = new Date(2000, 0, 1, 12);

/** A constraint on the publication day drawn from one expression. */
interface Clue {
  text: string;
  /** Undefined for an untensed explicit year, which only anchors the candidate years. */
  tense?: Tense;
  /** Cost of publication on `day` (days since epoch) with calendar parts `y`, `m`. */
  cost: (day: number, y: number, m: number) => number;
  /** For explicit dates: the year stated, which anchors the candidate years. */
  year?: number;
}

function explicitClue(result: ParsedResult, tense: Tense): Clue | undefined {
  const s = result.start;
  const year = s.get("year");
  if (year === null) return undefined;
  let first: number;
  let last: number;
  if (result.tags().has(YEAR_TAG)) {
    // "At the end of 2023, Japan announced…" is written in a later year, else it would say "at the end of this year".
    if (tense === "past" && END_OF.test(result.text)) [first, last] = [dayNumber(year + 1, 1, 1), dayNumber(year + 1, 1, 1)];
    else [first, last] = [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  } else if (s.isCertain("day")) {
    first = last = dayNumber(year, s.get("month") ?? 1, s.get("day") ?? 1);
  } else if (s.isCertain("month")) {
    const month = s.get("month") ?? 1;
    [first, last] = [dayNumber(year, month, 1), monthEnd(year, month)];
  } else return undefined;
  const dayPrecise = s.isCertain("day") && !result.tags().has(YEAR_TAG);
  // Past: published on or after the period began. Future: before the day, or by the end of a month/year
  // ("will meet in April 2024" may be written in early April).
  const cost = tense === "past" ? (d: number) => (d < first ? HARD_COST : 0) : (d: number) => (d > (dayPrecise ? first - 1 : last) ? HARD_COST : 0);
  return { text: result.text, tense, cost, year };
}

/** Per-year values computed once: the scan asks the same few years for hundreds of days. */
function perYear(compute: (year: number) => number): (year: number) => number {
  const cache = new Map<number, number>();
  return (year) => {
    let value = cache.get(year);
    if (value === undefined) cache.set(year, (value = compute(year)));
    return value;
  };
}

function yearlessClue(result: ParsedResult, tense: Tense): Clue | undefined {
  const s = result.start;
  const month = s.get("month");
  if (month === null || !s.isCertain("month")) return undefined;
  const tags = result.tags();
  if (tags.has(RELATIVE_MONTH_TAGS.last) || tags.has(RELATIVE_MONTH_TAGS.next)) {
    // "last December": the most recent December before the publication month; "next April" the first after it.
    const next = tags.has(RELATIVE_MONTH_TAGS.next);
    const first = perYear((y) => dayNumber(y, month, 1));
    const last = perYear((y) => monthEnd(y, month));
    const cost = (d: number, y: number, m: number): number => {
      const year = next ? (month > m ? y : y + 1) : month < m ? y : y - 1;
      const distance = next ? first(year) - d : d - last(year);
      return distance > NEAR_DAYS ? 1 : 0;
    };
    return { text: result.text, tense: next ? "future" : "past", cost };
  }
  if (tags.size > 0 && [...tags].some((t) => t.startsWith("news/"))) return undefined;
  const day = s.isCertain("day") ? (s.get("day") ?? 1) : undefined;
  const startOf = perYear((y) => dayNumber(y, month, day ?? 1));
  const endOf = perYear((y) => (day === undefined ? monthEnd(y, month) : dayNumber(y, month, day)));
  const cost = (d: number, y: number): number => {
    if (tense === "past") {
      // The latest occurrence not after publication (a whole month counts as begun on its first day).
      const start = startOf(y) > d ? startOf(y - 1) : startOf(y);
      return d - start > NEAR_DAYS ? 1 : 0;
    }
    // Future: the first occurrence after publication (a month still counts as ahead until its last day).
    const ahead = day === undefined ? endOf(y) >= d : startOf(y) > d;
    const start = ahead ? startOf(y) : startOf(y + 1);
    return start - d > NEAR_DAYS ? 1 : 0;
  };
  return { text: result.text, tense, cost };
}

function clues(body: string): Clue[] {
  const results = parseNews(body, FIXED_REFERENCE);
  if (results.length === 0) return [];
  const spans = sentenceSpans(body);
  const out: Clue[] = [];
  for (const result of results) {
    if (isNotCalendar(result)) continue;
    const start = result.index;
    const end = start + result.text.length;
    const sentence = sentenceAt(spans, start) ?? { start: 0, end: body.length };
    const tense = tenseAt(body, start, end, sentence.start, sentence.end);
    const year = result.start.get("year");
    const explicit = result.start.isCertain("year") && year !== null && (EXPLICIT_YEAR.test(result.text) || result.tags().has(YEAR_TAG));
    if (explicit) {
      // An untensed explicit year still anchors the candidate years; it constrains nothing.
      out.push((tense && explicitClue(result, tense)) || { text: result.text, cost: () => 0, year });
      continue;
    }
    const relativeMonth = result.tags().has(RELATIVE_MONTH_TAGS.last) || result.tags().has(RELATIVE_MONTH_TAGS.next);
    // Only the relative-month rule carries its own direction; other untensed year-less dates say nothing.
    const clue = tense || relativeMonth ? yearlessClue(result, tense ?? "past") : undefined;
    if (clue) out.push(clue);
  }
  return out;
}

function describe(all: Clue[]): string {
  const parts = all
    .filter((c) => c.tense !== undefined)
    .map((c) => (c.tense === "past" ? `after "${c.text}" (past)` : `before "${c.text}" (ahead)`));
  return [...new Set(parts)].slice(0, 6).join("; ");
}

/** Publication date estimated from the text alone: source 'text' with earliest/latest/evidence, or source 'unknown'. */
export function inferPublished(body: string): PublishedDate {
  const all = clues(body);
  // Candidate years: the latest year the text states as past (or untensed), and the one after it.
  const stated = all.filter((c) => c.year !== undefined && c.tense !== "future").map((c) => c.year ?? 0);
  if (stated.length === 0) return unknownPublished("no stated year in the text");
  const anchor = Math.max(...stated);
  const binding = all.filter((c) => c.tense !== undefined);
  let best = Infinity;
  let range: DayRange | undefined;
  // Scan every candidate day of the two candidate years: a few hundred days times a few clues is cheap and needs no
  // case analysis. Months are walked by hand so no Date is built per day.
  for (let y = anchor; y <= anchor + 1; y++) {
    for (let m = 1; m <= 12; m++) {
      const end = monthEnd(y, m);
      for (let d = dayNumber(y, m, 1); d <= end; d++) {
        let cost = 0;
        for (const clue of binding) cost += clue.cost(d, y, m);
        if (cost < best) [best, range] = [cost, { earliest: d, latest: d }];
        else if (cost === best && range) range.latest = d;
      }
    }
  }
  if (!range) return unknownPublished("no stated year in the text");
  return estimateFromRange(range, "text", describe(all));
}

/** Narrow estimates of articles known to report the same event (intersection of their ranges), for the story stage. */
export function narrowPublished(estimates: PublishedDate[]): PublishedDate | undefined {
  const ranges = estimates.map(rangeOfPublished).filter((r): r is DayRange => r !== undefined);
  if (ranges.length === 0) return undefined;
  const earliest = Math.max(...ranges.map((r) => r.earliest));
  const latest = Math.min(...ranges.map((r) => r.latest));
  if (earliest > latest) return undefined;
  const sources = new Set(estimates.filter((e) => e.source !== "unknown").map((e) => e.source));
  const source = sources.size === 1 ? [...sources][0]! : "text";
  return estimateFromRange({ earliest, latest }, source, `intersection of ${ranges.length} estimates`);
}
