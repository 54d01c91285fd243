import { describe, expect, it } from "vitest";
import { sentenceAt, sentenceSpans } from "../../../src/extract/dates/sentence-spans.js";

const texts = (body: string) => sentenceSpans(body).map((s) => body.slice(s.start, s.end));

describe("sentenceSpans", () => {
  it.each([
    ["One. Two! Three?", ["One.", "Two!", "Three?"]],
    [
      "They met in Washington, D.C. on April 10. Then left.",
      ["They met in Washington, D.C. on April 10.", "Then left."],
    ],
    ["U.S. President Joe Biden spoke. Mr. Kishida agreed.", ["U.S. President Joe Biden spoke.", "Mr. Kishida agreed."]],
    ["Payable Dec. 15 to holders. Next.", ["Payable Dec. 15 to holders.", "Next."]],
    ["Title line\n\nBody starts here", ["Title line", "Body starts here"]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("finds the sentence holding an offset", () => {
    const body = "One two. Three four.";
    const spans = sentenceSpans(body);
    expect(sentenceAt(spans, body.indexOf("four"))).toEqual({ start: 9, end: 20 });
    expect(sentenceAt(spans, 8)).toBeUndefined();
  });
});
