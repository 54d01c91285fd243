import { smoothIdf } from "../cluster/article-features.js";
import { BodyTerms } from "../cluster/body-terms.js";
import { newestKey } from "../cluster/published-range.js";
import type {
  ArchiveMonth,
  BuildReport,
  ExtractedArticle,
  SiteData,
  Story,
  StoryCard,
  StoryView,
  Thread,
} from "../types.js";
import { buildArticleView } from "./article-view.js";
import { buildStoryView, latestPublished } from "./build-story-view.js";
import { buildEntityViews } from "./entity-views.js";
import { mergeEntities, type MergedEntity } from "./entity-registry.js";
import { isFirstName, isLastName } from "../extract/entities/gazetteer.js";
import { relatedStories } from "./related-stories.js";
import { rankStoryParties, type RankedParties } from "./rank-story-parties.js";
import { prepareStory, storyPrepKey, type StoryPrep, type StoryPrepStore } from "./story-prep.js";
import { archiveUrl, storyUrl, threadUrl } from "./site-urls.js";
import { buildThreadViews } from "./thread-views.js";
import { monthOf, preferNarrowed, toStoryCard } from "./story-card.js";
import { buildTopicViews } from "./topic-views.js";

/**
 * Stories and articles -> everything the site renders: story pages, cards for lists, article
 * pages, entity and topic pages, the archive and redirects for retired story URLs. Pure: the
 * build time is passed in. `bodyTerms`: the build's body term counts, shared with the cluster stage.
 */
export function buildSiteData(
  articles: readonly ExtractedArticle[],
  stories: readonly Story[],
  report: BuildReport,
  generatedAt: string,
  bodyTerms: BodyTerms = new BodyTerms(),
  /**
   * Entities named in fewer stories get no page (the knowledge file's `entityPages`); the thread stage's threads;
   * where each story's prep is kept between builds (the pipeline's `StoryCache`: an unchanged story is not prepared
   * again).
   */
  {
    minStoriesForPage = 2,
    threads = [],
    storyCache,
  }: { minStoriesForPage?: number; threads?: readonly Thread[]; storyCache?: StoryPrepStore } = {},
): SiteData {
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const merged = mergeEntities([...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  // Each story's parties, ranked once: they decide which entities get a page, then the story cites them.
  const withMembers = stories
    .map((story) => {
      const members = story.articleIds
        .map((id) => articlesById.get(id))
        .filter((a): a is ExtractedArticle => a !== undefined);
      return { story, members, ranked: rankStoryParties(members, merged) };
    })
    .filter(({ members }) => members.length > 0);
  const entities = withPages(merged, withMembers, minStoriesForPage);

  // Document frequencies over the corpus weight summary words: what every article says is no news.
  const bodies = articles.map((a) => bodyTerms.countsOf(a));
  const df = new Int32Array(bodyTerms.size);
  for (const { ids } of bodies) for (const id of ids) df[id]!++;
  const documents = Math.max(1, articles.length);
  const idfOf = new Map<string, number>();
  const idf = (term: string): number => {
    let value = idfOf.get(term);
    if (value === undefined) {
      const id = bodyTerms.idIfKnown(term);
      // A word of no article's body (a headline's alone) counts as in one.
      value = smoothIdf(documents, (id !== undefined && id < df.length && df[id]) || 1);
      idfOf.set(term, value);
    }
    return value;
  };

  const built = withMembers
    .map(({ story, members, ranked }) => {
      const prep = storyCache ? cachedPrep(storyCache, members) : prepareStory(members);
      const view = buildStoryView(story, members, entities, idf, prep, ranked);
      const latest = latestPublished(members);
      // The date its card shows (the story's narrowed estimate where the article's is vaguer),
      // which files it under a month of every list: sorted by another, a story filed under
      // "November 2016" could sit after one under "2016", and November would be headed twice.
      return { story, members, view, latest, shown: newestKey(preferNarrowed(latest, view.published)) };
    })
    // Newest first: by the date the card shows, then id for a stable order.
    .sort((a, b) => b.shown - a.shown || (a.view.id < b.view.id ? -1 : 1));

  const related = relatedStories(built.map((b) => b.view));
  const unthreaded: StoryView[] = built.map((b) => ({ ...b.view, related: related.get(b.view.id) ?? [] }));
  const cards: StoryCard[] = unthreaded.map((v, i) => toStoryCard(v, built[i]!.latest));
  const threadViews = buildThreadViews(threads, unthreaded, cards);
  const views: StoryView[] = unthreaded.map((v) => {
    const place = threadViews.placeOf.get(v.id);
    return place ? { ...v, thread: place } : v;
  });
  const withCards = built.map((b, i) => ({ ...b, view: views[i]!, card: cards[i]! }));

  const storyOfArticle = new Map<string, string>();
  const soleSources = new Set<string>();
  const storyPublished = new Map<string, StoryView["published"]>();
  for (const b of built) {
    if (b.members.length === 1) soleSources.add(b.members[0]!.id);
    for (const a of b.members) {
      storyOfArticle.set(a.id, b.view.id);
      storyPublished.set(a.id, b.view.published);
    }
  }
  const articleViews = [...articles]
    .filter((a) => storyOfArticle.has(a.id))
    .sort((a, b) => newestKey(b.published) - newestKey(a.published) || (a.id < b.id ? -1 : 1))
    .map((a) => buildArticleView(a, storyOfArticle.get(a.id)!, soleSources.has(a.id), entities));

  const entityViews = buildEntityViews(
    entities,
    articlesById,
    withCards.map((b) => ({
      card: b.card,
      // Parties first (most prominent first), then every other entity its articles name.
      entityIds: [
        ...new Set([...b.view.parties.map((p) => p.id), ...b.members.flatMap((a) => a.entities.map((e) => e.id))]),
      ],
    })),
    (article) => {
      const story = storyPublished.get(article.id);
      return story ? preferNarrowed(article.published, story) : article.published;
    },
  );
  const topicViews = buildTopicViews(withCards.map((b) => ({ view: b.view, card: b.card, articles: b.members })));

  const months = new Map<string, StoryCard[]>();
  for (const card of cards) {
    const month = monthOf(card.date);
    if (!month) continue;
    const list = months.get(month);
    if (list) list.push(card);
    else months.set(month, [card]);
  }
  const archive: ArchiveMonth[] = [...months]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .map(([month, list]) => ({ month, url: archiveUrl(month), stories: list }));

  return {
    generatedAt,
    stories: views,
    storyCards: cards,
    articles: articleViews,
    entities: entityViews,
    topics: topicViews,
    archive,
    threads: threadViews.views,
    redirects: [
      ...views.flatMap((v) => v.formerIds.map((from) => ({ from: storyUrl(from), to: v.url }))),
      ...threadViews.views.flatMap((t) => t.formerIds.map((from) => ({ from: threadUrl(from), to: t.url }))),
    ],
    report,
  };
}

/** The story's prep from the store, or computed and stored. */
function cachedPrep(store: StoryPrepStore, members: readonly ExtractedArticle[]): StoryPrep {
  const key = storyPrepKey(members);
  const known = store.get(key);
  if (known) return known;
  const prep = prepareStory(members);
  store.set(key, prep);
  return prep;
}

/**
 * People named by a given name alone ("John", "Kim", "Sandra") where the archive names people
 * with that given name in full: the lone name is a short form that stands for one of them in one
 * article and another elsewhere, and its page would gather strangers. A given name no full name
 * of the archive opens keeps its page: a person known by one name ("Madonna"). On BBC dev: 5
 * pages, all of them given names of several people.
 *
 * The same goes for a given name read as a place where the archive names two or more people in
 * full with it: the gazetteer lists "David" (a town in Panama) and "George" (one in South Africa),
 * and a report's "David has decided" with no David named in full in it stayed a place. BBC dev's
 * Places listed "David" among its first thirty. A place no two people of the archive share their
 * given name with keeps its page ("Adelaide", "Bradford").
 */
function givenNamesAlone(entities: ReadonlyMap<string, MergedEntity>): Set<string> {
  const opening = new Map<string, number>();
  for (const e of entities.values()) {
    const words = e.name.toLowerCase().split(/\s+/);
    if (e.kind === "person" && words.length >= 2) opening.set(words[0]!, (opening.get(words[0]!) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const e of entities.values()) {
    const word = e.name.toLowerCase();
    if (/\s/.test(word) || !isFirstName(word) || isLastName(word)) continue;
    const people = opening.get(word) ?? 0;
    if ((e.kind === "person" && people >= 1) || (e.kind === "place" && people >= 2)) out.add(e.id);
  }
  return out;
}

/**
 * Keeps the page URL of the entities named in at least `minStories` stories and drops it from
 * the others, which every view then shows as plain text (see `EntityRef.url`). A story names
 * its parties, the ten names its articles are most about (rankStoryParties), and an outlet it
 * cites; a name it mentions in passing (a quoted minister's constituency, a venue) counts only
 * for an entity mentioned by twice as many stories: a player in every team sheet, an actor in
 * every list of nominees. On BBC dev, counting every mention gave 1,815 pages, 875 of them for
 * two passing mentions (a third of the site's bytes were entity pages and feeds, issue 16);
 * counting parties, 1,057; with the often mentioned, 1,174.
 */
function withPages(
  entities: Map<string, MergedEntity>,
  stories: readonly { members: readonly ExtractedArticle[]; ranked: RankedParties }[],
  minStories: number,
): Map<string, MergedEntity> {
  if (minStories <= 1) return entities;
  const partyOf = new Map<string, number>();
  const namedBy = new Map<string, number>();
  const count = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const { members, ranked } of stories) {
    const parties = new Set(ranked.map(([id]) => id));
    const named = new Set(members.flatMap((article) => article.entities.map((e) => e.id)));
    for (const id of named) {
      count(namedBy, id);
      if (parties.has(id) || entities.get(id)?.kind === "outlet") count(partyOf, id);
    }
  }
  const shortForms = givenNamesAlone(entities);
  const hasPage = (id: string) =>
    !shortForms.has(id) && ((partyOf.get(id) ?? 0) >= minStories || (namedBy.get(id) ?? 0) >= 2 * minStories);
  const out = new Map<string, MergedEntity>();
  for (const [id, entity] of entities) {
    if (hasPage(id)) out.set(id, entity);
    else {
      const { url: _url, ...rest } = entity;
      out.set(id, rest);
    }
  }
  return out;
}
