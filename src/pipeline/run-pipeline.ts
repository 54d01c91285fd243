import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { contextDigest, ExtractionCache } from "../cache/extraction-cache.js";
import { DEFAULT_CACHE_DIR } from "../cache/cache-folder.js";
import { keepingParsedLines } from "../cache/line-memo.js";
import { ParsedFileCache } from "../cache/parsed-file-cache.js";
import { extractionEntry, ingestEntry, pipelineVersion } from "../cache/pipeline-version.js";
import { StoryCache } from "../cache/story-cache.js";
import type { BodyTerms as KeptBodyTerms } from "../cluster/body-terms.js";
import type { ExtractContext } from "../extract/extract-article.js";
import { findContentFiles, type ContentFile } from "../ingest/find-content-files.js";
import type { PreviousStory } from "../ingest/read-previous-stories.js";
import type { BuildReport, Diagnostic, ExtractedArticle, SiteData, Story, Thread } from "../types.js";
import { DEFAULT_PARALLEL_THRESHOLD, extractArticles, type ExtractStats } from "./extract-articles.js";
import { ExtractionPool } from "./extract-in-workers.js";
import { extractionFailedDiagnostic } from "./extraction-failure.js";

export { DEFAULT_CACHE_DIR } from "../cache/cache-folder.js";

export interface PipelineOptions {
  /** The folder of articles. */
  contentDir: string;
  /** The build's time (stages never read the clock themselves). */
  now: Date;
  /** Stories of the previous build, for stable ids. */
  previous?: PreviousStory[];
  /** Threads of the previous build (`articleIds` hold story ids), for stable ids. */
  previousThreads?: PreviousStory[];
  /**
   * Called once extraction runs on worker threads, leaving this thread idle until they finish (a time to load what
   * later stages need).
   */
  whileExtracting?: () => void;
  /** Called after each article is extracted, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** The extraction cache folder (default `.cache/digest` under the working folder); `false` disables it. */
  cache?: string | false;
  /** Worker threads for extraction (default: all cores); 0 keeps it in-process. */
  workers?: number;
  /** Uncached articles needed before workers start (default 200). */
  parallelThreshold?: number;
  /**
   * The content folder as listed already (findContentFiles), for a build whose up-to-date check
   * stat'ed these files: the build then reads exactly the files its fingerprint covers.
   */
  found?: ContentFile[];
}

export interface PipelineResult {
  site: SiteData;
  articles: ExtractedArticle[];
  stories: Story[];
  threads: Thread[];
  diagnostics: Diagnostic[];
  report: BuildReport;
  /** Whether any file was rejected with an error (the CLI fails unless --skip-invalid). */
  hasErrors: boolean;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** What extraction did: cache hits, articles extracted, workers used. */
  extraction: ExtractStats;
  /** Article files not read again: unchanged (size, time, inode) since the build that read them. */
  unreadFiles: number;
}

/**
 * The body term counts kept between the builds of a process that builds again and again
 * (`digest serve`, see keepParsedLines): an unchanged article's words are not counted again. Terms
 * are numbered as first seen, so a kept instance numbers them otherwise than a new one would; the
 * stages never depend on those numbers (ties and orders go by the terms themselves):
 * tests/build/incremental-exactness.test.ts compares builds made this way with builds without it.
 */
let keptBodyTerms: KeptBodyTerms | undefined;

/** content/ -> ingest -> extract -> cluster -> digest. Rendering is the site stage's job. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const ingestStarted = performance.now();
  const found = options.found ?? (await findContentFiles(options.contentDir));
  const cacheStarted = performance.now();
  const version = pipelineVersion(extractionEntry()).hash;
  // Extraction by article text, and ingest by file stat: the same folder, each its own file.
  const cacheDir = options.cache === false ? undefined : resolve(options.cache ?? DEFAULT_CACHE_DIR);
  const [cache, parsedFiles, storyCache] = cacheDir
    ? await Promise.all([
        ExtractionCache.open(cacheDir, version),
        ParsedFileCache.open(cacheDir, pipelineVersion(ingestEntry()).hash),
        StoryCache.open(cacheDir),
      ])
    : [ExtractionCache.disabled(), ParsedFileCache.disabled(), StoryCache.disabled()];
  timings.cache = performance.now() - cacheStarted;
  // More article files than cached extractions by far: extraction will run on workers. Start
  // them now, so they load the extractors while this thread reads the files.
  const articleFiles = found.filter((file) => file.kind === "article").length;
  const workers = options.workers ?? availableParallelism();
  const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD;
  const pool =
    workers > 0 && articleFiles - cache.size > threshold
      ? new ExtractionPool(Math.min(workers, Math.ceil(articleFiles / 16)))
      : undefined;
  try {
    // The stages' code is loaded once per process (`digest serve` keeps it): timed on its own,
    // not as part of the first stage that runs after it.
    const loadStarted = performance.now();
    const stages = await loadStages();
    timings.load = performance.now() - loadStarted;
    return await runStages(options, stages, {
      found,
      cache,
      parsedFiles,
      version,
      pool,
      timings,
      ingestStarted,
      storyCache,
    });
  } finally {
    // Closed already once extraction ran; not when a stage before it threw.
    await pool?.close();
  }
}

/**
 * The stages' modules (a quarter of a second to load: date parsing, YAML, the digest), imported
 * after the workers are started so that both load at once.
 */
async function loadStages() {
  const [
    { ingestContent },
    { parseKnowledge },
    { resolveEntities },
    { refineWithStories },
    { clusterStories },
    { BodyTerms },
    { buildSiteData },
    { linkThreads },
  ] = await Promise.all([
    import("../ingest/ingest-content.js"),
    import("../ingest/parse-knowledge.js"),
    import("../resolve/resolve-entities.js"),
    import("../resolve/refine-with-stories.js"),
    import("../cluster/cluster-stories.js"),
    import("../cluster/body-terms.js"),
    import("../digest/build-site-data.js"),
    import("../thread/link-threads.js"),
  ]);
  return {
    ingestContent,
    parseKnowledge,
    resolveEntities,
    refineWithStories,
    clusterStories,
    BodyTerms,
    buildSiteData,
    linkThreads,
  };
}

/** What runPipeline prepared before reading the articles (`timings` holds `cache` and `load` already). */
interface Prepared {
  found: ContentFile[];
  cache: ExtractionCache;
  parsedFiles: ParsedFileCache;
  /** The pipeline version (extraction code and data), part of every cache key. */
  version: string;
  pool: ExtractionPool | undefined;
  timings: Record<string, number>;
  ingestStarted: number;
  /** The digest's story preps of the previous build. */
  storyCache: StoryCache;
}

async function runStages(
  options: PipelineOptions,
  {
    ingestContent,
    parseKnowledge,
    resolveEntities,
    refineWithStories,
    clusterStories,
    BodyTerms,
    buildSiteData,
    linkThreads,
  }: Awaited<ReturnType<typeof loadStages>>,
  { found, cache, parsedFiles, version, pool, timings, ingestStarted, storyCache }: Prepared,
): Promise<PipelineResult> {
  const time = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    return result;
  };
  const ingested = await ingestContent(options.contentDir, found, { parsedFiles });
  await parsedFiles.close();
  timings.ingest = performance.now() - ingestStarted - (timings.cache ?? 0) - (timings.load ?? 0);
  const diagnostics = [...ingested.diagnostics];
  const rejected = [...ingested.rejected];
  const context: ExtractContext = {};
  let entityPages: { minStories: number } | undefined;
  if (ingested.knowledge) {
    const knowledge = parseKnowledge(ingested.knowledge);
    for (const diagnostic of knowledge.diagnostics) diagnostics.push(diagnostic);
    if (knowledge.overrides) context.overrides = knowledge.overrides;
    entityPages = knowledge.entityPages;
    // An invalid knowledge file is not applied: list it with the rejected files so the report adds up and says why.
    const error = knowledge.diagnostics.find((d) => d.severity === "error");
    if (error)
      rejected.push({
        path: ingested.knowledge.path,
        reason: `${error.line !== undefined ? `line ${error.line}: ` : ""}${error.message}`,
      });
  }

  const extractStarted = performance.now();
  const extracted = await extractArticles(ingested.articles, context, {
    cache,
    ...(pool ? { pool } : {}),
    contextDigest: contextDigest(version, context),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.parallelThreshold !== undefined ? { parallelThreshold: options.parallelThreshold } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.whileExtracting ? { whileExtracting: options.whileExtracting } : {}),
  });
  await cache.close();
  timings.extract = performance.now() - extractStarted;
  // An article whose extraction threw is rejected like a file with an error: named, and left out.
  for (const failure of extracted.failed) {
    const diagnostic = extractionFailedDiagnostic(failure.path, failure.message);
    diagnostics.push(diagnostic);
    rejected.push({ path: failure.path, reason: diagnostic.message });
  }
  // Resolution sees the whole archive, so it runs at every build and is never cached: extraction
  // (per article, cached) -> resolve (archive) -> cluster -> refine (per story) -> digest.
  const resolveOptions = context.overrides ? { overrides: context.overrides } : {};
  const resolved = time("resolve", () => resolveEntities(extracted.articles, resolveOptions));
  // Both stages weigh each article's words against the site's: counted once, for both. A process
  // that builds again and again keeps the counts of the articles it still has (see keptBodyTerms),
  // unless the build is to start from nothing (no cache).
  const bodyTerms =
    keepingParsedLines() && options.cache !== false ? (keptBodyTerms ??= new BodyTerms()) : new BodyTerms();
  const stories = time("cluster", () =>
    clusterStories(resolved, { bodyTerms, ...(options.previous ? { previous: options.previous } : {}) }),
  );
  const articles = time("resolve", () => refineWithStories(resolved, stories, resolveOptions));
  // Threads link finished stories and never change them.
  const threads = time("thread", () =>
    linkThreads(stories, articles, {
      bodyTerms,
      ...(options.previousThreads ? { previous: options.previousThreads } : {}),
    }),
  );
  const report: BuildReport = {
    filesFound: ingested.found.length,
    articlesBuilt: articles.length,
    rejected,
    ignored: ingested.ignored,
    diagnostics,
  };
  const site = time("digest", () =>
    buildSiteData(articles, stories, report, options.now.toISOString(), bodyTerms, {
      threads,
      ...(entityPages ? { minStoriesForPage: entityPages.minStories } : {}),
      storyCache,
    }),
  );
  if (bodyTerms === keptBodyTerms && !bodyTerms.retain(articles)) keptBodyTerms = undefined;
  // Written after the stage, as the extraction cache is: the digest stage itself reads and writes no files.
  const savingStarted = performance.now();
  await storyCache.save();
  timings.cache = (timings.cache ?? 0) + performance.now() - savingStarted;
  return {
    site,
    articles,
    stories,
    threads,
    diagnostics,
    report,
    hasErrors: diagnostics.some((d) => d.severity === "error"),
    timings,
    extraction: extracted.stats,
    unreadFiles: ingested.unread,
  };
}
