import { describe, expect, it } from "vitest";
import { tenseAt } from "../../../src/extract/dates/tense-at.js";

const at = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseAt(sentence, start, start + expression.length, 0, sentence.length);
};

describe("tenseAt", () => {
  it.each([
    ["The leaders will meet in Washington, D.C. on April 10 to talk.", "April 10", "future"],
    ["Allies are trying to reach agreements ahead of the summit on April 10.", "April 10", "future"],
    ["Officials cited by the outlet Yomiuri on March 10 said so.", "March 10", "past"],
    ["Japan agreed in December to send missiles.", "December", "past"],
    ["The State Department on Sunday issued a caution.", "Sunday", "past"],
    ["The company said Friday it would cut jobs.", "Friday", "past"],
  ])("%s", (sentence, expression, tense) => {
    expect(at(sentence, expression)).toBe(tense);
  });

  it.each([
    ["The dividend is payable Jan. 2 to holders.", "Jan. 2"],
    ["Talks on April 10 in Tokyo.", "April 10"],
    ["Blasts next to the embassies on Friday.", "Friday"],
  ])("no tense in %s", (sentence, expression) => {
    expect(at(sentence, expression)).toBeUndefined();
  });
});
