import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("layout rule: labels and headers of tables and forms", () => {
  it.each([
    ["Quarterly results.\nShr profit $0.22 profit $0.07\nAvg shrs 4,841 3,990\n", "Avg"],
    ["Weekly figures.\nNotes in circulation 27.35 +0.435\nGovt securities outstanding 463.73 +1.660 +10.436\n", "Govt"],
    ["Scorers: Dan Petrescu (65th).\nAttendence: 9,000\n", "Attendence"],
    ["Bond sale.\nYear Amount Coupon Yield Price Conc.\n1996 45,000\n1997 50,000\n", "Amount Coupon Yield Price Conc"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
    expect(ruleOf(text, mention)).toMatch(/^layout/);
  });
  it.each([
    ["Scorers: Dan Petrescu (65th).\nAttendence at the match was low.\n", "Attendence"],
    ["Bond sale.\nYear Amount Coupon Yield Price Conc.\nAll bonds were sold.\n", "Amount Coupon Yield Price Conc"],
    ["Batting.\nAtherton not out 45 12\n", "Atherton"],
    ["Market report.\nKroslak shares rose 4.5 percent to 3,990 on Friday.\n", "Kroslak"],
  ])("%j: %s is not read as a table's label", (text, mention) => {
    expect(ruleOf(text, mention) ?? "").not.toMatch(/^layout/);
  });
});
