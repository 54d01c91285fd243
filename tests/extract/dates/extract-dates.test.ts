import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/extract/dates/extract-dates.js";
import type { PublishedDate } from "../../../src/types.js";

const day = (date: string): PublishedDate => ({ date, precision: "day", source: "front-matter" });
const month = (date: string): PublishedDate => ({ date, precision: "month", source: "front-matter" });
const dates = (body: string, published: PublishedDate | undefined): Array<[string, string]> =>
  extractDates(body, published).map((e) => [e.text, e.date]);

// Reference: Wednesday 2024-03-13.
const REF = day("2024-03-13");

describe("extractDates resolves against the publication date", () => {
  it.each([
    ["The summit will be held on April 10.", "April 10", "2024-04-10"],
    ["Talks took place last December.", "last December", "2023-12"],
    ["The minister resigned yesterday.", "yesterday", "2024-03-12"],
    ["The vote was held last Friday.", "last Friday", "2024-03-08"],
    ["The vote was held Friday.", "Friday", "2024-03-08"],
    ["The leaders will meet Friday.", "Friday", "2024-03-15"],
    ["Prices will rise next month.", "next month", "2024-04"],
    ["Sales fell this year.", "this year", "2024"],
    ["He was born in 1996.", "1996", "1996"],
    ["Japan announced it at the end of 2023.", "the end of 2023", "2023"],
    ["Japan amended its laws in December 2023.", "December 2023", "2023-12"],
    ["Japan agreed in December to send missiles.", "December", "2023-12"],
    ["Profits rose last year.", "last year", "2023"],
    ["It happened three months ago.", "three months ago", "2023-12"],
    ["The bomb went off in nineteen ninety-six.", "nineteen ninety-six", "1996"],
    ["Stocks rose to a record set on Aug. 6, 2023.", "Aug. 6, 2023", "2023-08-06"],
  ])("%s", (body, text, date) => {
    expect(dates(body, REF)).toContainEqual([text, date]);
  });

  it.each([
    ["Prices rose over the last nine years."],
    ["The troops stayed for three months."],
    ["Talks lasted two weeks."],
    ["The meeting starts at 5 pm."],
    ["Some 1,000 people and 2,300 troops arrived."],
    ["Shares rose 3/8 to 12 3/4."],
    ["The Sun reported the story."],
    ["Protesters march on the capital; it may rain."],
    ["Rents rose sharply in the 1990s."],
    ["He is here now."],
    ["They met two days after the crash."],
  ])("finds no date in %s", (body) => {
    expect(dates(body, REF)).toEqual([]);
  });

  it("prefers the nearest occurrence when the clause's tense would push a year-less date most of a year away", () => {
    const published = day("2023-11-02");
    expect(dates("The dividend, declared today, is payable Jan. 2 to holders.", published)).toContainEqual([
      "Jan. 2",
      "2024-01-02",
    ]);
    expect(dates("The company completed the sale, effective Dec. 15.", published)).toContainEqual([
      "Dec. 15",
      "2023-12-15",
    ]);
    expect(dates("Sales rose in April.", published)).toContainEqual(["April", "2023-04"]);
  });

  it("keeps the precision the text gives and never invents a day", () => {
    const events = extractDates("Japan amended its laws in December 2023.", REF);
    expect(events.map((e) => e.date)).toEqual(["2023-12"]);
  });

  it("gives offsets into the body and the containing sentence", () => {
    const body = "First sentence here. Japan agreed in December to send Patriot missiles. Last one.";
    const [event] = extractDates(body, REF);
    expect(event).toBeDefined();
    expect(body.slice(event!.start, event!.end)).toBe("December");
    expect(event!.sentence).toBe("Japan agreed in December to send Patriot missiles.");
  });

  it("with no publication date keeps explicit years and resolves year-less dates only from the text's own estimate", () => {
    expect(dates("The vote was held on Friday. He was born in 1996.", undefined)).toEqual([["1996", "1996"]]);
    expect(dates("Prices rose last month.", undefined)).toEqual([]);
    expect(dates("The vote was held Friday.", { date: "", precision: "year", source: "unknown" })).toEqual([]);
  });

  it("skips relative days when the publication date is only a month", () => {
    expect(dates("The minister resigned yesterday.", month("2024-03"))).toEqual([]);
    expect(dates("Prices rose last month.", month("2024-03"))).toEqual([["last month", "2024-02"]]);
  });
});

describe("sample 000 (published 2024-03)", () => {
  const body = readFileSync(new URL("../../fixtures/samples/000_1544b0afc51780d7.txt", import.meta.url), "utf8");
  const events = extractDates(body, month("2024-03"));

  it("resolves the summit, the report and the law change (hand-checked)", () => {
    const pairs = events.map((e) => [e.text, e.date]);
    expect(pairs.filter(([t]) => t === "April 10")).toEqual([
      ["April 10", "2024-04-10"],
      ["April 10", "2024-04-10"],
    ]);
    expect(pairs).toContainEqual(["March 10", "2024-03-10"]);
    expect(pairs).toContainEqual(["December 2023", "2023-12"]);
    const december = events.find((e) => e.text === "December");
    expect(december?.date).toBe("2023-12");
    expect(december?.sentence.startsWith("Japan agreed in December to send Patriot")).toBe(true);
  });

  it("reports offsets that index the body", () => {
    for (const e of events) expect(body.slice(e.start, e.end)).toBe(e.text);
  });
});
