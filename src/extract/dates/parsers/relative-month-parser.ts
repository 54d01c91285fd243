import type { Parser } from "chrono-node";
import { direction, MONTH_PATTERN, monthOf } from "./month-words.js";

/** Tags of this parser's results; the year is left to the resolver, which knows the publication range. */
export const RELATIVE_MONTH_TAGS = {
  last: "news/last-month-name",
  this: "news/this-month-name",
  next: "news/next-month-name",
} as const;

// chrono reads "last December" as a bare "December" and picks the year closest to its reference, which is wrong
// for "last December" written in November. Month names must be capitalised here: "this may" is a modal verb.
const MODIFIED_MONTH = new RegExp(
  `(?<![\\w-])(last|this past|this coming|this|next)\\s+${MONTH_PATTERN}(?![\\w-])(?!\\s+\\d)`,
  "i",
);

/** "last December", "this September", "next April", "this past May". */
export const relativeMonthParser: Parser = {
  pattern: () => MODIFIED_MONTH,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? "");
    if (month === undefined) return null;
    return context.createParsingComponents({ month }).addTag(RELATIVE_MONTH_TAGS[direction(match[1] ?? "")]);
  },
};
