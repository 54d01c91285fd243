import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("side-cue rule: teams and parties by what they have", () => {
  it.each([
    ["The Chelsea striker was injured.", "Chelsea", "organization"],
    ["He said Everton fans were delighted.", "Everton", "organization"],
    ["He insisted that Chelsea have not broken any rules.", "Chelsea", "organization"],
    ["Critics say Napoli are in trouble.", "Napoli", "organization"],
    ["The club said Chelsea's manager was fined.", "Chelsea", "organization"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["A spokesman for Tony Blair's office said Tony Blair's spokesman was away.", "Tony Blair", "person"],
    ["He said Smith and Jones are friends.", "Jones", "person"],
    ["We think Gordon Brown has a plan.", "Gordon Brown", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});
