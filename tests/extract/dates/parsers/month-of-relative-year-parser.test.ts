import { describe, expect, it } from "vitest";
import {
  MONTH_OF_YEAR_TAGS,
  monthOfRelativeYearParser,
} from "../../../../src/extract/dates/parsers/month-of-relative-year-parser.js";
import { only, parseWith } from "./parse-with.js";

describe("month-of-relative-year parser: a month of last, this or next year", () => {
  it.each([
    ["Shares peaked in June last year.", "June last year", 6, MONTH_OF_YEAR_TAGS.last],
    ["The law took effect in January this year.", "January this year", 1, MONTH_OF_YEAR_TAGS.this],
    ["The merger closes in March next year.", "March next year", 3, MONTH_OF_YEAR_TAGS.next],
    ["Output fell in Sept. last year.", "Sept. last year", 9, MONTH_OF_YEAR_TAGS.last],
  ])("%j -> %j", (text, matched, month, tag) => {
    expect(only(monthOfRelativeYearParser, text)).toEqual({
      text: matched,
      year: undefined,
      month,
      day: undefined,
      tags: [tag],
    });
  });
});

describe("month-of-relative-year parser: not a month of a relative year", () => {
  it.each([
    ["a modal verb, not May", "Prices may last year after year."],
    ["a longer word", "June last yearly review."],
    ["words between", "June the last year."],
    ["no month", "Sales fell last year."],
  ])("%s: %j", (_why, text) => {
    expect(parseWith(monthOfRelativeYearParser, text)).toEqual([]);
  });
});
