import { createRequire } from "node:module";
import type * as chrono from "chrono-node/en";
import { monthOfRelativeYearParser, relativeMonthParser } from "./relative-month-parser.js";
import { spelledYearParser } from "./spelled-year-parser.js";
import { YEAR_TAG, yearParser } from "./year-parser.js";

// Only the English locale (the package root loads all sixteen: 0.25 s of start-up against 0.05 s), and its
// CommonJS build: required, its ~60 files load without a round trip each through tsx's ESM loader thread.
const { casual } = createRequire(import.meta.url)("chrono-node/en") as typeof chrono;

/**
 * chrono's UnlikelyFormatFilter drops any result whose text is only digits, which would drop every bare year the
 * year rule finds ("in 1988"). Keep what the filter keeps, plus the year rule's results.
 */
function keepYears(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || r.tags().has(YEAR_TAG));
    },
  };
}

/**
 * chrono's ENEndOfPeriodRefiner matches `/…end of (the)?\s*$/` against the whole text before every result: quadratic
 * in the article's length (a tenth of the date stage on 500-word articles). That pattern can only match when the text
 * before the result ends in "of" or "the" and whitespace, so only those results are handed to it; it edits results in
 * place, so what it returns for the others is what it would have returned anyway.
 */
function onlyAfterOfOrThe(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const candidates = results.filter((r) => endsWithOfOrThe(context.text, r.index));
      if (candidates.length > 0) refiner.refine(context, candidates);
      return results;
    },
  };
}

/** Whether `text` before `end` is "…of" or "…the" followed by at least one whitespace character. */
export function endsWithOfOrThe(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  if (i === end) return false;
  const tail = text.slice(Math.max(0, i - 3), i).toLowerCase();
  return tail.endsWith("of") || tail === "the";
}

/**
 * chrono's casual English configuration plus the news rules it lacks. Order does not decide between overlapping
 * matches: chrono's overlap refiner keeps the longest, so "December 2023" (chrono) beats "2023" (year rule) and
 * "last December" (our rule) beats "December" (chrono).
 */
export const newsChrono: chrono.Chrono = (() => {
  const c = casual.clone();
  c.parsers.push(yearParser, spelledYearParser, relativeMonthParser, monthOfRelativeYearParser);
  c.refiners = c.refiners.map((r) => {
    if (r.constructor.name === "UnlikelyFormatFilter") return keepYears(r);
    if (r.constructor.name === "ENEndOfPeriodRefiner") return onlyAfterOfOrThe(r);
    return r;
  });
  return c;
})();

let memo: { text: string; reference: number; results: chrono.ParsedResult[] } | undefined;

/**
 * `newsChrono.parse`, remembering the last call: an undated article asks for the same text and reference up to
 * three times (inferring its publication date, then resolving against the fixed reference when that fails), and
 * chrono is most of the date stage's time. Callers only read the results.
 */
export function parseNews(text: string, reference: Date): chrono.ParsedResult[] {
  if (memo && memo.text === text && memo.reference === reference.getTime()) return [...memo.results];
  const results = newsChrono.parse(text, reference);
  memo = { text, reference: reference.getTime(), results };
  return [...results];
}
