import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("title rule: a name after a title or role is a person", () => {
  it.each([
    ["President Qarlo Zembrak arrived on Monday.", "Qarlo Zembrak"],
    ["Mr. Qorvath declined to comment.", "Qorvath"],
    ["Dr Qarlo Zembrak treated the patients.", "Qarlo Zembrak"],
    ["The striker Qarlo Zembrak scored.", "Qarlo Zembrak"],
    ["The spokesman Qarlo Zembrak said the talks would go on.", "Qarlo Zembrak"],
  ])("%j: %s is a person", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("title");
    expect(entityOf(text, mention)?.kind).toBe("person");
  });

  it.each([
    ["the role after the name", "Qarlo Zembrak, the president, arrived.", "Qarlo Zembrak"],
    ["no title", "Qarlo Zembrak arrived.", "Qarlo Zembrak"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("title");
  });
});

describe("title rule: a name after a title or role is a person", () => {
  it.each([
    ["President Joe Biden met the press.", "Joe Biden"],
    ["The striker Alan Shearer scored twice.", "Alan Shearer"],
    ["Talks were led by General Qorvath on Monday.", "Qorvath"],
    ["The region was run by Major Qorvath for a decade.", "Qorvath"],
  ])("%j: %s is a person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("person");
  });

  it.each([
    // An adjective-like title before a common word: no person.
    ["The budget comes before the General Election in May.", "Election"],
  ])("%j: %s is no person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("person");
  });

  it('reads a title word in lower case as an adjective ("major" studios), not a title', () => {
    expect(ruleOf("Blu-ray has backing from major Zarvollo studios.", "Zarvollo")).not.toBe("title");
    expect(ruleOf("Blu-ray has backing from Major Zarvollo.", "Zarvollo")).toBe("title");
  });
});
