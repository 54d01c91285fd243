import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("market-index rule: a name before an index's noun", () => {
  it.each([
    ["The Dow Jones industrial average fell 31.44 points.", "Dow Jones"],
    ["In Tokyo, the key Nikkei average shed 156.65 points.", "Nikkei"],
    ["London's FTSE 100 index climbed to a record.", "FTSE"],
    ["The Nasdaq composite index rose.", "Nasdaq"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
    expect(ruleOf(text, mention)).toBe("market-index");
  });
  it.each([
    ["Dow Jones said the index was rebalanced.", "Dow Jones"],
    ["Shares in Nikkei rose on Friday.", "Nikkei"],
    ["Mr Kroslak's average was 45 runs.", "Kroslak"],
  ])("%j: %s is read by the other rules", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("market-index");
  });
});
