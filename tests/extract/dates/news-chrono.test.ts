import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { mayFollowEndOf, newsChrono, parseNews, replaceByClassName } from "../../../src/extract/dates/news-chrono.js";

const REFERENCE = new Date(2024, 2, 13, 12);

describe("mayFollowEndOf (when chrono's end-of-period refiner can match)", () => {
  // A necessary condition, not a sufficient one: "weekend of " passes and the refiner's own pattern then says no.
  it.each([
    ["at the end of ", true],
    ["the last day of the ", true],
    ["by the END OF\n", true],
    ["at the end  of  the \t", true],
    ["the weekend of ", true],
    ["at the end of", false],
    ["in the ", false],
    ["the rest of ", false],
    ["at the end of  the", false],
    ["at the endof ", false],
    ["end of thethe ", false],
    ["of ", false],
    ["", false],
  ])("%j -> %s", (before, expected) => {
    expect(mayFollowEndOf(`${before}March`, before.length)).toBe(expected);
  });
  it("never says no where chrono's own pattern says yes", () => {
    const pattern = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
    const words = ["end", "End", "day", "last", "of", "OF", "the", "The", "weekend", "x"];
    const spaces = [" ", "  ", "\n", "\t ", ""];
    let state = 3;
    let matched = 0;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
    for (let n = 0; n < 20_000; n++) {
      let before = "";
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) before += pick(words) + pick(spaces);
      if (!pattern.test(before)) continue;
      matched++;
      expect(mayFollowEndOf(`${before}March`, before.length), JSON.stringify(before)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("newsChrono keeps chrono's end-of-period reading", () => {
  it.each([
    ["Payment is due at the end of March.", "end of March", 31],
    ["Payment is due by the last day of the month.", "last day of the month", 31],
  ])("%j", (text, expected, day) => {
    const [result] = newsChrono.parse(text, REFERENCE);
    expect(result?.text).toBe(expected);
    expect(result?.start.get("day")).toBe(day);
  });
  it("finds what chrono's own casual parser finds on a text without news rules", () => {
    const text =
      "At the end of March the ministers met again; by the end of the month they had agreed. On Monday, talks resumed.";
    const plain = chrono.casual.parse(text, REFERENCE).map((r) => [r.index, r.text, r.start.date().toISOString()]);
    const news = newsChrono.parse(text, REFERENCE).map((r) => [r.index, r.text, r.start.date().toISOString()]);
    expect(news).toEqual(plain);
  });
});

describe("parseNews", () => {
  const text = "The leaders met on April 10 and will meet again next week.";
  it("gives the same results for the same text and reference, in a fresh array each time", () => {
    const first = parseNews(text, REFERENCE);
    first.pop();
    const again = parseNews(text, new Date(REFERENCE.getTime()));
    expect(again.map((r) => r.text)).toEqual(["April 10", "next week"]);
  });
  it("parses again for another reference or another text", () => {
    const march = parseNews(text, REFERENCE)[0]?.start.get("year");
    const later = parseNews(text, new Date(2030, 5, 1, 12))[0]?.start.get("year");
    expect([march, later]).toEqual([2024, 2030]);
    expect(parseNews("Nothing dated here.", REFERENCE)).toEqual([]);
  });
});

class Kept {}
class Wrapped {}

describe("replaceByClassName (chrono's own parsers and refiners, found by class name)", () => {
  it("wraps the items of the named classes and keeps the rest in place", () => {
    const items = [new Kept(), new Wrapped()];
    const result = replaceByClassName<object>(items, { Wrapped: () => ({ wrapped: true }) });
    expect(result[0]).toBe(items[0]);
    expect(result[1]).toEqual({ wrapped: true });
  });

  it("fails loudly when a named class is not there (a chrono upgrade renamed or dropped it)", () => {
    expect(() => replaceByClassName<object>([new Kept()], { Wrapped: (x) => x, Gone: (x) => x })).toThrow(
      /no longer has Wrapped, Gone/,
    );
  });
});
