import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("given-name rule: a known given name or an initial, then more capitalised words", () => {
  it.each([
    ["Phil Qorvath scored twice.", "Phil Qorvath"],
    ["J. Qorvath said the plan was sound.", "J. Qorvath"],
    ["Mary Zembrak won the vote.", "Mary Zembrak"],
  ])("%j: %s is a person", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("given-name");
    expect(entityOf(text, mention)?.kind).toBe("person");
  });

  it.each([
    ["a given name alone", "Phil said nothing.", "Phil"],
    ["no known given name", "Qarlo Zembrak arrived.", "Qarlo Zembrak"],
    ["a name after a title", "Dr Qarlo Zembrak treated the patients.", "Qarlo Zembrak"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("given-name");
  });
});
