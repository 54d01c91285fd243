import { describe, expect, it } from "vitest";
import { feedTimestamp, formatPartialDate, formatPublished, machineDate } from "../../src/site/format-date.js";

describe("formatPartialDate", () => {
  it.each([
    ["2024", "2024"],
    ["2024-03", "March 2024"],
    ["2024-04-10", "10 April 2024"],
    ["2023-12-01", "1 December 2023"],
    ["2024-04-01T12:00:00.000Z", "1 April 2024"],
  ])("%s -> %s", (input, expected) => expect(formatPartialDate(input)).toBe(expected));

  it.each([
    ["", ""],
    [undefined, ""],
    ["2024-13", "2024"],
    ["last week", "last week"],
  ])("does not invent a date for %s", (input, expected) => expect(formatPartialDate(input)).toBe(expected));
});

describe("formatPublished", () => {
  it("labels dates inferred from the text as estimates", () => {
    expect(formatPublished({ date: "2024-03", precision: "month", source: "text" })).toBe(
      "March 2024 (estimated from the text)",
    );
  });
  it("shows stated dates plainly", () => {
    expect(formatPublished({ date: "2024-03-12", precision: "day", source: "front-matter" })).toBe("12 March 2024");
    expect(formatPublished({ date: "2024-03-12", precision: "day", source: "filename" })).toBe("12 March 2024");
  });
  it("says when nothing is known", () => {
    expect(formatPublished({ date: "", precision: "year", source: "unknown" })).toBe("Date unknown");
    expect(formatPublished(undefined)).toBe("Date unknown");
  });
});

describe("machine dates", () => {
  it.each([
    ["2024", "2024"],
    ["2024-03", "2024-03"],
    ["2024-03-10", "2024-03-10"],
    ["soon", ""],
  ])("datetime of %s is %s", (input, expected) => expect(machineDate(input)).toBe(expected));
  it("stands a partial date for its first day in feeds", () => {
    expect(feedTimestamp("2024-03", "x")).toBe("2024-03-01T00:00:00Z");
    expect(feedTimestamp("2024", "x")).toBe("2024-01-01T00:00:00Z");
    expect(feedTimestamp("", "2024-04-01T12:00:00.000Z")).toBe("2024-04-01T12:00:00.000Z");
  });
});
