import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("event-context rule: a name before a sport's words and a contest's noun", () => {
  it.each([
    ["Results in the Trofej Beograd 96 international basketball tournament on Saturday.", "Trofej Beograd"],
    ["Romania beat Lithuania in their European Under-21 soccer match on Friday.", "European Under-21"],
    ["Hosts won the Memorial Kovac youth football championship.", "Memorial Kovac"],
  ])("%j: %s is an event", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("event");
  });
  it.each([
    ["Tomas Kroslak won the match in three sets.", "Tomas Kroslak"],
    ["Tomas Kroslak match fees were paid.", "Tomas Kroslak"],
    ["Tomas Kroslak's soccer match was cancelled.", "Tomas Kroslak"],
  ])("%j: %s is not an event", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("event-context");
  });
});
