import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("gazetteer rule: listed names, capitals standing for their country, demonyms", () => {
  it.each([
    ["Leaders met in Japan on Monday.", "Japan", "gazetteer", "country"],
    ["The UN said aid would arrive.", "UN", "gazetteer", "organization"],
    ["Officials of the BBC said.", "BBC", "gazetteer", "outlet"],
    ["They will meet in Washington next week.", "Washington", "gazetteer", "place"],
    ["Washington supplies arms to the rebels.", "Washington", "capital-metonym", "country"],
  ])("%j: %s", (text, mention, rule, kind) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });

  it("reads a demonym as its country", () => {
    expect(ruleOf("Americans voted on Tuesday.", "Americans")).toBe("demonym");
  });

  it.each([
    ["an unknown name", "Fighting continued in Zembrak on Monday.", "Zembrak"],
    ["a listed word inside a longer unknown name", "The Japan Quartet played.", "Japan Quartet"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("gazetteer");
  });
});

describe("gazetteer rule: acronyms in title case", () => {
  it.each([
    ["Fifa president Sepp Blatter spoke on Monday.", "Fifa", "FIFA"],
    ["Officials said Nato would act.", "Nato", "NATO"],
  ])("%j: %s is the acronym %s", (text, mention, name) => {
    const e = entityOf(text, mention);
    expect(e?.kind).toBe("organization");
    expect(e?.name).toBe(name);
  });
  it("reads a title-case English word as the word, not the acronym", () => {
    expect(entityOf("Who knows, he said.", "Who")).toBeUndefined();
  });
});

describe("gazetteer rule: an event named after its venue is the place at a route's end", () => {
  it.each([
    ["The tram was running from New Addington to Wimbledon when it tipped over.", "Wimbledon"],
    ["Trams run from Wimbledon to Beckenham every ten minutes.", "Wimbledon"],
  ])("%j: %s is a place", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("gazetteer-route");
    expect(entityOf(text, mention)?.kind).toBe("place");
  });
  it.each([
    ["She went from Wimbledon to the US Open in fine form.", "Wimbledon"],
    ["He won Wimbledon in 2003.", "Wimbledon"],
  ])("%j: %s stays the event", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("event");
  });
});

describe("gazetteer rule: a compass point's initial", () => {
  it.each([
    ["N. Korea urges S. Korea to return a war veteran.", "N. Korea", "North Korea"],
    ["N. Korea urges S. Korea to return a war veteran.", "S. Korea", "South Korea"],
  ])("%j: %s is %s", (text, mention, name) => {
    expect(entityOf(text, mention)?.name).toBe(name);
    expect(entityOf(text, mention)?.kind).toBe("country");
  });
  it("not for an initial before an unlisted name", () => {
    expect(entityOf("The talks were led by N. Qorvath on Monday.", "N. Qorvath")?.kind).toBe("person");
  });
});
