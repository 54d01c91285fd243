import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("common-acronym rule", () => {
  it.each([
    ["He watched it on TV last night.", "TV"],
    ["Sales of PCs rose in the quarter.", "PCs"],
    ["Labour MPs voted against the bill.", "MPs"],
    ["The DVD sold a million copies.", "DVD"],
    ["Voters must carry an ID card.", "ID"],
    ["The firm's CEO resigned on Monday.", "CEO"],
    ["The country's GDP grew by 2%.", "GDP"],
    ["Many CEOs backed the plan.", "CEOs"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });
  it.each([
    ["Talks at the UN ended.", "UN", "organization"],
    ["It was shown by the BBC on Sunday.", "BBC", "outlet"],
    ["The NLD said its members were held.", "NLD", "organization"],
    ["Labour MPs voted against the bill.", "Labour", "organization"],
  ])("%j: %s stays an entity (%s)", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});

describe("common-acronym rule: an unknown acronym that is counted", () => {
  it.each([
    ["Gonzalez drove in 121 RBI last season.", "RBI"],
    ["Tartabull added two hits and three RBI as Chicago won.", "RBI"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });
  it.each([
    ["Two XQZ executives resigned.", "XQZ"],
    ["The 1996 XQZ report was late.", "XQZ"],
    ["The XQZ said its members were held.", "XQZ"],
  ])("%j: %s stays an entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeDefined();
  });
});
