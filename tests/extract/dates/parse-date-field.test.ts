import { describe, expect, it } from "vitest";
import { parseDateField } from "../../../src/extract/dates/parse-date-field.js";

describe("parseDateField", () => {
  it.each([
    ["2024-03-10", "2024-03-10", "day"],
    ["2024-03", "2024-03", "month"],
    ["2024", "2024", "year"],
    [2024, "2024", "year"],
    ["1998-02-13T14:26:00", "1998-02-13", "day"],
    ["1990-08-15T13:37", "1990-08-15", "day"],
    ["2024-03-10T23:30:00+09:00", "2024-03-10", "day"],
    ["19980108", "1998-01-08", "day"],
    [new Date(Date.UTC(2024, 2, 10)), "2024-03-10", "day"],
    ["March 10, 2024", "2024-03-10", "day"],
    ["10 March 2024", "2024-03-10", "day"],
    ["March 2024", "2024-03", "month"],
  ])("%s -> %s", (value, date, precision) => {
    expect(parseDateField(value)).toEqual({ ok: true, date: { date, precision, source: "front-matter" } });
  });

  it.each([["2024-02-30"], ["2024-13"], ["yesterday"], [""], [null], [true], [new Date("nope")], [3.5]])(
    "rejects %s",
    (value) => {
      const result = parseDateField(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/expected YYYY-MM-DD/);
    },
  );
});
