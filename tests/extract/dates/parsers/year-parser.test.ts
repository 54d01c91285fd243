import { describe, expect, it } from "vitest";
import { YEAR_TAG, yearParser } from "../../../../src/extract/dates/parsers/year-parser.js";
import { only, parseWith } from "./parse-with.js";

describe("year parser: a bare year, alone or qualified", () => {
  it.each([
    ["The company was founded in 1996 by two engineers.", "1996", 1996],
    ["Profits fell by the end of 2023.", "the end of 2023", 2023],
    ["Sales peaked in mid-1996.", "mid-1996", 1996],
    ["Revenue for fiscal 1989 rose.", "fiscal 1989", 1989],
    ["The treaty of 1648 ended the war.", "1648", 1648],
    ["It is expected to open in 2099.", "2099", 2099],
  ])("%j -> %j", (text, matched, year) => {
    expect(only(yearParser, text)).toEqual({ text: matched, year, month: undefined, day: undefined, tags: [YEAR_TAG] });
  });
});

describe("year parser: four digits that are a quantity, not a year", () => {
  it.each([
    "It cost $2000.",
    "About 2,000 attended.",
    "The index rose 1,999 points.",
    "Growth was 1999.5 units.",
    "Music of the 1990s returned.",
    "The 1990's were different.",
    "Some 2000 troops were sent.",
    "Output rose 2001% in a year.",
    "The 2024-25 season starts soon.",
    "The model X2000 sold well.",
    "See page 1/2020 of the report.",
    "It weighed 1500 kilograms.",
    "A crowd of 21000 gathered.",
  ])("%j", (text) => {
    expect(parseWith(yearParser, text)).toEqual([]);
  });
});
