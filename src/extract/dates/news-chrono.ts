// Only the English locale: the package root loads all sixteen (0.25 s of start-up against 0.05 s).
import * as chrono from "chrono-node/en";
import { monthOfRelativeYearParser, relativeMonthParser } from "./relative-month-parser.js";
import { spelledYearParser } from "./spelled-year-parser.js";
import { YEAR_TAG, yearParser } from "./year-parser.js";

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
 * chrono's casual English configuration plus the news rules it lacks. Order does not decide between overlapping
 * matches: chrono's overlap refiner keeps the longest, so "December 2023" (chrono) beats "2023" (year rule) and
 * "last December" (our rule) beats "December" (chrono).
 */
export const newsChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.push(yearParser, spelledYearParser, relativeMonthParser, monthOfRelativeYearParser);
  c.refiners = c.refiners.map((r) => (r.constructor.name === "UnlikelyFormatFilter" ? keepYears(r) : r));
  return c;
})();
