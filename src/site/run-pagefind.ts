import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { debug } from "../diagnostics/debug.js";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";
import { contentHash, PreviousOutput } from "./previous-output.js";
import type { SearchDocument } from "./search-documents.js";
import { shardCount, shardFolder, shardOf } from "./search-shard.js";

/** Pagefind could not index the built site. */
export class SearchIndexError extends DigestError {
  override name = "SearchIndexError";
}

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
/** Pagefind's UI, loaded by the search page from `pagefind/` (one copy for all shards). */
const UI_FILES = ["pagefind-ui.js", "pagefind-ui.css"] as const;
/** Files every bundle gets that a merged shard never loads: other UIs, the unknown-language runtime. */
const UNUSED_FILES = [
  ...UI_FILES,
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
  "wasm.unknown.pagefind",
];
const INDEX_CONFIG = { forceLanguage: "en" } as const;
/**
 * Pagefind's runtime (2.5 MB a copy, issue 16): only the primary bundle's is ever loaded. The
 * search page imports `pagefind.js` from the first bundle listed, which starts its worker and
 * loads its WebAssembly from that bundle's folder; merged bundles (mergeIndex) are read by that
 * runtime and load no code of their own. So the first bundle of `shards.json` keeps it and
 * every other bundle holds its index alone.
 */
const RUNTIME_FILES = ["pagefind.js", "pagefind-worker.js", `wasm.${INDEX_CONFIG.forceLanguage}.pagefind`] as const;
/**
 * Shards indexed at once. Pagefind holds every shard in progress in memory (400 MB with all 32
 * of a 10,000-article site at once, beside the build's own gigabyte); four keep both cores busy
 * and take the same time in a quarter of the memory.
 */
const SHARDS_AT_ONCE = 4;
/** Documents sent to Pagefind as content at once (only paths a glob cannot spell). */
const DOCUMENTS_AT_ONCE = 16;

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
  return `pagefind ${pagefind}; ${JSON.stringify(INDEX_CONFIG)}; ui at root, runtime in the first bundle only, shards trimmed, one document per story, filter values percent-encoded`;
})();

const sha1 = (data: string | Buffer) => createHash("sha1").update(data).digest("base64url");

async function readManifest(searchDir: string, version: string): Promise<SearchManifest | undefined> {
  try {
    return validManifest(JSON.parse(await readFile(join(searchDir, MANIFEST_FILE), "utf8")), searchDir, version);
  } catch {
    return undefined;
  }
}

/** A previous manifest of this version, whose index in searchDir has its UI files; else undefined. */
function validManifest(value: unknown, searchDir: string, version: string): SearchManifest | undefined {
  const parsed = (typeof value === "object" && value !== null ? value : {}) as Partial<SearchManifest>;
  if (
    parsed.version !== version ||
    typeof parsed.shards !== "number" ||
    !Array.isArray(parsed.digests) ||
    !parsed.files ||
    typeof parsed.files !== "object"
  )
    return undefined;
  // Without the UI files the search page could not start: index again rather than link a broken set.
  if (!UI_FILES.every((file) => existsSync(join(searchDir, file)))) return undefined;
  return parsed as SearchManifest;
}

/** The result URL of a page, as Pagefind derives it from a file path (index.html dropped). */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * Writes one shard's bundle into `folder`, and the UI files into its parent when asked. The files
 * come from Pagefind in memory and are written here: Pagefind's own `writeFiles` answers before
 * its last writes reach the disk (it drops each Tokio file without a flush), so a file read right
 * after it could still be empty.
 */
async function writeShard(
  index: PagefindIndex,
  folder: string,
  parts: { ui: boolean; runtime: boolean },
): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length)
    throw new SearchIndexError({
      ...problem("search-index", `could not write its index: ${errors.join("; ")}`),
      file: folder,
    });
  const skip = new Set<string>([...UNUSED_FILES, ...(parts.runtime ? [] : RUNTIME_FILES)]);
  const ui = new Set<string>(parts.ui ? UI_FILES : []);
  for (const file of files) {
    const path = file.path.replace(/^\/+/, "");
    if (ui.has(path)) writeNew(join(folder, "..", path), file.content);
    if (!skip.has(path)) writeNew(join(folder, path), file.content);
  }
}

/**
 * Writes a file under a name this build removed or never had (never through an older build's
 * link). Synchronously: a shard is a few small files, and written asynchronously each would wait
 * for a turn of the event loop, which the page planning gives only every few milliseconds.
 */
function writeNew(path: string, content: Uint8Array): void {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
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
  documents: readonly SearchDocument[],
): Promise<number> {
  const listed = documents.filter((doc) => GLOB_SAFE.test(doc.path));
  let indexed = 0;
  if (listed.length > 0) {
    for (const doc of listed) {
      mkdirSync(dirname(join(sourceDir, doc.path)), { recursive: true });
      writeFileSync(join(sourceDir, doc.path), doc.html());
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
      const response = await index.addHTMLFile({ url: pageUrl(doc.path), content: doc.html() });
      if (response.errors.length)
        throw new SearchIndexError(
          problem("search-index", `could not index ${doc.path}: ${response.errors.join("; ")}`),
        );
      indexed++;
    },
  );
  return indexed;
}

/** The document folders of indexing under way (see stopSearchIndexing). */
const inProgress = new Set<string>();

/**
 * Stops indexing under way at once, for a build interrupted with Ctrl-C: Pagefind's process is
 * ended (it would go on writing into the output folder the build is about to remove) and the
 * documents written for it are deleted. Synchronous, for signal handlers.
 */
export function stopSearchIndexing(): void {
  if (inProgress.size === 0) return;
  // Pagefind's close() ends its process before its promise settles.
  void close();
  // A moment for the process to end before the caller removes what it was writing into.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  for (const dir of inProgress) rmSync(dir, { recursive: true, force: true });
  inProgress.clear();
}

/** Runs `work` over items with at most `limit` running at once. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(runners);
}

/**
 * Indexes the search documents with Pagefind into shards: `<outDir>/pagefind/shard-NN/` are
 * Pagefind bundles, each over the documents whose path hashes to it; `pagefind/shards.json`
 * lists them for the search page, which loads the first and merges the others (Pagefind's
 * mergeIndex); Pagefind's UI files sit once in `pagefind/`, its runtime once in the first bundle
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
      ? validManifest(keepInPlace.manifest, previousSearchDir, version)
      : await readManifest(previousSearchDir, version);
  const fromPrevious = new PreviousOutput(previousSearchDir);

  const documents = [...options.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shards = options.shards ?? shardCount(documents.reduce((sum, doc) => sum + doc.size, 0));
  const members: SearchDocument[][] = Array.from({ length: shards }, () => []);
  for (const doc of documents) members[shardOf(doc.path, shards)]?.push(doc);
  const digests = members.map((list) => sha1(list.map((doc) => `${doc.path}\0${doc.hash}`).join("\n")));
  const sameLayout = previous !== undefined && previous.shards === shards;
  // With no document at all, one empty bundle still gives the search page its UI.
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
  // The UI files come from the previous build with the shards, or from a shard indexed now.
  const uiReused =
    inPlace ||
    (previous !== undefined &&
      (keepInPlace
        ? UI_FILES.every(
            (file) =>
              previous.files[file] !== undefined && keepInPlace.intact(`pagefind/${file}`, previous.files[file]),
          ) && UI_FILES.every((file) => (kept[`pagefind/${file}`] = previous.files[file] as string))
        : UI_FILES.every((file) => fromPrevious.reuse(file, searchDir, previous.files[file]))));
  if (!uiReused && dirty.length === 0 && primary >= 0) {
    rmSync(join(searchDir, shardFolder(primary)), { recursive: true, force: true });
    for (const path of Object.keys(kept)) if (path.startsWith(`pagefind/${shardFolder(primary)}/`)) delete kept[path];
    dirty.push(primary);
    reused--;
  }
  const planned = performance.now();

  let documentsIndexed = 0;
  let uiWritten = false;
  const sourceDir = dirty.length > 0 ? mkdtempSync(documentsFolderPrefix(site)) : undefined;
  if (sourceDir) inProgress.add(sourceDir);
  try {
    await eachLimited(dirty, SHARDS_AT_ONCE, async (shard) => {
      const { index, errors } = await createIndex(INDEX_CONFIG);
      if (!index) throw new SearchIndexError(problem("search-index", `did not start: ${errors.join("; ")}`));
      const indexed = await indexShard(index, join(sourceDir as string, shardFolder(shard)), members[shard] ?? []);
      documentsIndexed += indexed;
      const folder = join(searchDir, shardFolder(shard));
      const ui = !uiWritten;
      uiWritten = true;
      await writeShard(index, folder, { ui, runtime: shard === primary });
      // Free the service's copy of this shard as soon as it is written.
      await index.deleteIndex();
    });
  } finally {
    await close();
    if (sourceDir) {
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
