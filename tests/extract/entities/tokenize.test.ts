import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/extract/entities/tokenize.js";

const words = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it.each([
    ["Japan's laws", ["Japan", "'s", "laws"]],
    ["Japan’s ability", ["Japan", "’s", "ability"]],
    ["the U.S. and D.C.", ["the", "U.S.", "and", "D.C."]],
    ["F-35A fighter jets", ["F-35A", "fighter", "jets"]],
    ["Mr. Kishida met O'Neill", ["Mr.", "Kishida", "met", "O'Neill"]],
    ["Romania - Cosmin Contra (31st)", ["Romania", "-", "Cosmin", "Contra", "(", "31st", ")"]],
  ])("cuts %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it("marks possessives, sentence starts and capitals lines", () => {
    const t = tokenize("LONDON 1996-08-30\nJapan's move. Allies agree: Read also");
    expect(t[0]?.capsLine).toBe(true);
    const japan = t.find((x) => x.text === "Japan");
    expect(japan?.possessive).toBe(true);
    expect(japan?.sentStart).toBe(true);
    expect(t.find((x) => x.text === "Allies")?.sentStart).toBe(true);
    expect(t.find((x) => x.text === "Read")?.sentStart).toBe(true);
    expect(t.find((x) => x.text === "agree")?.sentStart).toBe(false);
  });
  it("offsets index the text, UTF-16", () => {
    const s = "Émile Zoë met 岸田 in Kyiv";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});
