import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inferPublished, narrowPublished } from "../../../src/extract/dates/infer-published.js";

const sample = (name: string): string => readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), "utf8");

describe("inferPublished", () => {
  it("000: after the March 10 report, before the April 10 summit (hand-checked)", () => {
    const p = inferPublished(sample("000_1544b0afc51780d7.txt"));
    expect(p).toMatchObject({ date: "2024-03", precision: "month", source: "text", earliest: "2024-03-10", latest: "2024-04-09" });
    expect(p.evidence).toContain('"March 10"');
    expect(p.evidence).toContain('"April 10"');
  });

  it("002: last December and the end of 2023 are past, the April 10 summit ahead -> 2024 (hand-checked)", () => {
    const p = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(p).toMatchObject({ date: "2024", precision: "year", source: "text", earliest: "2024-01-01", latest: "2024-04-09" });
  });

  it.each([
    ["The minister said on May 3, 2021 that talks will resume on May 4, 2021.", "2021-05-03"],
    ["Officials met on June 1, 2022. They will meet again on June 2, 2022.", "2022-06-01"],
  ])("narrows to one day when the text pins it: %s", (body, date) => {
    expect(inferPublished(body)).toMatchObject({ date, precision: "day", source: "text" });
  });

  it.each([
    ["The minister resigned on Friday."],
    ["Talks will resume on April 10."],
    [""],
  ])("says unknown without a stated year: %s", (body) => {
    expect(inferPublished(body).source).toBe("unknown");
  });

  it("says unknown when a stated year leaves more than a year open", () => {
    expect(inferPublished("The law was passed in 2019.").source).toBe("unknown");
  });
});

describe("narrowPublished", () => {
  it("intersects the two samples' ranges to March 2024", () => {
    const a = inferPublished(sample("000_1544b0afc51780d7.txt"));
    const b = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(narrowPublished([a, b])).toMatchObject({ date: "2024-03", precision: "month", earliest: "2024-03-10", latest: "2024-04-09" });
  });

  it("uses a front-matter day as a one-day range", () => {
    const a = inferPublished(sample("002_3e46861d0261ddd1.txt"));
    expect(narrowPublished([a, { date: "2024-02-20", precision: "day", source: "front-matter" }])).toMatchObject({ date: "2024-02-20", precision: "day" });
  });

  it.each([
    [[]],
    [[{ date: "", precision: "year" as const, source: "unknown" as const }]],
    [[{ date: "2023", precision: "year" as const, source: "front-matter" as const }, { date: "2024-01", precision: "month" as const, source: "front-matter" as const }]],
  ])("returns undefined for no range or disjoint ranges (%#)", (estimates) => {
    expect(narrowPublished(estimates)).toBeUndefined();
  });
});
