import * as chrono from "chrono-node";
import { yearParser } from "./year-parser.js";
import { monthOfRelativeYearParser, relativeMonthParser } from "./relative-month-parser.js";

/**
 * chrono's casual English configuration plus the news rules it lacks. Order does not decide between overlapping
 * matches: chrono's overlap refiner keeps the longest, so "December 2023" (chrono) beats "2023" (year rule) and
 * "last December" (our rule) beats "December" (chrono).
 */
export const newsChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.push(yearParser, relativeMonthParser, monthOfRelativeYearParser);
  return c;
})();
