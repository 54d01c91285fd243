// The news parsers, added after chrono's casual English parsers in this order. chrono runs every
// parser over the whole text, sorts the results by where they start (a stable sort: at one start,
// the parser listed first comes first) and its overlap refiner keeps the longer of two overlapping
// results, the first one when they are as long. So order decides only exact ties, and chrono's own
// parsers, listed before these, keep their reading of any text they match as far as ours do.
// Length decides the rest: "December 2023" (chrono) beats "2023" (year), "last December"
// (relative-month) beats "December" (chrono), "June last year" beats "June" and "last year".
// - year           — "1996", "the end of 2023", "fiscal 1989": the bare year chrono has no rule for.
// - spelled-year   — "nineteen ninety-six" (broadcast transcripts); shares the year's tag, so
//                    the resolver treats both alike. Matches no digits: never ties with year.
// - relative-month — "last December", "this past May": a month named with a direction, whose
//                    year the resolver chooses from the publication range.
// - month-of-relative-year — "June last year": the month's year is the reference's, moved.
//                    Its matches start at a month name, relative-month's at a direction word,
//                    so the two never tie and their order between them is free.
import type { Parser } from "chrono-node";
import { monthOfRelativeYearParser } from "./month-of-relative-year-parser.js";
import { relativeMonthParser } from "./relative-month-parser.js";
import { spelledYearParser } from "./spelled-year-parser.js";
import { yearParser } from "./year-parser.js";

export const NEWS_PARSERS: readonly Parser[] = [
  yearParser,
  spelledYearParser,
  relativeMonthParser,
  monthOfRelativeYearParser,
];
