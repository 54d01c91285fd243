import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("thing rule: events and laws by their last word", () => {
  it.each([
    ["England lost the Ashes Test but won the Natwest Trophy in May.", "Natwest Trophy", "event"],
    ["He has banned exports since World War II.", "World War II", "event"],
    ["Ireland won the Triple Crown Championship on Saturday.", "Triple Crown Championship", "event"],
    ["The Prevention of Terrorism Act was passed.", "Prevention of Terrorism Act", "law"],
    ["Ministers signed the Lisbon Treaty in December.", "Lisbon Treaty", "law"],
    ["Both sides accepted the Ohrid Accord last year.", "Ohrid Accord", "law"],
    ["Fans flocked to the African Cup of Nations.", "African Cup of Nations", "event"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["Japan will send Patriot missiles to the U.S.", "Patriot"],
    ["The F-35A fighter jets need repair.", "F-35A"],
  ])("%j: %s is no entity", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });
  it.each([
    ["Kofi Annan spoke to the General Assembly.", "General Assembly", "organization"],
    ["The Bank of England raised rates.", "Bank of England", "organization"],
  ])("%j: %s keeps its kind (%s)", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});
