import type { SiteData } from "../types.js";
import {
  entitiesExport,
  entityShardExport,
  entityShards,
  storiesExport,
  storyShardExport,
  storyShards,
  threadsExport,
  topicsExport,
} from "./data-export.js";
import { jsonFeed } from "./json-feed.js";
import { aboutPage } from "./pages/about-page.js";
import { archiveMonthPage } from "./pages/archive-month-page.js";
import { articlePage } from "./pages/article-page.js";
import { atomFeed } from "./pages/atom-feed.js";
import { entityKindPage } from "./pages/entity-kind-page.js";
import { entityPage } from "./pages/entity-page.js";
import { homePage } from "./pages/home-page.js";
import { archiveIndexPage, entitiesIndexPage, topicsIndexPage } from "./pages/index-pages.js";
import { notFoundPage } from "./pages/not-found-page.js";
import type { PageContext } from "./pages/page-context.js";
import { redirectPage } from "./pages/redirect-page.js";
import { reportPage } from "./pages/report-page.js";
import { searchPage } from "./pages/search-page.js";
import { storyPage } from "./pages/story-page.js";
import { threadPage } from "./pages/thread-page.js";
import { topicPage } from "./pages/topic-page.js";
import { undatedEntries, undatedPage } from "./pages/undated-page.js";
import { robotsTxt, sitemapXml } from "./pages/sitemap-xml.js";
import { safePermalink } from "./site-url.js";
import { hasJsonFeed, type SitePages } from "./site-pages.js";
import { storyArticles } from "./page-failures.js";

/** One kind of output file: which records it is made of, where each goes, how it is rendered. */
export interface PageKind<R> {
  /** The records, one output file each. */
  records(pages: SitePages, site: SiteData): readonly R[];
  /** Output path relative to the site root (`stories/x/index.html`), checked to stay inside it. */
  outputPath(record: R): string;
  render(ctx: PageContext, record: R, site: SiteData): string;
  /**
   * true: the file depends on its record alone (and the page context and site code), so an
   * unchanged record means an unchanged file that an incremental build keeps without rendering;
   * a changed one is rendered by Eleventy. Every page, feed, index and the sitemap: their records
   * are what they show, small enough to hash.
   * false: a whole-site export whose inputs are most of the site (every story, entity or topic):
   * hashing those costs several times more than making the file (issue 13: 0.8 s against 0.06 s
   * for data/entities.json on 1,000 articles), so the build makes it in its own process every
   * time and writes it only when its bytes differ; Eleventy is not started for it.
   */
  incremental: boolean;
  /**
   * Whether the kind's files are pages a search engine should list: the site-relative URL of a
   * record's page for sitemap.xml, or false (feeds, exports, redirects, the 404 and build-report
   * pages are not).
   */
  sitemap: ((record: R) => string) | false;
  /**
   * The content files behind a record's page (relative to the content folder), named when the
   * page fails to render (page-failures.ts). Absent for whole-site files, made of every article.
   */
  sources?(record: R, site: SiteData): string[];
}

// Records are typed per kind where they are defined; the registry holds them side by side.
function kind<R>(definition: PageKind<R>): PageKind<unknown> {
  return definition as unknown as PageKind<unknown>;
}

/** `/x/y/` -> `x/y/index.html`; file URLs (`/feed.xml`) stay as they are. */
function fileOf(url: string): string {
  const safe = safePermalink(url).slice(1);
  return safe === "" || safe.endsWith("/") ? `${safe}index.html` : safe;
}

const single =
  <R>(record: R) =>
  () => [record];
const ownUrl = (record: { url: string }) => record.url;
const fixed = (url: string) => () => url;

const cardSources = <R extends { items: readonly { id: string }[] }>(record: R, site: SiteData) =>
  storyArticles(site, record.items);
const feedSources = <R extends { cards: readonly { id: string }[] }>(record: R, site: SiteData) =>
  storyArticles(site, record.cards);

const undatedCount = (site: SiteData): number => undatedEntries(site).length;

/**
 * Every output file of the site, by kind. The site plugin makes one virtual Eleventy template
 * of each (`<name>.11ty.js`, see page-template.ts) that paginates over the records selected for
 * rendering; adding a kind is a page module plus one entry here (and its sitemap decision).
 */
export const PAGE_KINDS = {
  home: kind({
    records: (p) => p.home,
    outputPath: (r) => fileOf(r.url),
    render: homePage,
    incremental: true,
    sitemap: ownUrl,
    sources: cardSources,
  }),
  story: kind({
    records: (p) => p.stories,
    outputPath: (r) => fileOf(r.url),
    render: (ctx, r) => storyPage(ctx, r),
    incremental: true,
    sitemap: ownUrl,
    sources: (r) => r.sources.map((s) => s.path),
  }),
  article: kind({
    records: (p) => p.articles,
    outputPath: (r) => fileOf(r.url),
    render: articlePage,
    incremental: true,
    sitemap: ownUrl,
    sources: (r) => [r.path],
  }),
  thread: kind({
    records: (p) => p.threads,
    outputPath: (r) => fileOf(r.url),
    render: threadPage,
    incremental: true,
    sitemap: ownUrl,
    sources: (r, site) => storyArticles(site, r.stories),
  }),
  topic: kind({
    records: (p) => p.topics,
    outputPath: (r) => fileOf(r.url),
    render: topicPage,
    incremental: true,
    sitemap: ownUrl,
    sources: cardSources,
  }),
  entity: kind({
    records: (p) => p.entities,
    outputPath: (r) => fileOf(r.url),
    render: entityPage,
    incremental: true,
    sitemap: ownUrl,
    sources: cardSources,
  }),
  archiveMonth: kind({
    records: (p) => p.archive,
    outputPath: (r) => fileOf(r.url),
    render: archiveMonthPage,
    incremental: true,
    sitemap: ownUrl,
    sources: cardSources,
  }),
  undated: kind({
    records: (p) => p.undated,
    outputPath: (r) => fileOf(r.url),
    render: undatedPage,
    incremental: true,
    sitemap: ownUrl,
    sources: (r) => r.items.map((e) => e.path),
  }),
  entityKind: kind({
    records: (p) => p.entityKindPages,
    outputPath: (r) => fileOf(r.url),
    render: entityKindPage,
    incremental: true,
    sitemap: ownUrl,
  }),
  feedAtom: kind({
    records: (p) => p.feeds,
    outputPath: (r) => fileOf(r.atomUrl),
    render: atomFeed,
    incremental: true,
    sitemap: false,
    sources: feedSources,
  }),
  feedJson: kind({
    records: (p) => p.feeds.filter(hasJsonFeed),
    outputPath: (r) => fileOf(r.jsonUrl),
    render: (ctx, r) => jsonFeed(r, ctx.siteTitle, ctx.prefix, ctx.siteUrl || undefined),
    incremental: true,
    sitemap: false,
    sources: feedSources,
  }),
  redirect: kind({
    records: (p) => p.redirects,
    outputPath: (r) => fileOf(r.from),
    render: redirectPage,
    incremental: true,
    sitemap: false,
  }),
  topics: kind({
    records: (p) => [p.topicTree],
    outputPath: () => "topics/index.html",
    render: topicsIndexPage,
    incremental: true,
    sitemap: fixed("/topics/"),
  }),
  entities: kind({
    records: (p) => [p.entityKinds],
    outputPath: () => "entities/index.html",
    render: entitiesIndexPage,
    incremental: true,
    sitemap: fixed("/entities/"),
  }),
  archive: kind({
    records: (p, site) => [
      {
        months: site.archive,
        undated: p.undated[0] ? { url: p.undated[0].url, count: undatedCount(site) } : undefined,
      },
    ],
    outputPath: () => "archive/index.html",
    render: (ctx, r) => archiveIndexPage(ctx, r.months, r.undated),
    incremental: true,
    sitemap: fixed("/archive/"),
  }),
  about: kind({
    // What the page shows: the report's counts and the build's day (not its instant).
    records: (_p, site) => [{ report: site.report, day: site.generatedAt.slice(0, 10) }],
    outputPath: () => "about/index.html",
    render: (ctx, r) => aboutPage(ctx, r.report, r.day),
    incremental: true,
    sitemap: fixed("/about/"),
  }),
  report: kind({
    records: (_p, site) => [site.report],
    outputPath: () => "report/index.html",
    render: reportPage,
    incremental: true,
    sitemap: false,
  }),
  search: kind({
    records: single(true),
    outputPath: () => "search/index.html",
    render: (ctx) => searchPage(ctx),
    incremental: true,
    sitemap: fixed("/search/"),
  }),
  notFound: kind({
    records: single(true),
    outputPath: () => "404.html",
    render: (ctx) => notFoundPage(ctx),
    incremental: true,
    sitemap: false,
  }),
  sitemap: kind({
    records: (p, site) => [sitemapUrls(p, site)],
    outputPath: () => "sitemap.xml",
    render: sitemapXml,
    incremental: true,
    sitemap: false,
  }),
  robots: kind({
    records: single(true),
    outputPath: () => "robots.txt",
    render: (ctx) => robotsTxt(ctx),
    incremental: true,
    sitemap: false,
  }),
  dataStories: kind({
    records: (_p, site) => [site],
    outputPath: () => "data/stories.json",
    render: (ctx, site) => storiesExport(site, ctx.prefix),
    incremental: false,
    sitemap: false,
  }),
  dataEntities: kind({
    records: (_p, site) => [site],
    outputPath: () => "data/entities.json",
    render: (ctx, site) => entitiesExport(site, ctx.prefix),
    incremental: false,
    sitemap: false,
  }),
  // The export's shards (data-export.ts): made of whole-site records, compared by their bytes.
  dataStoryShard: kind({
    records: (_p, site) => storyShards(site),
    outputPath: (r) => fileOf(r.url),
    render: (ctx, r, site) => storyShardExport(r, site, ctx.prefix),
    incremental: false,
    sitemap: false,
  }),
  dataEntityShard: kind({
    records: (_p, site) => entityShards(site),
    outputPath: (r) => fileOf(r.url),
    render: (ctx, r) => entityShardExport(r, ctx.prefix),
    incremental: false,
    sitemap: false,
  }),
  // Made of the threads alone, so an incremental build keeps it while they do not change.
  dataThreads: kind({
    records: (p) => [p.threads],
    outputPath: () => "data/threads.json",
    render: (ctx, threads) => threadsExport(threads, ctx.prefix),
    incremental: true,
    sitemap: false,
  }),
  dataTopics: kind({
    records: (_p, site) => [site],
    outputPath: () => "data/topics.json",
    render: (ctx, site) => topicsExport(site, ctx.prefix),
    incremental: false,
    sitemap: false,
  }),
} as const satisfies Record<string, PageKind<unknown>>;

export type PageKindName = keyof typeof PAGE_KINDS;

/** Every page of the site that the registry lists for search engines, in registry order. */
export function sitemapUrls(pages: SitePages, site: SiteData): string[] {
  return Object.values(PAGE_KINDS).flatMap((kind) => (kind.sitemap ? kind.records(pages, site).map(kind.sitemap) : []));
}
