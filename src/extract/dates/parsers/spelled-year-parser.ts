import type { Parser } from "chrono-node";
import { MONTHS } from "./month-words.js";
import { YEAR_TAG } from "./year-parser.js";

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// Broadcast transcripts spell years out ("in nineteen ninety-six", "the year two thousand"); chrono reads none of it.
// "two thousand" alone is usually a count, so it is a year only after "the year".
const PATTERN = new RegExp(
  "(?<![\\w-])(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?" +
    "(?:(nineteen|twenty)[\\s-]+(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|" +
    "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" +
    "(?:[\\s-](one|two|three|four|five|six|seven|eight|nine))?)" +
    "|the year two thousand(?:\\s+and\\s+(one|two|three|four|five|six|seven|eight|nine))?)(?![\\w-])",
  "i",
);

/** Spelled-out years, with an optional month before them: "nineteen ninety-six", "January nineteen ninety-seven". */
export const spelledYearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const [, monthName, century, teen, tens, unit, thousandUnit] = match;
    const year = century
      ? (century.toLowerCase() === "nineteen" ? 1900 : 2000) +
        (teen
          ? (TEENS[teen.toLowerCase()] ?? 0)
          : (TENS[(tens ?? "").toLowerCase()] ?? 0) + (UNITS[(unit ?? "").toLowerCase()] ?? 0))
      : 2000 + (UNITS[(thousandUnit ?? "").toLowerCase()] ?? 0);
    const month = monthName ? MONTHS[monthName.toLowerCase()] : undefined;
    if (month !== undefined) return context.createParsingComponents({ year, month }).imply("day", 1);
    return context.createParsingComponents({ year }).addTag(YEAR_TAG);
  },
};
