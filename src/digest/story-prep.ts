import { oneShotHash } from "../one-shot-hash.js";
import type { ExtractedArticle } from "../types.js";
import { storyProvenance, type SourceProvenance } from "./story-provenance.js";
import { summaryCandidates, type PreparedSummary } from "./story-summary.js";

/**
 * What a story's view needs that depends on its own articles alone, and is the costly part to compute: its summary
 * candidates (sentences cleaned and counted, before any weighing against the site) and its sources' provenance.
 */
export interface StoryPrep {
  summary: PreparedSummary;
  provenance: [string, SourceProvenance][];
}

/** Where preps of earlier builds are kept, by `storyPrepKey` (the pipeline's `StoryCache`). */
export interface StoryPrepStore {
  get(key: string): StoryPrep | undefined;
  set(key: string, prep: StoryPrep): void;
}

/** A story's prep, computed from its articles (oldest first). */
export function prepareStory(articles: readonly ExtractedArticle[]): StoryPrep {
  return { summary: summaryCandidates(articles), provenance: [...storyProvenance(articles)] };
}

/**
 * Key of one story's prep: every field of its articles, in order, that the summary candidates and the provenance
 * read (the articles' ids included: the prep names them). An article's extraction key stands for its sentences and
 * events (what extraction made of the same input) where it has one: hashing them again was 120 MB of JSON per build
 * at 10,000 articles. Entities are keyed as they are, since resolution rewrites them.
 */
export function storyPrepKey(articles: readonly ExtractedArticle[]): string {
  const input = articles.map((a) => [
    a.id,
    a.title,
    a.titleSource ?? null,
    a.published,
    ...(a.extractionKey !== undefined ? [a.extractionKey] : [a.sentences, a.events.map((e) => [e.date, e.sentence])]),
    a.entities.map((e) => [e.id, e.kind, e.mentions.map((m) => m.text)]),
  ]);
  return oneShotHash("sha256", JSON.stringify(input), "hex");
}
