// Pagefind's part of the search index: each shard to index gets an index of its own, its
// documents, and its bundle written into its folder. It runs on a worker thread of its own
// (search-index-worker.ts): Pagefind answers through a pipe, every step of a shard waits for the
// last answer to be read, and the main thread, rendering pages meanwhile, read them late. On
// BBC dev's 1,066 articles, a cold build's 16 shards took 3.1 s beside 1.6 s of pages.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";

/** Pagefind could not index the built site. */
export class SearchIndexError extends DigestError {
  override name = "SearchIndexError";
}

/**
 * Files every bundle gets that the search page never loads: Pagefind's UIs (the page has its own,
 * templates/assets/search.js, which uses Pagefind's search API alone) and the unknown-language runtime.
 */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
  "wasm.unknown.pagefind",
];
export const INDEX_CONFIG = { forceLanguage: "en" } as const;
/**
 * Pagefind's runtime (2.5 MB a copy, issue 16): only the primary bundle's is ever loaded. The
 * search page imports `pagefind.js` from the first bundle listed, which starts its worker and
 * loads its WebAssembly from that bundle's folder; merged bundles (mergeIndex) are read by that
 * runtime and load no code of their own. So the first bundle of `shards.json` keeps it and
 * every other bundle holds its index alone.
 */
export const RUNTIME_FILES = [
  "pagefind.js",
  "pagefind-worker.js",
  `wasm.${INDEX_CONFIG.forceLanguage}.pagefind`,
] as const;
/**
 * Shards indexed at once. Pagefind holds every shard in progress in memory (400 MB with all 32
 * of a 10,000-article site at once, beside the build's own gigabyte); four keep both cores busy
 * and take the same time in a quarter of the memory.
 */
const SHARDS_AT_ONCE = 4;
/** Documents sent to Pagefind as content at once (only paths a glob cannot spell). */
const DOCUMENTS_AT_ONCE = 16;

/** One shard to index: plain data, sent to the worker thread. */
export interface ShardJob {
  /** The bundle's folder (`<site>/pagefind/shard-NN`), removed or never made before. */
  folder: string;
  /** A folder of its own where its documents are written for Pagefind to read. */
  sourceDir: string;
  /** Its documents: path in the site, and the HTML Pagefind indexes. */
  documents: { path: string; html: string }[];
  /** Whether the bundle keeps Pagefind's runtime (RUNTIME_FILES): the primary bundle only. */
  runtime: boolean;
}

/**
 * Indexes and writes every shard of `jobs`; the documents given to Pagefind. Its process is ended
 * after, unless `keep` asks to leave it running after a success (its next index then starts
 * without starting a process).
 */
export async function indexShards(jobs: readonly ShardJob[], { keep = false } = {}): Promise<number> {
  let indexed = 0;
  let done = false;
  try {
    await eachLimited(jobs, SHARDS_AT_ONCE, async (job) => {
      const { index, errors } = await createIndex(INDEX_CONFIG);
      if (!index) throw new SearchIndexError(problem("search-index", `did not start: ${errors.join("; ")}`));
      const added = await indexShard(index, job.sourceDir, job.documents);
      indexed += added;
      await writeShard(index, job.folder, job);
      // Free the service's copy of this shard as soon as it is written.
      await index.deleteIndex();
    });
    done = true;
  } finally {
    // After a failure the process may hold a shard's index or be gone: ended in any case.
    if (!keep || !done) await close();
  }
  return indexed;
}

/** The result URL of a page, as Pagefind derives it from a file path (index.html dropped). */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

/** Paths safe to list in a glob alternation (generated slugs always are). */
const GLOB_SAFE = /^[\w./-]+$/;

/**
 * Adds a shard's documents to its index. They are written to a folder of their own (never the
 * site: they are not pages) and Pagefind reads them itself through a glob listing them, in
 * parallel and without sending every document through its pipe (about a third faster); a path a
 * glob cannot spell is sent as content.
 */
async function indexShard(
  index: PagefindIndex,
  sourceDir: string,
  documents: readonly { path: string; html: string }[],
): Promise<number> {
  const listed = documents.filter((doc) => GLOB_SAFE.test(doc.path));
  let indexed = 0;
  if (listed.length > 0) {
    for (const doc of listed) {
      mkdirSync(dirname(join(sourceDir, doc.path)), { recursive: true });
      writeFileSync(join(sourceDir, doc.path), doc.html);
    }
    const paths = listed.map((doc) => doc.path);
    const added = await index.addDirectory({
      path: sourceDir,
      glob: paths.length === 1 ? paths[0] : `{${paths.join(",")}}`,
    });
    if (added.errors.length)
      throw new SearchIndexError(
        problem("search-index", `could not index the search documents: ${added.errors.join("; ")}`),
      );
    indexed += added.page_count;
  }
  await eachLimited(
    documents.filter((doc) => !GLOB_SAFE.test(doc.path)),
    DOCUMENTS_AT_ONCE,
    async (doc) => {
      const response = await index.addHTMLFile({ url: pageUrl(doc.path), content: doc.html });
      if (response.errors.length)
        throw new SearchIndexError(
          problem("search-index", `could not index ${doc.path}: ${response.errors.join("; ")}`),
        );
      indexed++;
    },
  );
  return indexed;
}

/**
 * Writes one shard's bundle into `folder`. The files
 * come from Pagefind in memory and are written here: Pagefind's own `writeFiles` answers before
 * its last writes reach the disk (it drops each Tokio file without a flush), so a file read right
 * after it could still be empty.
 */
async function writeShard(index: PagefindIndex, folder: string, parts: { runtime: boolean }): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length)
    throw new SearchIndexError({
      ...problem("search-index", `could not write its index: ${errors.join("; ")}`),
      file: folder,
    });
  const skip = new Set<string>([...UNUSED_FILES, ...(parts.runtime ? [] : RUNTIME_FILES)]);
  for (const file of files) {
    const path = file.path.replace(/^\/+/, "");
    if (!skip.has(path)) writeNew(join(folder, path), file.content);
  }
}

/** Writes a file under a name this build removed or never had (never through an older build's link). */
function writeNew(path: string, content: Uint8Array): void {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Runs `work` over items with at most `limit` running at once. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(runners);
}
