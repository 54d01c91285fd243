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

describe("faith-phrase rule: a faith's adjective before a noun", () => {
  it.each([
    ["He heads the largest Roman Catholic archdiocese.", "Roman Catholic"],
    ["Delegates of the Southern Baptist convention met in June.", "Southern Baptist"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
    expect(ruleOf(text, mention)).toBe("faith-phrase");
  });
  it.each([
    ["Mark Christian said the deal was done.", "Mark Christian"],
    ["Roman Catholic said the deal was done.", "Roman Catholic"],
    ["A Nation of Islam leader spoke.", "Nation of Islam"],
  ])("%j: %s is left to the other rules", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("faith-phrase");
  });
});
