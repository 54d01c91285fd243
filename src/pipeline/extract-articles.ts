import { availableParallelism } from "node:os";
import { extractionKey, type Extraction, type ExtractionCache } from "../cache/extraction-cache.js";
import type { ExtractContext } from "../extract/extract-article.js";
import type { Article, ExtractedArticle } from "../types.js";
import { ExtractionPool } from "./extract-in-workers.js";
import { failureOf, isFailure, type ExtractionFailure } from "./extraction-failure.js";

/**
 * Below this many uncached articles extraction stays in-process: starting a worker (tsx, compromise,
 * gazetteers) costs about a second, which ~50 articles per core-second only repay past a few hundred.
 */
export const DEFAULT_PARALLEL_THRESHOLD = 200;

export interface ExtractArticlesOptions {
  cache: ExtractionCache;
  /** From `contextDigest(pipelineVersion, context)`: part of every cache key. */
  contextDigest: string;
  /** Worker threads when parallel (default: all cores); 0 forces in-process. */
  workers?: number;
  /** Uncached articles needed before workers start (default 200). */
  parallelThreshold?: number;
  /** Articles per worker message (default 16). */
  batchSize?: number;
  /**
   * Workers started ahead (before the content was read), used when enough articles need
   * extracting and closed otherwise. Default: started here when needed.
   */
  pool?: ExtractionPool;
  /** Called once extraction runs on worker threads: this thread is idle until they are done. */
  whileExtracting?: () => void;
  /** Called as articles are done (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractStats {
  total: number;
  /** Served from the cache. */
  cached: number;
  /** Extracted in this build. */
  extracted: number;
  /** Source paths of the extracted articles, in input order (what a rebuild had to redo). */
  extractedPaths: string[];
  /** Worker threads used; 0 when extraction ran in-process. */
  workers: number;
}

/** An article whose extraction threw: left out of the result, reported as an error for its file. */
export interface FailedExtraction {
  path: string;
  message: string;
}

/**
 * The extractors' module, loaded on first use: its gazetteers and date parsers take a few tenths
 * of a second to load, which a fully cached build does not pay.
 */
const loadExtractors = () => import("../extract/extract-article.js");

/** A short made-up report that takes every extractor's path: a dated event, people, places, organizations. */
export const WARM_UP_ARTICLE: Article = {
  id: "warm-up",
  sourcePath: "warm-up.md",
  hash: "",
  title: "Ministers meet in Geneva on trade",
  titleSource: "front-matter",
  body:
    "GENEVA (Reuters) - Trade ministers from the European Union and Japan met in Geneva on " +
    "Tuesday, March 4, 2025, to discuss tariffs, a spokesman for the World Trade Organization " +
    'said. "We made progress," said Maria Lopez, the EU\'s chief negotiator. Talks resume next week.',
  bodyLine: 1,
  authors: [],
  tags: [],
  declaredEntities: [],
  declaredTopics: [],
  extra: {},
};

/**
 * Loads the extractors and runs them once on WARM_UP_ARTICLE, the result thrown away: the first
 * article extracted in a process takes three times as long as the next (the code is compiled as
 * it first runs). For `digest serve`, idle after its first build, so that the first article saved
 * is extracted as fast as the later ones. Never fails.
 */
export async function warmExtractors(): Promise<void> {
  try {
    const { extractArticle } = await loadExtractors();
    extractArticle(WARM_UP_ARTICLE);
  } catch {
    // A warm-up only: the build that needs the extractors reports what goes wrong.
  }
}

/** Articles -> extracted articles, in input order, from the cache where it has them. The caller closes the cache. */
export async function extractArticles(
  articles: readonly Article[],
  context: ExtractContext,
  options: ExtractArticlesOptions,
): Promise<{ articles: ExtractedArticle[]; failed: FailedExtraction[]; stats: ExtractStats }> {
  const { cache } = options;
  const total = articles.length;
  const results: (Extraction | ExtractionFailure | undefined)[] = new Array<Extraction | ExtractionFailure | undefined>(
    total,
  );
  const keys: string[] = new Array<string>(total);
  const missing: number[] = [];
  articles.forEach((article, index) => {
    const key = extractionKey(article, options.contextDigest);
    keys[index] = key;
    const hit = cache.get(key, article.body);
    if (hit) results[index] = hit;
    else missing.push(index);
  });
  let done = total - missing.length;
  if (done > 0) options.onProgress?.(done, total);

  const workers = options.pool?.size ?? options.workers ?? availableParallelism();
  const parallel = workers > 0 && missing.length > (options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD);
  if (!parallel) await options.pool?.close();
  const batchSize = options.batchSize ?? 16;
  if (parallel) {
    const uncached = missing.map((index) => articles[index] as Article);
    const pool = options.pool ?? new ExtractionPool(Math.min(workers, Math.ceil(uncached.length / batchSize)));
    const extracting = pool.extract(uncached, context, {
      batchSize,
      onBatch: async (positions, extractions) => {
        positions.forEach((position, offset) => {
          const index = missing[position] as number;
          const extraction = extractions[offset] as Extraction | ExtractionFailure;
          results[index] = extraction;
          if (!isFailure(extraction)) cache.set(keys[index] as string, extraction, (articles[index] as Article).body);
        });
        done += positions.length;
        options.onProgress?.(done, total);
        await cache.flush();
      },
    });
    options.whileExtracting?.();
    await extracting;
  } else if (missing.length > 0) {
    // Loaded only when needed: the extractors' gazetteers take seconds to build, which a fully
    // cached rebuild (or a build on workers) should not pay on the main thread.
    const { extractArticle } = await loadExtractors();
    for (const index of missing) {
      try {
        const { published, entities, events, topics, sentences, sentenceTerms, wordCount } = extractArticle(
          articles[index] as Article,
          context,
        );
        const extraction: Extraction = { published, entities, events, topics, sentences, sentenceTerms, wordCount };
        results[index] = extraction;
        cache.set(keys[index] as string, extraction, (articles[index] as Article).body);
      } catch (cause) {
        results[index] = failureOf(cause);
      }
      options.onProgress?.(++done, total);
    }
  }

  const extracted: ExtractedArticle[] = [];
  const failed: FailedExtraction[] = [];
  articles.forEach((article, index) => {
    const result = results[index] as Extraction | ExtractionFailure;
    if (isFailure(result)) failed.push({ path: article.sourcePath, message: result.failed.message });
    else extracted.push({ ...article, ...result, extractionKey: keys[index]! });
  });
  return {
    articles: extracted,
    failed,
    stats: {
      total,
      cached: total - missing.length,
      extracted: missing.length,
      extractedPaths: missing.map((index) => (articles[index] as Article).sourcePath),
      workers: parallel ? Math.min(workers, Math.ceil(missing.length / batchSize)) : 0,
    },
  };
}
