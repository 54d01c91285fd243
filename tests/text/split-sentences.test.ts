import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/split-sentences.js";

describe("splitSentences", () => {
  it("does not break after U.S., Mr. or an initial", () => {
    const text = "U.S. President Joe Biden met Mr. Smith and John F. Kennedy Jr. on Monday. Talks went well.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "U.S. President Joe Biden met Mr. Smith and John F. Kennedy Jr. on Monday.",
      "Talks went well.",
    ]);
  });

  it("ends a sentence at every line break and keeps offsets into the text", () => {
    const text = "Headline without stop\n\n  First sentence. Second one.";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["Headline without stop", "First sentence.", "Second one."]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
