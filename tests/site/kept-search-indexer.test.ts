// `digest serve` keeps the search index's thread, and Pagefind's process with it, from one
// rebuild to the next: later indexes start no thread, hold what a new thread would have written,
// and a failed or stopped indexer is never kept.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import * as startWorkerModule from "../../src/start-worker.js";
import { runPagefind, stopSearchIndexing } from "../../src/site/run-pagefind.js";
import { searchDocuments } from "../../src/site/search-documents.js";
import type { SiteData } from "../../src/types.js";
import { indexFragments } from "./search-index-content.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

// Every worker thread started, counted.
vi.mock("../../src/start-worker.js", async (importOriginal) => {
  const actual = await importOriginal<typeof startWorkerModule>();
  return { ...actual, startWorker: vi.fn(actual.startWorker) };
});
const started = () => vi.mocked(startWorkerModule.startWorker).mock.calls.length;

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-kept-indexer-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => stopSearchIndexing());
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const index = (dir: string, site: SiteData, keepIndexer: boolean) =>
  runPagefind(dir, { documents: searchDocuments(site), version: "test", shards: 4, keepIndexer });

describe("the search indexer kept between builds (keepIndexer)", () => {
  const site = buildFixtureSite({ extraStories: 12 });
  const changed = withNewHeadline(site, "filler-3", "A changed headline");

  it("starts one thread for many builds, and indexes what a new thread indexes", async () => {
    const before = started();
    await index(tempDir(), site, true);
    const kept = tempDir();
    expect(await index(kept, changed, true)).toMatchObject({ documentsIndexed: changed.stories.length });
    expect(started()).toBe(before + 1);
    // The same documents on a new thread.
    stopSearchIndexing();
    const fresh = tempDir();
    await index(fresh, changed, false);
    expect(started()).toBe(before + 2);
    expect(indexFragments(kept)).toEqual(indexFragments(fresh));
    expect(indexFragments(kept).size).toBe(changed.stories.length);
  });

  it("starts a thread for every build without it", async () => {
    const before = started();
    await index(tempDir(), site, false);
    await index(tempDir(), site, false);
    expect(started()).toBe(before + 2);
  });

  it("is ended by stopSearchIndexing: the next build starts another", async () => {
    const before = started();
    await index(tempDir(), site, true);
    stopSearchIndexing();
    await index(tempDir(), site, true);
    expect(started()).toBe(before + 2);
  });

  it("is not kept after a failure: the next build starts another, which works", async () => {
    const saved = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    const before = started();
    const dir = tempDir();
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = join(dir, "no-such-pagefind");
    try {
      await expect(index(join(dir, "site"), site, true)).rejects.toMatchObject({ name: "SearchIndexError" });
    } finally {
      if (saved === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      else process.env.PAGEFIND_EXTENDED_BINARY_PATH = saved;
    }
    const after = tempDir();
    await index(after, site, true);
    expect(started()).toBe(before + 2);
    expect(indexFragments(after).size).toBe(site.stories.length);
  });
});
