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
