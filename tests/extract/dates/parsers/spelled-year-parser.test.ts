import { describe, expect, it } from "vitest";
import { spelledYearParser } from "../../../../src/extract/dates/parsers/spelled-year-parser.js";
import { YEAR_TAG } from "../../../../src/extract/dates/parsers/year-parser.js";
import { only, parseWith } from "./parse-with.js";

describe("spelled-year parser: years said aloud, as transcripts write them", () => {
  it.each([
    ["It happened in nineteen ninety-six.", "nineteen ninety-six", 1996],
    ["The war began in nineteen eighteen.", "nineteen eighteen", 1918],
    ["He wrote Nineteen Eighty-Four.", "Nineteen Eighty-Four", 1984],
    ["The plan runs to twenty twenty.", "twenty twenty", 2020],
    ["Computers failed in the year two thousand.", "the year two thousand", 2000],
    ["It opened in the year two thousand and one.", "the year two thousand and one", 2001],
  ])("%j -> %j", (text, matched, year) => {
    expect(only(spelledYearParser, text)).toEqual({
      text: matched,
      year,
      month: undefined,
      day: undefined,
      tags: [YEAR_TAG],
    });
  });

  it("reads a month before the year as that month, not as a bare year", () => {
    expect(only(spelledYearParser, "It was signed in January nineteen ninety-seven.")).toEqual({
      text: "January nineteen ninety-seven",
      year: 1997,
      month: 1,
      day: undefined,
      tags: [],
    });
  });
});

describe("spelled-year parser: spelled numbers that are counts", () => {
  it.each([
    "Two thousand people marched.",
    "Nineteen people were hurt.",
    "She turned twenty-one.",
    "He scored twenty points.",
  ])("%j", (text) => {
    expect(parseWith(spelledYearParser, text)).toEqual([]);
  });
});
