import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("fallback rule", () => {
  it.each([
    ["Officials said Juan Antonio Samaranch would stay.", "Juan Antonio Samaranch", "person"],
    ["The talks were led by Boris Tadic.", "Boris Tadic", "person"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["Nominees include Million Dollar Baby and others.", "Million Dollar Baby"],
    ["He loved Grand Designs as a boy.", "Grand Designs"],
  ])("%j: %s is no person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("person");
  });
});

describe("fallback rule: a plural common noun after a place or ordinary words is a body", () => {
  it.each([
    ["Markets fell after a strong Chicago Purchasing Managers report.", "Chicago Purchasing Managers"],
    ["The Toronto Bond Traders met on Friday.", "Toronto Bond Traders"],
    ["Leeds Rhinos were beaten again.", "Leeds Rhinos"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
    expect(ruleOf(text, mention)).toBe("fallback-body");
  });
  it.each([
    ["Officials said Keanu Reeves would stay.", "Keanu Reeves"],
    ["The talks were led by K Maggs.", "K Maggs"],
    ["Officials said Trevin Skeens would stay.", "Trevin Skeens"],
  ])("%j: %s stays a person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("person");
  });
  it("not after a two-letter word opening a question", () => {
    const text = "Media playback is not supported on this device Is Chicago Rhinos' curse finally over?";
    expect(ruleOf(text, "Is Chicago Rhinos")).not.toBe("fallback-body");
  });
});

describe("fallback rule: a compound opening with an ordinary word is no surname", () => {
  it.each([
    ["Thousands joined a Pro-Moscow rally.", "Pro-Moscow"],
    ["Baseball-Results of Korean games.", "Baseball-Results"],
    ["The Co-Premiers agreed on Tuesday.", "Co-Premiers"],
    ["Sales rose in the January-June period.", "January-June"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
    expect(ruleOf(text, mention)).toBe("fallback-compound");
  });
  it.each([
    ["Officials said Jay-Z would stay.", "Jay-Z"],
    ["Officials said Smith-Kroslak would stay.", "Smith-Kroslak"],
    ["Officials said Bin-Kroslak would stay.", "Bin-Kroslak"],
  ])("%j: %s stays a person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("person");
  });
});
