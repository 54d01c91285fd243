import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("org-context rule: what only an organisation has", () => {
  it.each([
    ["Tony Macklin, spokesman for Qorvath Search, said so.", "Qorvath Search", "org-context-holding"],
    ["Investors bought shares in Zarvollo on Monday.", "Zarvollo", "org-context-holding"],
    [
      "A former executive at the London offices of Merrill Lynch lost her case.",
      "Merrill Lynch",
      "org-context-holding",
    ],
    ["The board rejected a bid for Qorvath last week.", "Qorvath", "org-context-holding"],
    ["Zarvollo chief executive Werner Seifert is frustrated.", "Zarvollo", "org-context-chief"],
    ["Qorvath chief Jean-Marc Theodore met her on Friday.", "Qorvath", "org-context-chief"],
  ])("%j: %s is an organisation", (text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["A spokesman for Tony Blair said no.", "Tony Blair"],
    ["Rebels set up a headquarters in Zarvollo, officials said.", "Zarvollo"],
    ["Blair chief of staff Jonathan Powell flew in.", "Blair"],
  ])("%j: %s is no organisation by this rule", (text, mention) => {
    expect(ruleOf(text, mention)).not.toMatch(/^org-context-(holding|chief)/);
  });
});
