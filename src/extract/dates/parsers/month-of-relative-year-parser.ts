import type { Parser } from "chrono-node";
import { direction, MONTH_PATTERN, monthOf } from "./month-words.js";

/** Tags for "June last year" / "January this year" / "March next year"; the resolver places the year. */
export const MONTH_OF_YEAR_TAGS = {
  last: "news/month-of-last-year",
  this: "news/month-of-this-year",
  next: "news/month-of-next-year",
} as const;

// chrono reads "June last year" as a bare "June" in the year closest to its reference: "last year" is lost.
const MONTH_OF_YEAR = new RegExp(`(?<![\\w-])${MONTH_PATTERN}\\s+(last|this|next)\\s+year(?![\\w-])`, "i");

/** "June last year", "January this year", "March next year". */
export const monthOfRelativeYearParser: Parser = {
  pattern: () => MONTH_OF_YEAR,
  extract: (context, match) => {
    const month = monthOf(match[1] ?? "");
    if (month === undefined) return null;
    return context.createParsingComponents({ month }).addTag(MONTH_OF_YEAR_TAGS[direction(match[2] ?? "")]);
  },
};
