import { describe, expect, it } from "vitest";
import { pickHeadline } from "../../src/digest/story-headline.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

describe("pickHeadline", () => {
  const make = (id: string, title: string, titleSource: "front-matter" | "first-line" | "lead") =>
    fixtureArticle({ id, title, titleSource, date: "2024-03-12", body: "Text." });

  it.each([
    [
      "a real headline over a lead-derived one",
      [
        make("a", "The leaders of Japan and the United States will meet in Washington", "lead"),
        make("b", "Japan and U.S. to boost arms production", "front-matter"),
      ],
      "Japan and U.S. to boost arms production",
    ],
    [
      "an informative length over a stub",
      [
        make("a", "Floods", "front-matter"),
        make("b", "Record tide floods Venice as barrier fails to rise", "front-matter"),
      ],
      "Record tide floods Venice as barrier fails to rise",
    ],
    [
      "mixed case over capitals",
      [
        make("a", "RECORD TIDE FLOODS VENICE AS BARRIER FAILS", "front-matter"),
        make("b", "Record tide floods Venice as barrier fails", "front-matter"),
      ],
      "Record tide floods Venice as barrier fails",
    ],
  ])("prefers %s", (_, articles, expected) => {
    expect(pickHeadline(articles)).toBe(expected);
  });

  it("keeps the earliest article's headline on a tie", () => {
    expect(
      pickHeadline([
        make("a", "Record tide floods Venice as barrier fails", "front-matter"),
        make("b", "Venice floods as the record tide beats barrier", "front-matter"),
      ]),
    ).toBe("Record tide floods Venice as barrier fails");
  });
});
