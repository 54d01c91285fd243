import type { ArticleView, EntityView, PublishedDate, SiteData, StoryView, ThreadView } from "../types.js";
import { withPrefix } from "./site-url.js";

// The machine-readable export (README, "Commands"): plain JSON arrays, every record with the URL of its
// page (path prefix applied) and each story with its articles' source paths, which tools such
// as the story scorer and the next build's id keeper (readPreviousStories) read back.
//
// Sized for large archives (issue 16): the three whole files are indexes that a tool reads at
// once, compact (no indentation), and the detail a reader of one record wants lives in shards:
//   data/stories.json           every story: id, URL, headline, dates (without the `evidence`
//                               of each), articles (with `path`), former ids, and `shard`, the URL of
//   data/stories/<yyyy-mm>.json the full records of the stories of one month (summary, timeline,
//                               related stories, scores, what each source adds that no other
//                               does, how each date was found); `undated.json` for stories
//                               without a month;
//   data/entities.json          every entity: id, name, kind, aliases, counts; `url` is null for
//                               an entity without a page of its own (named in fewer stories than
//                               `entityPages.minStories`), and `shard` the URL of
//   data/entities/<c>.json      the full records (story ids, seen with, topics, coverage by month)
//                               of the entities with a page whose id starts with the character `c`
//                               (a–z, 0–9, `_` for anything else); null for an entity without a
//                               page, whose index entry lists its `stories` instead (fewer than
//                               `minStories`; the lists of the entities with a page were a third
//                               of the index, issue 16).
//   data/topics.json            every topic, whole (a site has a few hundred at most), with its
//                               IPTC code: the shards name a topic by id and label only;
//   data/threads.json           every thread: id, URL, title and the ids of its stories, oldest
//                               first (each story's full record names its thread in `thread`).

/** A shard of the export: one output file and the records it holds. */
export interface DataShard<R> {
  /** Site-relative URL of the file (`/data/stories/2024-03.json`). */
  url: string;
  records: R[];
}

const json = (value: unknown): string => JSON.stringify(value);

/** The month shard of each story: the archive month it is listed under, else "undated". */
function storyShardUrls(site: SiteData): Map<string, string> {
  const byStory = new Map<string, string>();
  for (const month of site.archive)
    for (const card of month.stories) byStory.set(card.id, `/data/stories/${month.month}.json`);
  for (const story of site.stories) if (!byStory.has(story.id)) byStory.set(story.id, "/data/stories/undated.json");
  return byStory;
}

/** The file an entity's full record is in: by the first character of its id, so a few dozen files at most. */
export function entityShardUrl(id: string): string {
  const first = id.charAt(0).toLowerCase();
  return `/data/entities/${/^[a-z0-9]$/.test(first) ? first : "_"}.json`;
}

/** How a record writes a date: whole in a full record, `indexDate` in the index. */
type DateField = (published: PublishedDate) => Partial<PublishedDate>;
const whole: DateField = (published) => published;

/**
 * A date as the index gives it: what it is and how sure, without the `evidence` sentence that says
 * how it was found (a fifth of the index), which the story's full record keeps.
 */
function indexDate(published: PublishedDate): Omit<PublishedDate, "evidence"> {
  const { evidence: _evidence, ...date } = published;
  return date;
}

/**
 * The fields a story's index entry and its full record share, in the order both print them. The
 * index finds and cites a story; its summary, parties and topics are in its full record (and a
 * story's parties and topics in the entity shards and topics.json, which list each one's stories):
 * in the index too they were more than half its bytes (issue 16).
 */
function storyHeader(story: StoryView, prefix: string, date: DateField = whole) {
  return {
    id: story.id,
    url: withPrefix(story.url, prefix),
    headline: story.headline,
    published: date(story.published),
    firstPublished: story.firstPublished,
    lastPublished: story.lastPublished,
  };
}

/** One source of a story as both records list it. */
function sourceHeader(source: StoryView["sources"][number], prefix: string, date: DateField = whole) {
  return {
    id: source.articleId,
    path: source.path,
    url: withPrefix(source.url, prefix),
    title: source.title,
    outlet: source.outlet ?? null,
    published: date(source.published),
  };
}

function storyIndexRecord(story: StoryView, shard: string | undefined, prefix: string) {
  return {
    ...storyHeader(story, prefix, indexDate),
    articles: story.sources.map((source) => sourceHeader(source, prefix, indexDate)),
    formerIds: story.formerIds,
    shard: shard ? withPrefix(shard, prefix) : null,
  };
}

function storyFullRecord(story: StoryView, articlesById: ReadonlyMap<string, ArticleView>, prefix: string) {
  return {
    ...storyHeader(story, prefix),
    summary: story.summary,
    // The article each summary sentence came from (by id, as in `articles`).
    summarySources: story.summarySources,
    articles: story.sources.map((source) => ({
      ...sourceHeader(source, prefix),
      originalUrl: source.originalUrl ?? null,
      wordCount: articlesById.get(source.articleId)?.wordCount ?? null,
      // Provenance: the earliest article of the same wire text, whether it reported first, and
      // its sentences with facts no other source reports.
      copyOf: source.copyOf ?? null,
      first: source.first ?? false,
      adds: source.adds,
    })),
    parties: story.parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      score: p.score,
      url: p.url ? withPrefix(p.url, prefix) : null,
    })),
    // A topic as a reader sees it; its IPTC code is in topics.json (by id).
    topics: story.topics.map((t) => ({
      id: t.id,
      label: t.name,
      score: t.score,
      url: withPrefix(t.url, prefix),
    })),
    timeline: story.timeline,
    related: story.related.map((r) => ({
      id: r.id,
      headline: r.name,
      // No reason: what the two share is in both records (`parties`, `topics`).
      score: r.score,
      url: withPrefix(r.url, prefix),
    })),
    formerIds: story.formerIds,
    // The thread it is part of (data/threads.json), or null.
    thread: story.thread?.id ?? null,
  };
}

export function storiesExport(site: SiteData, prefix = "/"): string {
  const shards = storyShardUrls(site);
  return json(site.stories.map((story) => storyIndexRecord(story, shards.get(story.id), prefix)));
}

/** The month shards of the stories, oldest month first, then undated. */
export function storyShards(site: SiteData): DataShard<StoryView>[] {
  const shards = storyShardUrls(site);
  const byUrl = new Map<string, StoryView[]>();
  for (const story of site.stories) {
    const url = shards.get(story.id)!;
    const list = byUrl.get(url);
    if (list) list.push(story);
    else byUrl.set(url, [story]);
  }
  return [...byUrl].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([url, records]) => ({ url, records }));
}

export function storyShardExport(shard: DataShard<StoryView>, site: SiteData, prefix = "/"): string {
  const ids = new Set(shard.records.flatMap((s) => s.sources.map((source) => source.articleId)));
  const articlesById = new Map(site.articles.filter((a) => ids.has(a.id)).map((a) => [a.id, a]));
  return json(shard.records.map((story) => storyFullRecord(story, articlesById, prefix)));
}

export function entitiesExport(site: SiteData, prefix = "/"): string {
  return json(
    site.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      url: entity.url ? withPrefix(entity.url, prefix) : null,
      aliases: entity.aliases,
      articleCount: entity.articleCount,
      mentionCount: entity.mentionCount,
      // An entity with a page has its story ids in its shard, a tool's one more fetch.
      ...(entity.url ? {} : { stories: entity.stories.map((s) => s.id) }),
      shard: entity.url ? withPrefix(entityShardUrl(entity.id), prefix) : null,
    })),
  );
}

/** The shards of the entities with a page of their own, by the first character of the id. */
export function entityShards(site: SiteData): DataShard<EntityView>[] {
  const byUrl = new Map<string, EntityView[]>();
  for (const entity of site.entities) {
    if (!entity.url) continue;
    const url = entityShardUrl(entity.id);
    const list = byUrl.get(url);
    if (list) list.push(entity);
    else byUrl.set(url, [entity]);
  }
  return [...byUrl].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([url, records]) => ({ url, records }));
}

export function entityShardExport(shard: DataShard<EntityView>, prefix = "/"): string {
  return json(
    shard.records.map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      url: entity.url ? withPrefix(entity.url, prefix) : null,
      aliases: entity.aliases,
      articleCount: entity.articleCount,
      mentionCount: entity.mentionCount,
      stories: entity.stories.map((s) => s.id),
      // Another entity by id and name, as the page shows it; its kind and page are in entities.json.
      seenWith: entity.seenWith.map((e) => ({ id: e.id, name: e.name, count: e.count })),
      // A topic as a reader sees it; its IPTC code is in topics.json (by id).
      topics: entity.topics.map((t) => ({ id: t.id, label: t.name, count: t.count })),
      coverage: entity.coverage,
    })),
  );
}

export function topicsExport(site: SiteData, prefix = "/"): string {
  return json(
    site.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      iptc: topic.iptc,
      url: withPrefix(topic.url, prefix),
      parent: topic.parent ? { id: topic.parent.id, label: topic.parent.name, iptc: topic.parent.iptc } : null,
      children: topic.children.map((c) => ({ id: c.id, label: c.name, iptc: c.iptc, count: c.count })),
      stories: topic.stories.map((s) => s.id),
      parties: topic.parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, count: p.count })),
    })),
  );
}

export function threadsExport(threads: readonly ThreadView[], prefix = "/"): string {
  return json(
    threads.map((thread) => ({
      id: thread.id,
      url: withPrefix(thread.url, prefix),
      title: thread.title,
      stories: thread.stories.map((s) => s.id),
      formerIds: thread.formerIds,
    })),
  );
}
