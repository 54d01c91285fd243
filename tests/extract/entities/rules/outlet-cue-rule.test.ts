import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("outlet-cue rule: a name introduced as a publication", () => {
  it.each([
    ["The Japanese newspaper Qorvani reported the deal.", "Qorvani"],
    ["The news agency Zembrakpress said the talks had ended.", "Zembrakpress"],
    ["The figures were published according to the magazine Qorvanta.", "Qorvanta"],
  ])("%j: %s is an outlet", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("outlet-cue");
    expect(entityOf(text, mention)?.kind).toBe("outlet");
  });

  it.each([
    ["the noun after the name: a qualifier, not a cue", "The Qorvani newspaper reported.", "Qorvani"],
    ["a name shaped as an outlet", "The Qorvath Post reported.", "Qorvath Post"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("outlet-cue");
  });
});

describe("outlet-cue rule: the word for a publication after its name", () => {
  it.each([
    ["But Le Matin newspaper, quoting witnesses, said seven died.", "Le Matin"],
    ["Qorvath daily said the bomb was hidden in a bag.", "Qorvath"],
  ])("%j: %s is an outlet", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("outlet-cue-after");
    expect(entityOf(text, mention)?.kind).toBe("outlet");
  });
  it.each([
    ["London newspapers said so on Monday.", "London"],
    ["The Murdoch newspapers backed him.", "Murdoch"],
    ["He read the Sunday newspaper in bed.", "Sunday"],
  ])("%j: %s is no outlet", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("outlet-cue-after");
  });
});
