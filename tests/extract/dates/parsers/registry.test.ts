import { describe, expect, it } from "vitest";
import { newsChrono } from "../../../../src/extract/dates/news-chrono.js";
import { NEWS_PARSERS } from "../../../../src/extract/dates/parsers/registry.js";
import { REFERENCE } from "./parse-with.js";

describe("the news parsers' registry", () => {
  it("is what the news configuration runs, after chrono's own parsers and in the registry's order", () => {
    expect(newsChrono.parsers.slice(-NEWS_PARSERS.length)).toEqual(NEWS_PARSERS);
  });

  // The registry's comment: length decides between overlapping readings, order only exact ties.
  it.each([
    ["Sales peaked in December 2023.", "December 2023"],
    ["Prices rose last December.", "last December"],
    ["Shares peaked in June last year.", "June last year"],
    ["It happened in nineteen ninety-six.", "nineteen ninety-six"],
  ])("%j is read as %j", (text, expected) => {
    expect(newsChrono.parse(text, REFERENCE).map((r) => r.text)).toEqual([expected]);
  });
});
