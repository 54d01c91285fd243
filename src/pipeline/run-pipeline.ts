import { resolve } from "node:path";
import { contextDigest, ExtractionCache } from "../cache/extraction-cache.js";
import { extractionEntry, pipelineVersion } from "../cache/pipeline-version.js";
import { clusterStories } from "../cluster/cluster-stories.js";
import { buildSiteData } from "../digest/build-site-data.js";
import type { ExtractContext } from "../extract/extract-article.js";
import { ingestContent } from "../ingest/ingest-content.js";
import { parseKnowledge } from "../ingest/parse-knowledge.js";
import type { PreviousStory } from "../ingest/read-previous-stories.js";
import type { BuildReport, Diagnostic, ExtractedArticle, SiteData, Story } from "../types.js";
import { extractArticles, type ExtractStats } from "./extract-articles.js";

/** Where per-article extraction is cached unless told otherwise (git ignores `.cache/`). */
export const DEFAULT_CACHE_DIR = ".cache/digest";

export interface PipelineOptions {
  /** The folder of articles. */
  contentDir: string;
  /** The build's time (stages never read the clock themselves). */
  now: Date;
  /** Stories of the previous build, for stable ids. */
  previous?: PreviousStory[];
  /** Called after each article is extracted, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** The extraction cache folder (default `.cache/digest` under the working folder); `false` disables it. */
  cache?: string | false;
  /** Worker threads for extraction (default: all cores); 0 keeps it in-process. */
  workers?: number;
  /** Uncached articles needed before workers start (default 200). */
  parallelThreshold?: number;
}

export interface PipelineResult {
  site: SiteData;
  articles: ExtractedArticle[];
  stories: Story[];
  diagnostics: Diagnostic[];
  report: BuildReport;
  /** Whether any file was rejected with an error (the CLI fails unless --skip-invalid). */
  hasErrors: boolean;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** What extraction did: cache hits, articles extracted, workers used. */
  extraction: ExtractStats;
}

/** content/ -> ingest -> extract -> cluster -> digest. Rendering is the site stage's job. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    return result;
  };

  const ingestStarted = performance.now();
  const ingested = await ingestContent(options.contentDir);
  timings.ingest = performance.now() - ingestStarted;
  const diagnostics = [...ingested.diagnostics];
  const rejected = [...ingested.rejected];
  const context: ExtractContext = {};
  if (ingested.knowledge) {
    const knowledge = parseKnowledge(ingested.knowledge);
    diagnostics.push(...knowledge.diagnostics);
    if (knowledge.overrides) context.overrides = knowledge.overrides;
    // An invalid knowledge file is not applied: list it with the rejected files so the report adds up and says why.
    const error = knowledge.diagnostics.find((d) => d.severity === "error");
    if (error) rejected.push({ path: ingested.knowledge.path, reason: `${error.line !== undefined ? `line ${error.line}: ` : ""}${error.message}` });
  }

  const extractStarted = performance.now();
  const version = pipelineVersion(extractionEntry()).hash;
  const cache = options.cache === false ? ExtractionCache.disabled() : await ExtractionCache.open(resolve(options.cache ?? DEFAULT_CACHE_DIR), version);
  timings.cache = performance.now() - extractStarted;
  const extracted = await extractArticles(ingested.articles, context, {
    cache,
    contextDigest: contextDigest(version, context),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.parallelThreshold !== undefined ? { parallelThreshold: options.parallelThreshold } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  await cache.close();
  timings.extract = performance.now() - extractStarted - timings.cache;
  const { articles } = extracted;
  const stories = time("cluster", () => clusterStories(articles, options.previous ? { previous: options.previous } : {}));
  const report: BuildReport = {
    filesFound: ingested.found.length,
    articlesBuilt: articles.length,
    rejected,
    ignored: ingested.ignored,
    diagnostics,
  };
  const site = time("digest", () => buildSiteData(articles, stories, report, options.now.toISOString()));
  return {
    site,
    articles,
    stories,
    diagnostics,
    report,
    hasErrors: diagnostics.some((d) => d.severity === "error"),
    timings,
    extraction: extracted.stats,
  };
}
