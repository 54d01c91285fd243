import { describe, expect, it } from "vitest";
import {
  RELATIVE_MONTH_TAGS,
  relativeMonthParser,
} from "../../../../src/extract/dates/parsers/relative-month-parser.js";
import { only, parseWith } from "./parse-with.js";

describe("relative-month parser: a month named with a direction (the year is left to the resolver)", () => {
  it.each([
    ["Prices rose last December.", "last December", 12, RELATIVE_MONTH_TAGS.last],
    ["The vote was held this past May.", "this past May", 5, RELATIVE_MONTH_TAGS.last],
    ["Talks resume this coming June.", "this coming June", 6, RELATIVE_MONTH_TAGS.next],
    ["The plant opens next April.", "next April", 4, RELATIVE_MONTH_TAGS.next],
    ["Results are due this September.", "this September", 9, RELATIVE_MONTH_TAGS.this],
    ["Sales fell last Dec. after the storm.", "last Dec.", 12, RELATIVE_MONTH_TAGS.last],
  ])("%j -> %j", (text, matched, month, tag) => {
    expect(only(relativeMonthParser, text)).toEqual({
      text: matched,
      year: undefined,
      month,
      day: undefined,
      tags: [tag],
    });
  });
});

describe("relative-month parser: not a relative month", () => {
  it.each([
    ["a modal verb, not May", "This may help the talks."],
    ["a day follows: chrono reads the full date", "It was last December 12."],
    ["a compound word", "The deal closes next March-end."],
    ["a longer word", "The last Mayor resigned."],
    ["no direction", "It rained in December."],
  ])("%s: %j", (_why, text) => {
    expect(parseWith(relativeMonthParser, text)).toEqual([]);
  });
});
