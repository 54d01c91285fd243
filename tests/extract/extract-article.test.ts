import { describe, expect, it } from "vitest";
import { countWords } from "../../src/extract/extract-article.js";

describe("countWords (runs of non-whitespace)", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["Japan", 1],
    ["  Japan and  the U.S.  ", 4],
    ["line one\nline two\r\n\tend", 5],
    ["non\u00a0breaking\u2003em\u3000ideographic", 4],
    ["zero\u200bwidth is no space", 4],
    ["emoji 😀 counts", 3],
    ["air-defence, 2023.", 2],
  ])("%j -> %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
});
