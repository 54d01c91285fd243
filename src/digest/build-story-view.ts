import { newestKey } from "../cluster/published-range.js";
import { narrowPublished } from "../extract/dates/infer-published.js";
import type { ExtractedArticle, PublishedDate, Story, StoryView } from "../types.js";
import { articleCitation } from "./article-view.js";
import type { MergedEntity } from "./entity-registry.js";
import { mergeStoryTopics, partyRefs, rankStoryParties, type RankedParties } from "./rank-story-parties.js";
import { storyUrl } from "./site-urls.js";
import { pickHeadline } from "./story-headline.js";
import { prepareStory, type StoryPrep } from "./story-prep.js";
import { summarizePrepared } from "./story-summary.js";
import { buildTimeline } from "./story-timeline.js";

/** The latest publication date among the articles (for ordering and cards). */
export function latestPublished(articles: readonly ExtractedArticle[]): PublishedDate {
  return articles.reduce(
    (best, a) => (newestKey(a.published) > newestKey(best) ? a.published : best),
    articles[0]!.published,
  );
}

/** A story's page view, without related stories (they need every story first). */
export function buildStoryView(
  story: Story,
  articles: readonly ExtractedArticle[],
  entities: ReadonlyMap<string, MergedEntity>,
  idf: (term: string) => number,
  /** The story's prep when a cache has it (`prepareStory` of these articles). */
  prep: StoryPrep = prepareStory(articles),
  /** Its parties, when the caller ranked them already (`rankStoryParties` of these articles). */
  ranked: RankedParties = rankStoryParties(articles, entities),
): StoryView {
  const first = articles[0]!;
  const latest = latestPublished(articles);
  // Articles of one event narrow each other's estimate; reports dated on different days do not
  // intersect, and the first report's date stands for the story.
  const published = narrowPublished(articles.map((a) => a.published)) ?? first.published;
  const summary = summarizePrepared(articles, prep.summary, idf);
  const provenance = new Map(prep.provenance);
  return {
    id: story.id,
    url: storyUrl(story.id),
    headline: pickHeadline(articles),
    summary: summary.map((s) => s.text),
    summarySources: summary.map((s) => s.articleId),
    published,
    firstPublished: first.published.date,
    lastPublished: latest.date,
    sources: articles.map((a) => ({
      articleId: a.id,
      ...articleCitation(a, story.id, articles.length === 1),
      ...(provenance.get(a.id) ?? { adds: [] }),
    })),
    timeline: buildTimeline(articles),
    parties: partyRefs(ranked, entities),
    topics: mergeStoryTopics(articles),
    related: [],
    formerIds: [...story.formerIds],
  };
}
