import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("award rule: prizes named like people", () => {
  it.each([
    ["Hilary Swank picked up her second best actress Oscar for playing a boxer.", "Oscar", "award-category"],
    ["He is tipped for the best supporting actor Zorvie this year.", "Zorvie", "award-category"],
    ["The film got five Oscar nominations last week.", "Oscar", "award-noun"],
    ["Tickets for the Grammy ceremony sold out.", "Grammy", "award-noun"],
  ])("%j: %s is an award", (text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe("event");
  });
  it("gives a listed awards event's singular that event's name", () => {
    expect(entityOf("The film got five Oscar nominations last week.", "Oscar")?.name).toBe("Academy Awards");
  });
  it.each([
    ["Her uncle Oscar said the statue looked like him.", "Oscar"],
    ["Bush nominee John Roberts was confirmed on Thursday.", "John Roberts"],
    ["Zorvie nominations for the board closed on Friday, said Ann Lee.", "Zorvie"],
  ])("%j: %s is no award", (text, mention) => {
    expect(ruleOf(text, mention)).not.toMatch(/^award/);
  });
});
