import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("acronym rule: unknown capitals and inner capitals are organisations", () => {
  it.each([
    ["Members of the ZQV met in the capital on Monday.", "ZQV"],
    ["Officials from the NLD attended the talks.", "NLD"],
    ["The bank QorvaBank said profits rose.", "QorvaBank"],
  ])("%j: %s", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("acronym");
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });

  it.each([
    ["a listed acronym that is a name", "The UN said aid would arrive.", "UN", "gazetteer"],
    ["a listed outlet", "Officials of the BBC said.", "BBC", "gazetteer"],
    ["a common noun in capitals", "GDP rose by two percent.", "GDP", "common-acronym"],
    ["a common noun in capitals", "The TV channel showed the match.", "TV", "common-acronym"],
  ])("not for %s: %j", (_why, text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
  });
});

describe("acronym rule: unknown capitals are organisations", () => {
  it.each([
    ["The NLD said talks would resume.", "NLD"],
    ["Officials at QXRT said sales rose.", "QXRT"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["Fans shouted: we love HILLARY, she said.", "HILLARY"],
    ["The crowd chanted DONALD as he spoke.", "DONALD"],
  ])("%j: a name shouted in capitals (%s) is no acronym", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
});

describe("acronym rule: ordinary words in capitals are shouting, not names", () => {
  it.each([
    ["Baseball games played on Thursday (home team in CAPS):", "CAPS"],
    ["PRESS DIGEST - Indonesian newspapers - August 30.", "PRESS DIGEST"],
    ["Nikkei latest CRUDE OIL $19.87", "CRUDE OIL"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("acronym-shouted");
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["Officials from the LIFFE said trading was calm.", "LIFFE"],
    ["The BAN party said it would stand.", "BAN"],
    ["The ZQV PARTY said it would stand.", "ZQV PARTY"],
  ])("%j: %s stays an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
});

describe("acronym rule: surnames with a capital inside are people's", () => {
  it.each([
    ["The team: Given, Breen, McAteer, Harte and McLoughlin.", "McAteer"],
    ["Later DiCaprio starred in a remake.", "DiCaprio"],
  ])("%j: %s is no organisation", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("acronym");
  });
  it.each([
    ["The deal with NationsBank was approved.", "NationsBank"],
    ["Shares in MacroSoft rose.", "MacroSoft"],
  ])("%j: %s keeps its inner capital", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
});
