import { oneShotHash } from "../one-shot-hash.js";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { debug } from "../diagnostics/debug.js";
import { problem } from "../diagnostics/catalogue.js";
import { startWorker } from "../start-worker.js";
import { INDEX_CONFIG, RUNTIME_FILES, SearchIndexError, type ShardJob } from "./pagefind-shards.js";
import { contentHash, PreviousOutput } from "./previous-output.js";
import type { SearchDocument } from "./search-documents.js";
import type { SearchWorkerMessage, SearchWorkerReply } from "./search-index-worker.js";
import { shardCount, shardFolder, shardOf } from "./search-shard.js";

export { SearchIndexError } from "./pagefind-shards.js";

export interface SearchIndexOptions {
  /** What to index: one document per story (see search-documents.ts). */
  documents: readonly SearchDocument[];
  /** The site code and page context the documents were made with: another version re-indexes every shard. */
  version?: string;
  /**
   * The previous build's output: shards whose documents did not change are linked from its
   * `pagefind/` folder instead of being indexed again. Default: outDir itself (a rebuild in
   * place, as the dev server does).
   */
  previousDir?: string;
  /** Number of shards. Default: by the number of articles (see search-shard.ts). */
  shards?: number;
  /**
   * The site this index will replace in place (digest build): unchanged shards whose files are
   * intact there stay where they are, untouched, and are listed in the result's `kept`; only
   * new and changed files are written into outDir, to be moved over the old ones by the commit.
   * Takes the place of `previousDir`.
   */
  keepInPlace?: {
    dir: string;
    intact(path: string, hash: string): boolean;
    /**
     * What the previous build's index was made from (its result's `manifest`, kept by the caller
     * outside the published site). Absent: read from `pagefind/.digest-search.json` in `dir`, where
     * builds before issue 16 wrote it.
     */
    manifest?: unknown;
  };
  /**
   * Keep the indexing thread, and Pagefind's process with it, for the next build of this process
   * (`digest serve`): starting them was about 0.2 s of each preview rebuild. Ended by
   * stopSearchIndexing.
   */
  keepIndexer?: boolean;
}

export interface SearchIndexResult {
  /** Documents in the index. */
  documents: number;
  /** Shards the documents are split into. */
  shards: number;
  /** Shards written (indexed) this time. */
  reindexed: number;
  /** Non-empty shards kept from the previous build. */
  reused: number;
  /** Documents given to Pagefind this time. */
  documentsIndexed: number;
  /** With `keepInPlace`: the files left in place, path relative to the site -> content hash. */
  kept: Record<string, string>;
  /**
   * With `keepInPlace`: what this index was made from, for the caller to keep and pass back as `keepInPlace.manifest`
   * to the next build (it is not written into the index: a published file of no use to readers). Without it, the
   * manifest is the index folder's `.digest-search.json`.
   */
  manifest?: SearchManifest;
}

/** Public: the bundles to load, read by the search page's script (templates/assets/search.js). */
export const SHARDS_FILE = "shards.json";
/** Private: what each shard was built from, for the next build, when the caller does not keep it (keepInPlace). */
const MANIFEST_FILE = ".digest-search.json";
export interface SearchManifest {
  /** Pagefind's version, our indexing settings and the caller's version: a change re-indexes everything. */
  version: string;
  shards: number;
  /** Per shard, a hash of its documents' paths and hashes. */
  digests: string[];
  /**
   * Every file of the index as written, path (relative to `pagefind/`) -> content hash: a file is reused only if it is
   * still this one.
   */
  files: Record<string, string>;
}

const pagefindVersion = (() => {
  let pagefind = "unknown";
  try {
    const main = fileURLToPath(import.meta.resolve("pagefind"));
    pagefind =
      (JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8")) as { version?: string }).version ??
      pagefind;
  } catch {
    // Without a version every build re-indexes all shards once the version becomes readable: safe.
  }
  return `pagefind ${pagefind}; ${JSON.stringify(INDEX_CONFIG)}; no UI files, runtime in the first bundle only, shards trimmed, one document per story, filter values percent-encoded`;
})();

const sha1 = (data: string | Buffer) => oneShotHash("sha1", data, "base64url");

async function readManifest(searchDir: string, version: string): Promise<SearchManifest | undefined> {
  try {
    return validManifest(JSON.parse(await readFile(join(searchDir, MANIFEST_FILE), "utf8")), version);
  } catch {
    return undefined;
  }
}

/** A previous manifest of this version; else undefined. */
function validManifest(value: unknown, version: string): SearchManifest | undefined {
  const parsed = (typeof value === "object" && value !== null ? value : {}) as Partial<SearchManifest>;
  if (
    parsed.version !== version ||
    typeof parsed.shards !== "number" ||
    !Array.isArray(parsed.digests) ||
    !parsed.files ||
    typeof parsed.files !== "object"
  )
    return undefined;
  return parsed as SearchManifest;
}

/**
 * Reuses a previous shard's files as its manifest recorded them; false (and nothing left) when any is missing or
 * changed.
 */
function reuseShard(
  previous: PreviousOutput,
  files: Record<string, string>,
  shard: string,
  searchDir: string,
): boolean {
  const own = Object.keys(files).filter((path) => path.startsWith(`${shard}/`));
  if (!own.includes(`${shard}/pagefind-entry.json`)) return false;
  for (const path of own) {
    if (!previous.reuse(path, searchDir, files[path])) {
      rmSync(join(searchDir, shard), { recursive: true, force: true });
      return false;
    }
  }
  return true;
}

/** Content hashes of every file of the index, for the next build. */
function hashFiles(searchDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(searchDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === MANIFEST_FILE || entry.name === SHARDS_FILE) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(searchDir.length + 1)] = contentHash(readFileSync(path));
  }
  return files;
}

/**
 * Where the documents for Pagefind are written: beside the output folder, never in the system's
 * temp folder, where a killed build would leave them for good. Beside `_site` they are
 * `._site.search-XXXXXX`; beside a build's staging folder `.site.building-ID.search-XXXXXX`:
 * the next build into that folder removes them (src/site/output-folder.ts).
 */
function documentsFolderPrefix(site: string): string {
  const name = basename(site);
  return join(dirname(site), `${name.startsWith(".") ? name : `.${name}`}.search-`);
}

/** The document folders of indexing under way (see stopSearchIndexing). */
const inProgress = new Set<string>();
/** The worker threads indexing (see indexInWorker). */
const indexing = new Set<Worker>();
/** A worker kept from the last build for the next (`keepIndexer`), its Pagefind process running. */
let idle: Worker | undefined;

/**
 * Stops indexing under way at once, for a build interrupted with Ctrl-C: Pagefind's process is
 * ended (it would go on writing into the output folder the build is about to remove) and the
 * documents written for it are deleted. Synchronous, for signal handlers.
 */
export function stopSearchIndexing(): void {
  if (idle) {
    indexing.add(idle);
    idle = undefined;
  }
  if (inProgress.size === 0 && indexing.size === 0) return;
  // The worker ends Pagefind's process (close()) as soon as it reads this, while this thread waits.
  for (const worker of indexing) worker.postMessage("stop" satisfies SearchWorkerMessage);
  // A moment for the process to end before the caller removes what it was writing into.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  for (const worker of indexing) void worker.terminate();
  indexing.clear();
  for (const dir of inProgress) rmSync(dir, { recursive: true, force: true });
  inProgress.clear();
}

/**
 * Runs indexShards on a worker thread of its own (see pagefind-shards.ts); the documents indexed.
 * The jobs are made (their documents' HTML) while the worker starts. With `keep`, the worker and
 * its Pagefind process stay for the next call after a success (see `keepIndexer`).
 */
async function indexInWorker(jobsOf: () => ShardJob[], keep: boolean): Promise<number> {
  const worker = idle ?? startIndexer();
  idle = undefined;
  worker.ref();
  indexing.add(worker);
  let succeeded = false;
  let settle: { resolve(indexed: number): void; reject(error: Error): void } | undefined;
  const onMessage = (reply: SearchWorkerReply) => {
    if ("indexed" in reply) settle?.resolve(reply.indexed);
    else settle?.reject(new SearchIndexError(reply.error));
  };
  const onError = (error: Error) =>
    settle?.reject(new SearchIndexError({ ...problem("search-index", error.message), cause: error }));
  const onExit = (code: number) =>
    settle?.reject(new SearchIndexError(problem("search-index", `stopped before it finished (exit code ${code})`)));
  worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  try {
    const jobs = jobsOf();
    const indexed = await new Promise<number>((resolve, reject) => {
      settle = { resolve, reject };
      worker.postMessage({ jobs, keep } satisfies SearchWorkerMessage);
    });
    succeeded = true;
    return indexed;
  } finally {
    worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    // Stopped meanwhile (stopSearchIndexing): no longer listed, and ended already.
    const stopped = !indexing.delete(worker);
    if (keep && succeeded && !stopped) {
      // Kept idle, it must not keep the process alive.
      worker.unref();
      idle = worker;
    } else if (!stopped) await worker.terminate();
  }
}

/** A new indexing thread, forgotten if it ends while kept idle (a later build then starts another). */
function startIndexer(): Worker {
  const worker = startWorker(import.meta.url, "./search-index-worker");
  const forget = () => {
    if (idle === worker) idle = undefined;
  };
  // An error while idle must not go unheard (an 'error' event without a listener ends the process).
  worker.once("exit", forget).on("error", forget);
  return worker;
}

/**
 * Indexes the search documents with Pagefind into shards: `<outDir>/pagefind/shard-NN/` are
 * Pagefind bundles, each over the documents whose path hashes to it; `pagefind/shards.json`
 * lists them for the search page, which loads the first and merges the others (Pagefind's
 * mergeIndex); Pagefind's runtime sits once, in the first bundle
 * (the others are merged by it and load no code). A shard whose documents are all
 * unchanged since the previous build (same paths, same hashes) is hard-linked from there:
 * Pagefind has no incremental mode, so a rebuild after adding an article indexes one shard.
 * Needs nothing from the rendered pages, so it runs while Eleventy writes them.
 */
export async function runPagefind(outDir: string, options: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const site = resolve(outDir);
  const searchDir = join(site, "pagefind");
  const keepInPlace = options.keepInPlace;
  const previousSearchDir = join(resolve(keepInPlace?.dir ?? options.previousDir ?? site), "pagefind");
  const inPlace = previousSearchDir === searchDir;
  const version = `${pagefindVersion}; ${options.version ?? ""}`;
  const previous =
    keepInPlace?.manifest !== undefined
      ? validManifest(keepInPlace.manifest, version)
      : await readManifest(previousSearchDir, version);
  const fromPrevious = new PreviousOutput(previousSearchDir);

  const documents = [...options.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shards = options.shards ?? shardCount(documents.reduce((sum, doc) => sum + doc.size, 0));
  const members: SearchDocument[][] = Array.from({ length: shards }, () => []);
  for (const doc of documents) members[shardOf(doc.path, shards)]?.push(doc);
  const digests = members.map((list) => sha1(list.map((doc) => `${doc.path}\0${doc.hash}`).join("\n")));
  const sameLayout = previous !== undefined && previous.shards === shards;
  // With no document at all, one empty bundle still gives the search page an index to load.
  const present = members.map((list, shard) => list.length > 0 || (documents.length === 0 && shard === 0));

  // The bundle the search page loads first, and so the only one with the runtime (RUNTIME_FILES).
  const primary = present.indexOf(true);
  const hasRuntime = (shard: number) =>
    RUNTIME_FILES.every((file) =>
      inPlace
        ? existsSync(join(searchDir, shardFolder(shard), file))
        : previous?.files[`${shardFolder(shard)}/${file}`] !== undefined,
    );

  // Start from a clean folder, except for what an in-place rebuild keeps.
  if (!inPlace || !sameLayout) rmSync(searchDir, { recursive: true, force: true });
  mkdirSync(searchDir, { recursive: true });
  const dirty: number[] = [];
  let reused = 0;
  const kept: Record<string, string> = {};
  // In place of the previous site: a shard stays when every file of it is as that build wrote it.
  const keepShard = (files: Record<string, string>, shard: string): boolean => {
    const own = Object.keys(files).filter((path) => path.startsWith(`${shard}/`));
    if (
      !own.includes(`${shard}/pagefind-entry.json`) ||
      !own.every((path) => keepInPlace?.intact(`pagefind/${path}`, files[path] as string))
    )
      return false;
    for (const path of own) kept[`pagefind/${path}`] = files[path] as string;
    return true;
  };
  for (let shard = 0; shard < shards; shard++) {
    const folder = join(searchDir, shardFolder(shard));
    const unchanged = sameLayout && previous.digests[shard] === digests[shard];
    const reusable = () =>
      keepInPlace
        ? keepShard(previous?.files ?? {}, shardFolder(shard))
        : inPlace
          ? existsSync(join(folder, "pagefind-entry.json"))
          : reuseShard(fromPrevious, previous?.files ?? {}, shardFolder(shard), searchDir);
    if (!present[shard]) {
      if (inPlace) rmSync(folder, { recursive: true, force: true });
    } else if (unchanged && (shard !== primary || hasRuntime(shard)) && reusable()) {
      reused++;
      // A former primary (a shard before it was empty then) keeps its index, not its runtime.
      if (shard !== primary) {
        for (const file of RUNTIME_FILES) {
          rmSync(join(folder, file), { force: true });
          delete kept[`pagefind/${shardFolder(shard)}/${file}`];
        }
      }
    } else {
      rmSync(folder, { recursive: true, force: true });
      dirty.push(shard);
    }
  }
  if (inPlace && sameLayout) {
    // Shard folders beyond the current count (none unless the count changed, which cleans all).
    for (const entry of readdirSync(searchDir))
      if (/^shard-\d+$/.test(entry) && !present.some((on, shard) => on && shardFolder(shard) === entry))
        rmSync(join(searchDir, entry), { recursive: true, force: true });
  }
  const planned = performance.now();

  let documentsIndexed = 0;
  const sourceDir = dirty.length > 0 ? mkdtempSync(documentsFolderPrefix(site)) : undefined;
  if (sourceDir) {
    inProgress.add(sourceDir);
    try {
      documentsIndexed = await indexInWorker(
        () =>
          dirty.map((shard) => ({
            folder: join(searchDir, shardFolder(shard)),
            sourceDir: join(sourceDir, shardFolder(shard)),
            documents: (members[shard] ?? []).map((doc) => ({ path: doc.path, html: doc.html() })),
            runtime: shard === primary,
          })),
        options.keepIndexer ?? false,
      );
    } finally {
      rmSync(sourceDir, { recursive: true, force: true });
      inProgress.delete(sourceDir);
    }
  }
  const files = hashFiles(searchDir);
  for (const [path, hash] of Object.entries(kept)) files[path.slice("pagefind/".length)] = hash;
  const manifest: SearchManifest = {
    version,
    shards,
    digests,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  // Replace, never write through: in an in-place rebuild these may be links into an older build.
  for (const file of [SHARDS_FILE, MANIFEST_FILE]) rmSync(join(searchDir, file), { force: true });
  await writeFile(
    join(searchDir, SHARDS_FILE),
    JSON.stringify({ bundles: present.flatMap((on, shard) => (on ? [shardFolder(shard)] : [])) }),
  );
  if (!keepInPlace) await writeFile(join(searchDir, MANIFEST_FILE), JSON.stringify(manifest));
  const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(2);
  debug(
    () =>
      `search index: ${documents.length} documents in ${shards} shards; ${dirty.length} indexed (${documentsIndexed} documents) in ${seconds(planned)} s, ${reused} reused; planning ${seconds(started, planned)} s`,
  );
  return {
    documents: documents.length,
    shards,
    reindexed: dirty.length,
    reused,
    documentsIndexed,
    kept,
    ...(keepInPlace ? { manifest } : {}),
  };
}
