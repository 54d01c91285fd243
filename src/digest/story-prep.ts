import type { ExtractedArticle } from "../types.js";
import type { StoryPrep } from "./story-cache.js";
import { storyProvenance } from "./story-provenance.js";
import { summaryCandidates } from "./story-summary.js";

/** A story's prep (see `StoryPrep`), computed from its articles (oldest first). */
export function prepareStory(articles: readonly ExtractedArticle[]): StoryPrep {
  return { summary: summaryCandidates(articles), provenance: [...storyProvenance(articles)] };
}
