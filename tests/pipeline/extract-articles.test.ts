import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextDigest, ExtractionCache, extractionKey } from "../../src/cache/extraction-cache.js";
import { ingestContent } from "../../src/ingest/ingest-content.js";
import { extractArticles } from "../../src/pipeline/extract-articles.js";
import { ExtractionPool } from "../../src/pipeline/extract-in-workers.js";
import type { Article } from "../../src/types.js";

const SAMPLES = join(import.meta.dirname, "..", "fixtures", "samples");
const DIGEST = contextDigest("v".repeat(64), {});

let articles: Article[];
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "extract-articles-"));
  const samples = (await ingestContent(SAMPLES)).articles;
  // Six articles, distinct so each has its own cache key, in a known order.
  articles = Array.from({ length: 6 }, (_, n) => {
    const sample = samples[n % samples.length] as Article;
    return { ...sample, id: `a${n}`, sourcePath: `a${n}.txt`, hash: `${sample.hash}-${n}` };
  });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("extractArticles", () => {
  it("gives the same records, in input order, on worker threads as in-process", async () => {
    const progress: number[] = [];
    const inProcess = await extractArticles(
      articles,
      {},
      { cache: ExtractionCache.disabled(), contextDigest: DIGEST, workers: 0 },
    );
    const parallel = await extractArticles(
      articles,
      {},
      {
        cache: ExtractionCache.disabled(),
        contextDigest: DIGEST,
        workers: 2,
        parallelThreshold: 0,
        batchSize: 1,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(inProcess.stats.workers).toBe(0);
    expect(parallel.stats.workers).toBe(2);
    expect(parallel.articles.map((a) => a.id)).toEqual(["a0", "a1", "a2", "a3", "a4", "a5"]);
    expect(parallel.articles).toEqual(inProcess.articles);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    // Each record carries its cache key, for the keys of later caches (story preps).
    expect(inProcess.articles.map((a) => a.extractionKey)).toEqual(articles.map((a) => extractionKey(a, DIGEST)));
  });

  it("stops a pool started ahead when too few articles need extracting, and uses it otherwise", async () => {
    const idle = new ExtractionPool(1);
    const few = await extractArticles(
      articles.slice(0, 2),
      {},
      { cache: ExtractionCache.disabled(), contextDigest: DIGEST, pool: idle, parallelThreshold: 200 },
    );
    expect(few.stats.workers).toBe(0);
    expect(idle.closed).toBe(true);
    const busy = new ExtractionPool(1);
    const many = await extractArticles(
      articles,
      {},
      { cache: ExtractionCache.disabled(), contextDigest: DIGEST, pool: busy, parallelThreshold: 0 },
    );
    expect(many.stats.workers).toBe(1);
    expect(busy.closed).toBe(true);
    expect(many.articles).toEqual(
      (await extractArticles(articles, {}, { cache: ExtractionCache.disabled(), contextDigest: DIGEST, workers: 0 }))
        .articles,
    );
  });

  it("stays in-process below the threshold", async () => {
    const result = await extractArticles(
      articles.slice(0, 2),
      {},
      { cache: ExtractionCache.disabled(), contextDigest: DIGEST, workers: 2, parallelThreshold: 200 },
    );
    expect(result.stats.workers).toBe(0);
  });

  it("fills the cache from workers, so the next run extracts nothing", async () => {
    const dir = join(root, "cache");
    const first = await ExtractionCache.open(dir, "v".repeat(64));
    await extractArticles(articles, {}, { cache: first, contextDigest: DIGEST, workers: 2, parallelThreshold: 0 });
    await first.close();
    const second = await ExtractionCache.open(dir, "v".repeat(64));
    const again = await extractArticles(
      articles,
      {},
      { cache: second, contextDigest: DIGEST, workers: 2, parallelThreshold: 0 },
    );
    expect(again.stats).toMatchObject({ cached: 6, extracted: 0, workers: 0 });
  });

  it("reports an article whose extraction throws with its file, and extracts the others (in-process and on workers)", async () => {
    // A body that is no string makes every extractor throw: a stand-in for a bug met by one article.
    const broken = { ...(articles[2] as Article), body: undefined as unknown as string, hash: "broken" };
    const input = [articles[0] as Article, broken, articles[1] as Article];
    for (const workers of [0, 2]) {
      const result = await extractArticles(
        input,
        {},
        { cache: ExtractionCache.disabled(), contextDigest: DIGEST, workers, parallelThreshold: 0, batchSize: 2 },
      );
      expect(result.articles.map((a) => a.id)).toEqual(["a0", "a1"]);
      expect(result.failed).toEqual([{ path: "a2.txt", message: expect.any(String) }]);
    }
  });
});
