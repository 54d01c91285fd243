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

describe("thing rule: schemes and repealed laws, generic event names, leagues and tours", () => {
  it.each([
    ["Trump has pledged to overturn Obamacare after he takes office.", "Obamacare", "law"],
    ["Republicans voted to repeal Zorvacare in the spring.", "Zorvacare", "law"],
    ["Senators moved to repeal Qorvath Relief within a year.", "Qorvath Relief", "law"],
    ["He became the fourth 15-game winner in the American League.", "American League", "event"],
    ["She leads the Qorvath Tour money list.", "Qorvath Tour", "event"],
    ["Dundee sit third in the Qorvath Football League table.", "Qorvath Football League", "event"],
  ])("%j: %s is a %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["Verstappen overtook Raikkonen in the first lap of the Grand Prix.", "Grand Prix"],
    ["Massa has eleven Grand Prix wins, two of them at home.", "Grand Prix"],
  ])("%j: %s alone names no event", (text, mention) => {
    expect(entityOf(text, mention)).toBeUndefined();
  });
  it.each([
    ["Hamilton won the Brazilian Grand Prix in the rain.", "Brazilian Grand Prix", "event"],
    ["The Arab League met in Cairo on Sunday.", "Arab League", "organization"],
    ["The Qorvath Workers League held a rally.", "Qorvath Workers League", "organization"],
  ])("%j: %s stays a %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});
