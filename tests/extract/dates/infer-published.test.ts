import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inferPublished, narrowPublished } from "../../../src/extract/dates/infer-published.js";

const sample = (name: string): string =>
  readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), "utf8");

describe("inferPublished", () => {
  it("000: after the March 10 report, before the April 10 summit (hand-checked)", () => {
    const p = inferPublished(sample("000_1544b0afc51780d7.txt"));
    expect(p).toMatchObject({
      date: "2024-03",
      precision: "month",
      source: "text",
      earliest: "2024-03-10",
      latest: "2024-04-09",
    });
    expect(p.evidence).toContain('"March 10"');
    expect(p.evidence).toContain('"April 10"');
  });

  it("002: last December and the end of 2023 are past, the April 10 summit ahead -> 2024 (hand-checked)", () => {
    const p = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(p).toMatchObject({
      date: "2024",
      precision: "year",
      source: "text",
      earliest: "2024-01-01",
      latest: "2024-04-09",
    });
  });

  it.each([
    ["The minister said on May 3, 2021 that talks will resume on May 4, 2021.", "2021-05-03"],
    ["Officials met on June 1, 2022. They will meet again on June 2, 2022.", "2022-06-01"],
  ])("narrows to one day when the text pins it: %s", (body, date) => {
    expect(inferPublished(body)).toMatchObject({ date, precision: "day", source: "text" });
  });

  it.each([["The minister resigned on Friday."], ["Talks will resume on April 10."], [""]])(
    "says unknown without a stated year: %s",
    (body) => {
      expect(inferPublished(body).source).toBe("unknown");
    },
  );

  it("says unknown when a stated year leaves more than a year open", () => {
    expect(inferPublished("The law was passed in 2019.").source).toBe("unknown");
  });
});

// One table per rule: what anchors an undated text to the time of writing, and what must NOT. The inference has
// no "now": every expected range follows from the text alone.
const range = (body: string): [string, string] | "unknown" => {
  const p = inferPublished(body);
  return p.source === "unknown" ? "unknown" : [p.earliest ?? "", p.latest ?? ""];
};

describe("inferPublished rules", () => {
  it.each([
    [
      "an embedded post: published within a month after it",
      "Fans were furious. -- Jane Doe (@janedoe) November 8, 2016 The company said the change was needed.",
      ["2016-11-08", "2016-12-08"],
    ],
    [
      "a photo-sharing post",
      "A photo posted by Ann (@ann) on Nov 9, 2016 at 1:57am PST shows the protest.",
      ["2016-11-09", "2016-12-09"],
    ],
    [
      "a full date with its weekday (a caption): within a week",
      "Massa waves to fans at Interlagos in Sao Paulo, Brazil, Sunday, Nov. 13, 2016.",
      ["2016-11-13", "2016-11-20"],
    ],
    [
      "a caption opening with its date: within a month",
      "The crowd cheered.\n\nNov. 2, 2016 The Cubs celebrate after winning the World Series.",
      ["2016-11-02", "2016-12-02"],
    ],
    [
      "a past weekday naming the latest stated day",
      "The tram derailed near the Sandilands stop in Croydon, Nov. 9, 2016. Seven people were killed Wednesday " +
        "when it overturned.",
      ["2016-11-09", "2016-11-16"],
    ],
    [
      "a headline labelled with its year",
      "World Series 2016: Cubs end their drought\n\nThe Cubs won the final game.",
      ["2016-01-01", "2016-12-31"],
    ],
    [
      "since-year plus a span",
      "Cubs end 108-year drought\n\nThe Cubs had not won a title since 1908. Bryant was named rookie of the year " +
        "in 2015.",
      ["2016-01-01", "2016-12-31"],
    ],
    [
      "a stated year plus the same thing N years ago",
      "He lost the 2016 race. The 2008 meeting between the two was cordial; their meeting eight years ago set the " +
        "tone.",
      ["2016-01-01", "2016-12-31"],
    ],
    [
      "a stated month repeated without its year, beside a look-ahead",
      "Japan amended its laws in December 2023. Japan agreed in December to send missiles. The leaders will meet " +
        "on April 10.",
      ["2023-12-01", "2024-04-09"],
    ],
    [
      "the caption, not a chance since-year sum before it (1948 + 55 = 2003)",
      "The Indians have not won since 1948, a 55-year wait, and lost in 2003.\n\nNov. 2, 2016 The Cubs celebrate.",
      ["2016-11-02", "2016-12-02"],
    ],
    [
      "a forecast's starting year is no upper bound",
      "Robots are everywhere. -- Ann (@ann) November 8, 2004 The market will grow from 81,000 units in 2003 to " +
        "106,000 in 2007.",
      ["2004-11-08", "2004-12-08"],
    ],
  ])("dates %s", (_rule, body, expected) => {
    expect(range(body)).toEqual(expected);
  });

  it.each([
    ["a year of background history", "In 1997, Labour won a landslide. Mr Blair said on Tuesday he would stand again."],
    [
      "a plain past date alone (a lower bound, no range)",
      "The law was signed on November 8, 2016, and critics protested.",
    ],
    ["an old file photo", "In this Sunday, Nov. 13, 2016, file photo, Massa waves to fans."],
    [
      "a listing date of another page",
      "Hillary Clinton in pictures Wed, November 30, 2016 Express Pictures looks at her life.",
    ],
    [
      "a weekday that is not the latest stated day's",
      "The tram derailed near Croydon on Nov. 9, 2016. Seven people were killed Thursday.",
    ],
    [
      "a weekday matching only an older stated day",
      "The emails were found on July 25, 2015, and October 28, 2016. On Saturday, she blamed the FBI.",
    ],
    [
      "a history repeating its month",
      "The February 1974 general election created a hung parliament. In February, Heath lost his majority.",
    ],
    [
      "a headline year that is a target",
      "PC ownership to double by 2010\n\nThe number of computers is expected to double.",
    ],
    [
      "a headline year older than the text's",
      "Hillsborough 1989: inquest ends\n\nThe inquest ended in 2016 after two years.",
    ],
    [
      "a span that pairs with no stated year of the same thing",
      "I got mine 12 years ago. The calculator was a hot gadget in 1980. It was sold until 1991.",
    ],
    [
      "a fixture's day and kick-off time",
      "Blackburn v Burnley\n\nTuesday, 1 March\n\n2000 GMT\n\nReferee: Howard Webb",
    ],
    [
      "conflicting evidence",
      "Fans were furious. -- Jane Doe (@janedoe) November 8, 2016 The store will open on March 3, 2016.",
    ],
  ])("says unknown for %s", (_rule, body) => {
    expect(range(body)).toBe("unknown");
  });
});

describe("narrowPublished", () => {
  it("intersects the two samples' ranges to March 2024", () => {
    const a = inferPublished(sample("000_1544b0afc51780d7.txt"));
    const b = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(narrowPublished([a, b])).toMatchObject({
      date: "2024-03",
      precision: "month",
      earliest: "2024-03-10",
      latest: "2024-04-09",
    });
  });

  it("uses a front-matter day as a one-day range", () => {
    const a = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(narrowPublished([a, { date: "2024-02-20", precision: "day", source: "front-matter" }])).toMatchObject({
      date: "2024-02-20",
      precision: "day",
    });
  });

  it.each([
    [[]],
    [[{ date: "", precision: "year" as const, source: "unknown" as const }]],
    [
      [
        { date: "2023", precision: "year" as const, source: "front-matter" as const },
        { date: "2024-01", precision: "month" as const, source: "front-matter" as const },
      ],
    ],
  ])("returns undefined for no range or disjoint ranges (%#)", (estimates) => {
    expect(narrowPublished(estimates)).toBeUndefined();
  });
});
