import type { ArticleView, EntityView, SiteData, StoryCard, StoryView, ThreadView, TopicView } from "../types.js";
import { feedTimestamp } from "./format-date.js";
import { ENTITY_KINDS, kindOrder, type EntityKindInfo } from "../entity-kinds.js";
import { UNDATED_URL, undatedEntries, type UndatedEntry } from "./pages/undated-page.js";

/**
 * Cards per list page, entities per index page, entries per feed. Fifty cards: a reader scans
 * headlines, and each numbered page costs a folder and a page shell; at 20 a card the numbered
 * pages of the BBC dev archive were 2.6 MB (issue 16; 1.1 MB less at 50).
 */
export const PAGE_SIZE = { stories: 50, entities: 120, feed: 20 } as const;

/** One page of a long list. */
export interface ListPage<T> {
  /** Site-relative URL of this page (`/topics/x/`, `/topics/x/page/2/`). */
  url: string;
  /**
   * 1-based page number; absent on a chronological list's first URL, which shows the newest
   * stories and has no fixed number. No total page count: it would change every page of the
   * list whenever the list grows.
   */
  number?: number;
  items: T[];
  /** Site-relative URLs of the neighbours. */
  previous?: string;
  next?: string;
}

/** A feed source with a JSON Feed (the site's latest stories). */
export type JsonFeedSource = FeedSource & { jsonUrl: string };
export const hasJsonFeed = (feed: FeedSource): feed is JsonFeedSource => feed.jsonUrl !== undefined;

export interface FeedSource {
  /** Feed title. */
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  atomUrl: string;
  /**
   * The JSON Feed, for the site's latest stories only. A topic or entity has its Atom feed alone:
   * every feed reader takes Atom, and a second copy of each of thousands of feeds was a twentieth
   * of a large archive's bytes (issue 16).
   */
  jsonUrl?: string;
  /**
   * Whether entries list their story's topics as categories: the site's feed does, for readers
   * that sort by category; a topic's or entity's feed is itself about one subject.
   */
  categories: boolean;
  cards: StoryCard[];
  /**
   * The build's day (midnight UTC), for entries without a date and an empty feed's `updated`; "" when every
   * entry has a date, so a feed whose stories did not change is unchanged between builds.
   */
  fallbackTime: string;
}

/** An entity in an index list: its page, name and count, nothing more. */
export interface EntityEntry {
  url: string;
  name: string;
  articleCount: number;
}

/** An entity kind's index: where it is and how many there are. */
export interface EntityKindIndex extends EntityKindInfo {
  url: string;
  total: number;
}

export interface EntityKindGroup extends EntityKindIndex {
  /** The most covered few, for the overview page. */
  top: EntityEntry[];
}

/** A topic in the topics index tree. */
export interface TopicNode {
  url: string;
  label: string;
  storyCount: number;
  children: TopicNode[];
}

/** An entity with a page of its own (see `EntityRef.url`); the others are in the data export only. */
export type PagedEntity = EntityView & { url: string };
export const hasPage = (entity: EntityView): entity is PagedEntity => entity.url !== undefined;
/** An entity page's record: the entity without its story list (the page shows one slice of it). */
export type EntityHeader = Omit<PagedEntity, "stories">;
/**
 * A story page's record: the story without the ranking scores of its parties, topics and related
 * stories. The page does not show them, and they shift a little on every story whenever any story
 * is added, which would make every story page render again (the data export keeps them).
 */
export type StoryRecord = Omit<StoryView, "parties" | "topics" | "related"> & {
  parties: Omit<StoryView["parties"][number], "score">[];
  topics: Omit<StoryView["topics"][number], "score">[];
  related: Omit<StoryView["related"][number], "score">[];
  /** The story's only source, whose text the story page holds (it has no page of its own). */
  soleArticle?: ArticleView;
};
/** A topic page's record: the topic without its story list. */
export type TopicHeader = Omit<TopicView, "stories">;
/**
 * What a numbered (older) page of an entity or topic shows about it: no counts, chart or side
 * lists, which change with every new story, so an older page stays the same as the list grows.
 */
export type EntityTitle = Pick<PagedEntity, "id" | "url" | "name" | "kind">;
export type TopicTitle = Pick<TopicView, "id" | "url" | "label" | "iptc" | "definition" | "parent">;

/**
 * The pages the templates paginate over with `size: 1`: long lists cut into pages, feeds,
 * sitemap. Each record holds everything its page shows and nothing else (an entity page's
 * record has the entity without its full story list), so a page's record changes exactly when
 * the page would; the incremental build compares records to decide what to render again.
 */
export interface SitePages {
  home: ListPage<StoryCard>[];
  stories: StoryRecord[];
  articles: ArticleView[];
  /** The first URL has the full header; numbered pages only the title (see `EntityTitle`). */
  topics: (ListPage<StoryCard> & { topic: TopicHeader | TopicTitle })[];
  entities: (ListPage<StoryCard> & { entity: EntityHeader | EntityTitle; kindInfo: EntityKindInfo })[];
  archive: (ListPage<StoryCard> & { month: string })[];
  /** Articles with no known date, listed beside the archive's months (none when every article has a date). */
  undated: ListPage<UndatedEntry>[];
  entityKinds: EntityKindGroup[];
  entityKindPages: (ListPage<EntityEntry> & { kindInfo: EntityKindIndex })[];
  redirects: SiteData["redirects"];
  threads: ThreadView[];
  /** The IPTC hierarchy of the topics on this site, for the topics index. */
  topicTree: TopicNode[];
  feeds: FeedSource[];
}

/**
 * Cuts a newest-first list into pages counted from the OLDEST item, so page URLs are stable and
 * citable and adding a story re-renders (and re-indexes for search) only a page or two instead
 * of every page of the list. With n items and size s, page k (1 <= k < ceil(n/s)) holds items
 * [(k-1)s, ks) in oldest-first order, shown newest-first; once written it never changes, except
 * the newest numbered page's "Newer" link when a newer numbered page appears. The list's first
 * URL shows the newest s items: the partially filled (or just filled) newest page topped up from
 * the full page before it. That page has no number of its own until a newer item arrives, so no
 * page duplicates the first URL. Adding an item thus changes the first URL and, once every s
 * items, adds one numbered page and relinks the previous newest one.
 */
export function paginate<T>(newestFirst: readonly T[], baseUrl: string, size: number): ListPage<T>[] {
  const numbered = Math.max(0, Math.ceil(newestFirst.length / size) - 1);
  const urlOf = (n: number) => `${baseUrl}page/${n}/`;
  const oldestFirst = [...newestFirst].reverse();
  const first: ListPage<T> = {
    url: baseUrl,
    items: newestFirst.slice(0, size),
    ...(numbered > 0 ? { next: urlOf(numbered) } : {}),
  };
  const older = Array.from({ length: numbered }, (_, i): ListPage<T> => {
    const number = i + 1;
    return {
      url: urlOf(number),
      number,
      items: oldestFirst.slice(i * size, number * size).reverse(),
      // In reading order the newer page comes before: rel="prev" points to it.
      previous: number < numbered ? urlOf(number + 1) : baseUrl,
      ...(number > 1 ? { next: urlOf(number - 1) } : {}),
    };
  });
  return [first, ...older.reverse()];
}

/**
 * Pagination for a ranked list (entities by coverage), counted from the top: its order changes
 * as counts change, so stable page contents are not possible and page 1 is simply the top.
 */
export function paginateRanked<T>(items: readonly T[], baseUrl: string, size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? baseUrl : `${baseUrl}page/${n}/`);
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      url: urlOf(number),
      number,
      items: items.slice(i * size, number * size),
      ...(number > 1 ? { previous: urlOf(number - 1) } : {}),
      ...(number < count ? { next: urlOf(number + 1) } : {}),
    };
  });
}

/**
 * Cuts the digest's lists into pages (presentation only: no ordering or ranking happens here,
 * the digest stage has done that). Every template then paginates one of these with `size: 1`.
 */
export function buildSitePages(site: SiteData): SitePages {
  const size = PAGE_SIZE.stories;
  // Entities without a page have no list entry, page or feeds: only their record in data/.
  const paged = site.entities.filter(hasPage);
  const byKind = new Map<string, PagedEntity[]>();
  for (const entity of paged) {
    const list = byKind.get(entity.kind) ?? [];
    list.push(entity);
    byKind.set(entity.kind, list);
  }
  const entityKinds: EntityKindGroup[] = ENTITY_KINDS.flatMap((info: EntityKindInfo) => {
    const list = byKind.get(info.kind);
    if (!list?.length) return [];
    return [{ ...info, url: `/${info.slug}/`, total: list.length, top: list.slice(0, 12).map(entityEntry) }];
  });
  // The build's day, not its instant: every other date of a feed is a day, and a feed with an
  // undated entry then stays byte for byte the same through the day's rebuilds (only the pages a
  // change touches are written again).
  const buildDay = `${site.generatedAt.slice(0, 10)}T00:00:00Z`;
  // The site's feed: Atom and JSON Feed, with categories; a topic's or entity's: Atom alone, without.
  const feedOf = (title: string, pageUrl: string, cards: readonly StoryCard[], wholeSite = false): FeedSource => {
    const shown = cards.slice(0, PAGE_SIZE.feed);
    const undated = shown.length === 0 || shown.some((card) => feedTimestamp(card.date?.date, "") === "");
    return {
      title,
      pageUrl,
      atomUrl: `${pageUrl}feed.xml`,
      ...(wholeSite ? { jsonUrl: `${pageUrl}feed.json` } : {}),
      categories: wholeSite,
      cards: shown,
      fallbackTime: undated ? buildDay : "",
    };
  };

  const cardById = new Map(site.storyCards.map((c) => [c.id, c]));
  const homeless = new Map(site.articles.filter((a) => !a.ownPage).map((a) => [a.storyId, a]));
  const pages: SitePages = {
    home: paginate(site.storyCards, "/", size),
    stories: site.stories.map((story) => storyRecord(story, homeless)),
    articles: site.articles.filter((article) => article.ownPage),
    topics: site.topics.flatMap((full) => {
      const { stories, ...topic } = full;
      const title: TopicTitle = {
        id: topic.id,
        url: topic.url,
        label: topic.label,
        iptc: topic.iptc,
        ...(topic.definition ? { definition: topic.definition } : {}),
        ...(topic.parent ? { parent: topic.parent } : {}),
      };
      return paginate(stories, topic.url, size).map((page) => ({
        ...page,
        topic: page.number === undefined ? topic : title,
      }));
    }),
    entities: paged.flatMap((full) => {
      const { stories, ...entity } = full;
      const kindInfo = ENTITY_KINDS[kindOrder(entity.kind)]!;
      const title: EntityTitle = { id: entity.id, url: entity.url, name: entity.name, kind: entity.kind };
      return paginate(stories, entity.url, size).map((page) => ({
        ...page,
        entity: page.number === undefined ? entity : title,
        kindInfo,
      }));
    }),
    archive: site.archive.flatMap((month) =>
      paginate(month.stories, month.url, size).map((page) => ({ ...page, month: month.month })),
    ),
    undated: undatedPages(site, size),
    entityKinds,
    entityKindPages: entityKinds.flatMap(({ top: _top, ...group }) =>
      paginateRanked((byKind.get(group.kind) ?? []).map(entityEntry), group.url, PAGE_SIZE.entities).map((page) => ({
        ...page,
        kindInfo: group,
      })),
    ),
    redirects: site.redirects,
    threads: site.threads,
    topicTree: topicTree(site.topics),
    feeds: [
      feedOf("Latest stories", "/", site.storyCards, true),
      ...site.topics.map((t) => feedOf(t.label, t.url, t.stories)),
      ...paged.map((e) => feedOf(e.name, e.url, e.stories)),
      ...site.threads.map((t) => feedOf(t.title, t.url, threadCards(t, cardById))),
    ],
  };
  return pages;
}

/** A thread's stories as a feed lists them: newest first. */
function threadCards(thread: ThreadView, cardById: ReadonlyMap<string, StoryCard>): StoryCard[] {
  return thread.stories.flatMap((s) => cardById.get(s.id) ?? []).reverse();
}

/** The Undated list's pages; no page at all when every article has a date. */
function undatedPages(site: SiteData, size: number): ListPage<UndatedEntry>[] {
  const entries = undatedEntries(site);
  return entries.length > 0 ? paginate(entries, UNDATED_URL, size) : [];
}

/** Roots are topics whose parent is not on this site; children keep the digest's order. */
function topicTree(topics: readonly TopicView[]): TopicNode[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const node = (topic: TopicView): TopicNode => {
    seen.add(topic.id);
    const children = topic.children.flatMap((c) => {
      const child = byId.get(c.id);
      return child && !seen.has(child.id) ? [node(child)] : [];
    });
    return { url: topic.url, label: topic.label, storyCount: topic.stories.length, children };
  };
  return topics.filter((t) => !t.parent || !byId.has(t.parent.id)).map(node);
}

function entityEntry(entity: PagedEntity): EntityEntry {
  return { url: entity.url, name: entity.name, articleCount: entity.articleCount };
}

/** `soleArticles`: the articles without a page of their own, by story id. */
function storyRecord(story: StoryView, soleArticles: ReadonlyMap<string, ArticleView>): StoryRecord {
  const unscored = <T extends { score: number }>({ score: _score, ...rest }: T): Omit<T, "score"> => rest;
  const soleArticle = soleArticles.get(story.id);
  return {
    ...story,
    parties: story.parties.map(unscored),
    topics: story.topics.map(unscored),
    related: story.related.map(unscored),
    ...(soleArticle ? { soleArticle } : {}),
  };
}
