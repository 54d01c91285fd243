import type { Parser } from "chrono-node";

/** Tag on results of this parser: the expression is a year (with an optional qualifier such as "the end of"). */
export const YEAR_TAG = "news/year";

// chrono has no rule for a bare year ("in 1996", "the end of 2023", "fiscal 1989"), which news uses constantly.
// A four-digit number is taken as a year only when nothing marks it as a quantity: no currency sign, thousands
// separator, decimal, range dash or unit after it, and no "s" (decades such as "1990s" are not calendar dates).
const PATTERN =
  /(?<![\w$£€¥.,/-])(?:(the (?:end|beginning|start|middle|close) of|early|late|mid-?|fiscal|calendar|year-end)\s*)?((?:1[6-9]|20)\d{2})(?![\w%]|[,.]\d|-\d|[’']s|\s*(?:%|percent|per cent|troops|people|soldiers|workers|jobs|shares|units|tons|tonnes|barrels|miles|km|kilometers|meters|feet|dollars|euros|yen|cars|homes|members|employees|residents|votes|points|cases|deaths|times)\b)/i;

/** Years written alone or with a qualifier: "1996", "the end of 2023", "mid-1996", "fiscal 1989". */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const year = Number(match[2]);
    return context.createParsingComponents({ year }).addTag(YEAR_TAG);
  },
};
