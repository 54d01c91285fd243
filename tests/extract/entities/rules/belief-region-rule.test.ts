import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("belief-region rule: faiths and region adjectives are no entity", () => {
  it.each([
    ["The Muslim community met in Swansea on Friday.", "Muslim"],
    ["The film accused Islam of promoting violence.", "Islam"],
    ["UK Muslims should accept the searches, she said.", "UK Muslims"],
    ["The maker cut North American production by 10%.", "North American"],
    ["Mandelson is now a European Commissioner.", "European"],
    ["Sikhs gathered outside the theatre.", "Sikhs"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("belief-region");
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["Officials in Europe said the talks went well.", "Europe", "place"],
    ["The firm's North America arm grew.", "North America", "place"],
    ["South African Airways cut fares.", "South African Airways", "organization"],
    ["Christian Bale said he would stay.", "Christian Bale", "person"],
    ["Qorvan Duncan said he would stay.", "Qorvan Duncan", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});
