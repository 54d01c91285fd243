// `digest serve` readies the extractors while idle after its first build (warmExtractors): on a
// made-up report that takes every extractor's path, and without ever failing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { WARM_UP_ARTICLE, warmExtractors } from "../../src/pipeline/extract-articles.js";

afterEach(() => {
  vi.doUnmock("../../src/extract/extract-article.js");
  vi.resetModules();
});

describe("warmExtractors", () => {
  it("runs the extractors on a report with a dated event, people, places and organizations", async () => {
    const extracted = extractArticle(WARM_UP_ARTICLE);
    const kinds = new Set(extracted.entities.map((e) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(["person", "organization", "place"]));
    expect(extracted.events.map((e) => e.date)).toContain("2025-03-04");
    expect(extracted.topics.length).toBeGreaterThan(0);

    vi.resetModules();
    const extract = vi.fn();
    vi.doMock("../../src/extract/extract-article.js", () => ({ extractArticle: extract }));
    const fresh = await import("../../src/pipeline/extract-articles.js");
    await fresh.warmExtractors();
    expect(extract).toHaveBeenCalledExactlyOnceWith(fresh.WARM_UP_ARTICLE);
  });

  it("never fails: an extractor that throws is the build's to report", async () => {
    vi.resetModules();
    vi.doMock("../../src/extract/extract-article.js", () => ({
      extractArticle: () => {
        throw new Error("broken");
      },
    }));
    const fresh = await import("../../src/pipeline/extract-articles.js");
    await expect(fresh.warmExtractors()).resolves.toBeUndefined();
    await expect(warmExtractors()).resolves.toBeUndefined();
  });
});
