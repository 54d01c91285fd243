import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("adjective rule: a proper adjective before a noun is no entity", () => {
  it.each([
    ["The Olympic torch arrived.", "Olympic"],
    ["The Zorvish community gathered.", "Zorvish"],
    ["Zorvanian farmers protested on Monday.", "Zorvanian"],
  ])("%j: %s is dropped", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("adjective");
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["standing alone, before a verb", "A Zorvanian said nothing.", "Zorvanian"],
    ["an unknown word before a verb", "Zorvanian said nothing.", "Zorvanian"],
  ])("not %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("adjective");
    expect(entityOf(text, mention)).toBeDefined();
  });
});

// Region adjectives and faiths are dropped before this rule is asked (belief-region rule).
describe("adjective rule: region adjectives and faiths go to the belief-region rule", () => {
  it.each([
    ["European ministers met in the city.", "European"],
    ["The Jewish community gathered.", "Jewish"],
  ])("%j: %s is dropped", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("belief-region");
    expect(entityOf(text, mention)).toBeUndefined();
  });
});
