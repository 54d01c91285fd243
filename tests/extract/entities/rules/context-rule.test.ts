import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("context rule: weak evidence from the words around an unknown name", () => {
  it.each([
    ['"We will win," said Qarlo.', "Qarlo", "context-speech", "person"],
    ["Zembrak said the talks had failed.", "Zembrak", "context-speech", "person"],
    ["Fighting continued in Zembrak on Monday.", "Zembrak", "context-locative", "place"],
    ["He met Qorvath in Zembra.", "Zembra", "context-locative", "place"],
  ])("%j: %s", (text, mention, rule, kind) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });

  it.each([
    ["a listed place before a verb of saying", "Japan said the talks had failed.", "Japan", "gazetteer"],
    ["a name with a given name", "Phil Qorvath said nothing.", "Phil Qorvath", "given-name"],
    ["no cue: left to the fallback", "The Zembrak government fell.", "Zembrak", "fallback-single"],
  ])("not for %s: %j", (_why, text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
  });
});

describe('context rule: a venue of several words after "at"', () => {
  it.each([
    ["United won 2-0 that day, at Old Trafford, but lost the replay.", "Old Trafford"],
    ["The final is at Qorvath Zarvollo on Monday.", "Qorvath Zarvollo"],
  ])("%j: %s is a place", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("context-venue");
    expect(entityOf(text, mention)?.kind).toBe("place");
  });
  it.each([
    ["He was at Tony Blair's side all day.", "Tony Blair"],
    ["Talks at J Qorvath ended.", "J Qorvath"],
    ["He arrived with Qorvath Zarvollo on Monday.", "Qorvath Zarvollo"],
  ])("%j: %s is no venue", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("context-venue");
  });
});

describe("context rule: who speaks", () => {
  it.each([
    ["Rates rose, the Bank said on Monday. The bank cut jobs.", "Bank"],
    ["Rates rose, the Commission said.", "Commission"],
  ])("%j: an ordinary word the text also writes as a common noun speaks as a body", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("context-speech-body");
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });

  it.each([
    ["He said Zembrak would announce its plans.", "Zembrak"],
    ["Prices rose, said Zembrak economist Alex Qorvath.", "Zembrak"],
  ])("%j: a name running on in lower case after the verb is no speaker", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("context-speech");
  });

  it.each([
    ['"No," said Zembrak, who had lost.', "Zembrak"],
    ["Prices rose, Brown said.", "Brown"],
  ])("%j: a speaker", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("person");
  });
});
