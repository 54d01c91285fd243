import type { Parser } from "chrono-node";
import monthData from "./month-names.json" with { type: "json" };

/** Tags of this parser's results; the year is left to the resolver, which knows the publication range. */
export const RELATIVE_MONTH_TAGS = { last: "news/last-month-name", this: "news/this-month-name", next: "news/next-month-name" } as const;
/** Tags for "June last year" / "January this year" / "March next year". */
export const MONTH_OF_YEAR_TAGS = { last: "news/month-of-last-year", this: "news/month-of-this-year", next: "news/month-of-next-year" } as const;

const MONTHS: Record<string, number> = monthData.months;
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

// chrono reads "last December" as a bare "December" and picks the year closest to its reference, which is wrong
// for "last December" written in November. Month names must be capitalised here: "this may" is a modal verb.
const MODIFIED_MONTH = new RegExp(`(?<![\\w-])(last|this past|this coming|this|next)\\s+${MONTH}(?![\\w-])(?!\\s+\\d)`, "i");
const MONTH_OF_YEAR = new RegExp(`(?<![\\w-])${MONTH}\\s+(last|this|next)\\s+year(?![\\w-])`, "i");

function monthOf(name: string): number | undefined {
  if (!/^[A-Z]/.test(name)) return undefined;
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

function direction(word: string): keyof typeof RELATIVE_MONTH_TAGS {
  const w = word.toLowerCase();
  if (w === "last" || w === "this past") return "last";
  if (w === "next" || w === "this coming") return "next";
  return "this";
}

/** "last December", "this September", "next April", "this past May". */
export const relativeMonthParser: Parser = {
  pattern: () => MODIFIED_MONTH,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? "");
    if (month === undefined) return null;
    return context.createParsingComponents({ month }).addTag(RELATIVE_MONTH_TAGS[direction(match[1] ?? "")]);
  },
};

/** "June last year", "January this year". */
export const monthOfRelativeYearParser: Parser = {
  pattern: () => MONTH_OF_YEAR,
  extract: (context, match) => {
    const month = monthOf(match[1] ?? "");
    if (month === undefined) return null;
    return context.createParsingComponents({ month }).addTag(MONTH_OF_YEAR_TAGS[direction(match[2] ?? "")]);
  },
};
