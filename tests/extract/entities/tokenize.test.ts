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
  it.each([
    ["ÉTAT D'URGENCE À PARIS\nLe gouvernement a décidé.", [true, false]],
    ["ΑΘΗΝΑ 1996-08-30\nΗ κυβέρνηση", [true, false]],
    ["Ab\n\nJAPAN BEATS KOREA\n", [false, false, true, false]],
    ["", [false]],
  ])("finds capitals lines in any script: %j", (text, expected) => {
    const lines = new Map(tokenize(text).map((t) => [t.line, t.capsLine]));
    expected.forEach((caps, line) => {
      if (lines.has(line)) expect(lines.get(line), `line ${line}`).toBe(caps);
    });
  });
  it.each([
    ["Émile", true, true, "émile"],
    ["Ωmega", true, true, "ωmega"],
    ["岸田", true, false, "岸田"],
    ["1996", false, false, "1996"],
    ["F-35A", true, true, "f-35a"],
    ["O’Neill", true, true, "o'neill"],
    ["ümit", true, false, "ümit"],
  ])("%j: word %s, capitalised %s, key %j", (text, word, cap, lower) => {
    const [token] = tokenize(text);
    expect([token?.word, token?.cap, token?.lower]).toEqual([word, cap, lower]);
  });
});

describe("tokenize: blanks left by masked page furniture", () => {
  it("starts a new line and a sentence after a long run of blanks", () => {
    const tokens = tokenize("the memorial in London          Spectators watch");
    const london = tokens.find((t) => t.text === "London")!;
    const spectators = tokens.find((t) => t.text === "Spectators")!;
    expect(spectators.line).toBe(london.line + 1);
    expect(spectators.sentStart).toBe(true);
  });
  it("keeps words apart by a few spaces on one line", () => {
    const tokens = tokenize("Tony  Blair met Gordon   Brown.");
    expect(new Set(tokens.map((t) => t.line))).toEqual(new Set([0]));
  });
  it("still reads a capitals line after a gap on the line before", () => {
    const tokens = tokenize("Talks began     today.\nTRADE DEAL SIGNED\nMore later.");
    expect(tokens.find((t) => t.text === "TRADE")!.capsLine).toBe(true);
    expect(tokens.find((t) => t.text === "More")!.capsLine).toBe(false);
  });
});
