import { dayNumber, type DayRange } from "./day-range.js";
import type { StatedDate } from "./publication-evidence.js";

// Two ways a text names the year it is written in without saying "this year is …".

/** A year anchor: the whole calendar year, and why. */
export interface YearAnchor {
  range: DayRange;
  note: string;
}

const yearRange = (year: number): DayRange => ({ earliest: dayNumber(year, 1, 1), latest: dayNumber(year, 12, 31) });

/** The latest year the text gives, unless it looks ahead ("by 2010"). */
function latestStatedYear(stated: readonly StatedDate[]): number | undefined {
  const years = stated.filter((s) => s.tenseBefore !== "future" && s.tense !== "future").map((s) => s.year);
  return years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : undefined;
}

/** The latest year the text says something happened in. */
function latestPastYear(stated: readonly StatedDate[]): number | undefined {
  const years = stated.filter((s) => s.tense === "past").map((s) => s.year);
  return years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : undefined;
}

// A headline line: the first line, followed by a blank line, short, not a sentence of the text.
const HEADLINE = /^([^\n]{1,200})\n[ \t]*\n/;
// The year as the event's label, before a colon or dash: "World Series 2016: …", "Election 2005 - …"; not a
// target ("PC ownership to double by 2010").
const LABEL_YEAR = /(?:^|\s)((?:1[6-9]|20)\d{2})\s*(?::|\s[-–—|]\s)/;

/**
 * A headline that labels its event with a year ("World Series 2016: Cubs end drought", "US election 2016: …")
 * reports that year's event. Only when no date of the text is later: "Hillsborough 1989: the inquest of 2016"
 * looks back.
 */
export function headlineYear(body: string, stated: readonly StatedDate[]): YearAnchor | undefined {
  const line = HEADLINE.exec(body)?.[1];
  if (!line) return undefined;
  const label = LABEL_YEAR.exec(line);
  if (!label) return undefined;
  const year = Number(label[1]);
  if (year !== latestStatedYear(stated)) return undefined;
  return { range: yearRange(year), note: `the headline's year "${year}"` };
}

const SPELLED: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const SINCE_YEAR = /\bsince ((?:1[6-9]|20)\d{2})\b(?![-–]\d)/g;
// "108 years", "a 108-year drought"; never an age ("a 23-year-old").
const NUMBER =
  "(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)";
const SPAN_YEARS = new RegExp(`\\b${NUMBER}(?:-| )years?\\b(?![- ]old)`, "gi");
const YEARS_AGO = new RegExp(`\\b${NUMBER} years? ago\\b`, "gi");

const countOf = (word: string): number => SPELLED[word.toLowerCase()] ?? Number(word);

/**
 * "Their first title since 1908" and "the first in 108 years", or "the 2008 meeting" and "their meeting eight years
 * ago": the year of writing is a stated year plus a stated span. Accepted only when exactly one such sum is the
 * latest year the text says something happened in or the one after it, so a chance sum ("since 1945" + "68 years")
 * cannot pass.
 */
export function elapsedYears(body: string, stated: readonly StatedDate[]): YearAnchor | undefined {
  const latest = latestPastYear(stated);
  const latestGiven = latestStatedYear(stated);
  if (latest === undefined || latestGiven === undefined) return undefined;
  const sums = new Map<number, string>();
  const add = (from: number, span: number, how: string): void => {
    const year = from + span;
    // Never before a year the text gives (a caption's "Nov. 2, 2016"), at most a year after the latest past one.
    if (span >= 2 && year >= Math.max(latest, latestGiven) && year <= latest + 1) sums.set(year, how);
  };
  const since = [...body.matchAll(SINCE_YEAR)].map((m) => Number(m[1]));
  const spans = [...body.matchAll(SPAN_YEARS)].map((m) => countOf(m[1]!));
  for (const from of since) for (const span of spans) add(from, span, `since ${from}" + "${span} years`);
  // "N years ago" pairs only with the stated year of the same thing: "the 2008 meeting" … "their meeting eight
  // years ago" (any stated year would pair with some span by chance).
  for (const m of body.matchAll(YEARS_AGO)) {
    const before = (
      body
        .slice(Math.max(0, m.index - 40), m.index)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).slice(-3);
    for (const s of stated) {
      if (s.precision !== "year" || s.tense !== "past") continue;
      const head = /^\s*([A-Za-z]+)/
        .exec(body.slice(s.index + s.text.length, s.index + s.text.length + 30))?.[1]
        ?.toLowerCase();
      if (head && head.length > 3 && before.includes(head))
        add(s.year, countOf(m[1]!), `${s.year} ${head}" + "${m[0]}`);
    }
  }
  if (sums.size !== 1) return undefined;
  const [year, how] = [...sums][0]!;
  return { range: yearRange(year), note: `"${how}" = ${year}` };
}
