import type { Extraction } from "../../src/cache/extraction-cache.js";

/** A cached extraction of the one-sentence body "One.", told apart by its word count. */
export const extraction = (wordCount: number): Extraction => ({
  published: { date: "2024-03-10", precision: "day", source: "front-matter" },
  entities: [],
  events: [],
  topics: [],
  sentences: ["One."],
  wordCount,
});
