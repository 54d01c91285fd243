import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("group-noun rule: groups of people are no entity", () => {
  it.each([
    ["Many Europeans say the plan will fail.", "Europeans"],
    ["The Pro-Europeans said the vote was close.", "Pro-Europeans"],
    ["Americans voted on Tuesday.", "Americans"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["Tony Blair met the Europe minister in Paris.", "Tony Blair", "person"],
    ["Officials in France said the talks went well.", "France", "country"],
    ["Jack Straw said Simmons would stay.", "Jack Straw", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});
