import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveTitle, headlineFromLead } from "../../src/ingest/derive-title.js";

const sample = (name: string) => readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url), "utf8");

describe("deriveTitle", () => {
  it("takes a headline-like first line (sample 002)", () => {
    const title = deriveTitle(sample("002_3e46861d0261ddd1.txt"));
    expect(title).toMatchObject({
      title: "U.S., Japan in defense cooperation talks to help Ukraine - media",
      source: "first-line",
    });
  });

  it("cuts a short headline from the lead when the first line is a paragraph (sample 000)", () => {
    const { title, source, textStart } = deriveTitle(sample("000_1544b0afc51780d7.txt"));
    expect(source).toBe("lead");
    expect(textStart).toBe(0);
    expect(title).toBe("The leaders of Japan and the United States will meet in Washington");
  });

  it.each([
    ["A sentence that ends with a full stop is not a headline.\n\nMore text.", "lead"],
    ["Storm hits coast\n\nThe storm arrived at dawn.", "first-line"],
    ["# Markdown heading\nText follows.", "first-line"],
    ["Only one line without a break", "lead"],
  ])("%j -> %s", (body, source) => {
    expect(deriveTitle(body).source).toBe(source);
  });
});

describe("headlineFromLead", () => {
  it("keeps a short sentence whole, without the full stop", () => {
    expect(headlineFromLead("Parliament passed the budget on Tuesday.")).toBe(
      "Parliament passed the budget on Tuesday",
    );
  });

  it("drops attribution", () => {
    expect(headlineFromLead("Prices rose sharply in May, according to the statistics office.")).toBe(
      "Prices rose sharply in May",
    );
  });

  it("never returns the whole of a long first sentence", () => {
    const lead =
      "Officials from twelve countries gathered behind closed doors for three days of talks about fishing quotas " +
      "and the future of the northern waters near the coast.";
    const title = headlineFromLead(lead);
    expect(title.split(" ").length).toBeLessThanOrEqual(14);
    expect(lead.startsWith(title.replace(/…$/, ""))).toBe(true);
  });
});
