import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { caselessPattern } from "../../../src/extract/dates/caseless-pattern.js";

const matches = (pattern: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))].map((m) => `${m.index}:${m[0]}`);

describe("caselessPattern", () => {
  it.each([
    [/(\W|^)(\d+ (?:days?|weeks?))\s{0,5}(?:ago|before)(?=\W|$)/i, "3 Days AGO, 2 weeks before; 4 DAYSago"],
    [/end\s+of\s+(?:the\s+)?month/i, "END OF THE Month and end  of month"],
    [/[0-9]+\.?\s*(?:am|pm)\b/i, "at 9 AM or 10.PM, not 9 ame"],
  ])("matches what %s matches", (pattern, text) => {
    const rewritten = caselessPattern(pattern);
    expect(rewritten?.flags).not.toContain("i");
    expect(matches(rewritten as RegExp, text)).toEqual(matches(pattern, text));
    expect(matches(pattern, text).length).toBeGreaterThan(0);
  });
  it("does not fold non-ASCII letters to ASCII ones, as `i` does not", () => {
    const pattern = /ks/i;
    const text = "\u212As KS ks \u017F";
    expect(matches(caselessPattern(pattern) as RegExp, text)).toEqual(matches(pattern, text));
  });
  it.each([
    [/abc/, "no i flag"],
    [/abc/iu, "unicode mode folds more"],
    [/[a-z]+/i, "a letter inside a class"],
    [/\u0041b/i, "a \\u escape"],
    [/(?<word>ab)/i, "a named group"],
    [/(?<!x)ab/i, "a lookbehind"],
  ])("leaves %s alone (%s)", (pattern) => {
    expect(caselessPattern(pattern)).toBeUndefined();
  });
  it("gives chrono's 'N units ago/later' patterns the same matches on news phrases", () => {
    const reference = new chrono.ReferenceWithTimezone(new Date(2024, 2, 13, 12));
    const context = { refDate: reference.instant, reference, option: {} } as unknown as Parameters<
      chrono.Parser["pattern"]
    >[0];
    const patterns = chrono.casual.parsers
      .filter((p) => ["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"].includes(p.constructor.name))
      .map((p) => p.pattern(context));
    expect(patterns).toHaveLength(2);
    const text = [
      "Three days ago the talks began; Two Weeks Later they ended.",
      "A FEW MONTHS EARLIER, about 2 years before, half an hour later, several days after that.",
      "It was 10 days from now, the couple of weeks out, 5 mins later and 1.5 hrs ago.",
      "The year before, a decade AGO, an hour AFTER, twelve months henceforth.",
    ].join(" ");
    for (const pattern of patterns) {
      const rewritten = caselessPattern(pattern);
      expect(rewritten).toBeDefined();
      expect(matches(rewritten as RegExp, text)).toEqual(matches(pattern, text));
      expect(matches(pattern, text).length).toBeGreaterThan(2);
    }
  });
});
