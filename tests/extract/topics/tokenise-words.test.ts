import { describe, expect, it } from "vitest";
import { CaseShape, stemWord, tokeniseWords } from "../../../src/extract/topics/tokenise-words.js";

describe("stemWord", () => {
  it.each([
    ["elections", "election"],
    ["companies", "company"],
    ["taxes", "tax"],
    ["matches", "match"],
    ["japan's", "japan"],
    ["weapons", "weapon"],
    ["missiles", "missile"],
  ])("%s -> %s", (word, stem) => expect(stemWord(word)).toBe(stem));

  it.each(["business", "virus", "crisis", "politics", "athletics", "bus", "gas"])("keeps %s", (word) => {
    expect(stemWord(word)).toBe(word);
  });
});

describe("tokeniseWords", () => {
  it("splits hyphens, keeps & and inner apostrophes, records case", () => {
    const toks = tokeniseWords("Air-defence for MPs, A&E and Labour's plan");
    expect(toks.map((t) => t.stem)).toEqual(["air", "defence", "for", "mps", "a", "&", "e", "and", "labour", "plan"]);
    expect(toks[3]?.shape).toBe(CaseShape.Upper);
    expect(toks[8]?.shape).toBe(CaseShape.Capitalised);
    expect(toks[9]?.shape).toBe(CaseShape.Lower);
  });
});
