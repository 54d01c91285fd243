import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("group-noun rule: groups of people are no entity", () => {
  it.each([
    ["Many Europeans say the plan will fail.", "Europeans"],
    ["Christians marched through the city on Sunday.", "Christians"],
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
  it("keeps a plural name that is not a people's (a team, say)", () => {
    expect(entityOf("The Titans said the coach would stay.", "Titans")).toBeDefined();
  });
});

describe("compound words joined to a lower-case word are no name", () => {
  it.each([
    ["The Oscar-nominated film opened on Friday.", "Oscar-nominated"],
    ["No-one said the plan would fail.", "No-one"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["Oscar-nominated Kate Winslet said the film was a joy.", "Kate Winslet", "person"],
    ["Mark Lewis-Francis said he would run.", "Mark Lewis-Francis", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});

describe("group-noun rule: members of a people or a faith are no entity (data/peoples.json)", () => {
  it.each([
    ["Bosnia's ruling Moslem nationalist party ended its boycott.", "Moslem"],
    ["Iraqi troops fought rival Kurds for the city.", "Kurds"],
    ["An Iraqi Kurd leader said both sides had withdrawn.", "Kurd"],
    ["Hutu refugees crossed the border on Monday.", "Hutu"],
    ["Thousands of Sikhs met in London to discuss the vote.", "Sikhs"],
    ["The Chechen said the talks had failed.", "Chechen"],
    ["A European said nothing.", "European"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });

  it.each([
    ["Lazio lost to Roma on Sunday.", "Roma"],
    ["Gordon Brown met Frank Lampard in London.", "Frank Lampard"],
    ["The Kurdistan Democratic Party said it had taken Arbil.", "Kurdistan Democratic Party"],
  ])("%j: %s stays an entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeDefined();
  });
});
