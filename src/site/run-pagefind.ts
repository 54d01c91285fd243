import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { DigestError } from "../diagnostics/digest-error.js";
import { shardCount, shardFolder, shardOf } from "./search-shard.js";

/** Pagefind could not index the built site. */
export class SearchIndexError extends DigestError {
  override name = "SearchIndexError";
}

export interface SearchIndexOptions {
  /**
   * The previous build's output: shards whose pages did not change are linked from its
   * `pagefind/` folder instead of being indexed again. Default: outDir itself (a rebuild in
   * place, as the dev server does).
   */
  previousDir?: string;
  /** Number of shards. Default: by the number of indexed pages (see search-shard.ts). */
  shards?: number;
}

export interface SearchIndexResult {
  /** Pages in the story and article folders (redirect stubs included; Pagefind skips those). */
  pages: number;
  /** Shards the pages are split into. */
  shards: number;
  /** Shards written (indexed) this time. */
  reindexed: number;
  /** Non-empty shards kept from the previous build. */
  reused: number;
  /** Pages read and given to Pagefind this time. */
  pagesIndexed: number;
}

/** The pages that carry `data-pagefind-body` live in these folders (see src/site/pages/). */
const INDEXED_FOLDERS = ["stories", "articles"] as const;
/** Public: the bundles to load, read by the search page's script (templates/assets/search.js). */
export const SHARDS_FILE = "shards.json";
/** Private: what each shard was built from, for the next build. */
const MANIFEST_FILE = ".digest-search.json";
/** Pagefind's UI, loaded by the search page from `pagefind/` (one copy for all shards). */
const UI_FILES = ["pagefind-ui.js", "pagefind-ui.css"] as const;
/** Files every bundle gets that a merged shard never loads: other UIs, the unknown-language runtime. */
const UNUSED_FILES = [...UI_FILES, "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "wasm.unknown.pagefind"];
/**
 * Shards indexed at once: all of them. Pagefind's service holds no more pages than one whole
 * index would, and with fewer at once a full build was a quarter slower (10,000 articles).
 */
const SHARDS_AT_ONCE = Number.POSITIVE_INFINITY;
/** Pages sent to Pagefind as content at once (only paths a glob cannot spell). */
const PAGES_AT_ONCE = 16;
const INDEX_CONFIG = { forceLanguage: "en" } as const;

interface PageEntry {
  /** inode, size and mtime: a page linked from the previous build keeps them, so it is not read again. */
  stat: string;
  /** Hash of the page's HTML. */
  hash: string;
}

interface SearchManifest {
  /** Pagefind's version and our indexing settings: a change re-indexes everything. */
  version: string;
  shards: number;
  /** Per shard, a hash of its pages' paths and content hashes. */
  digests: string[];
  pages: Record<string, PageEntry>;
}

const searchVersion = (() => {
  let pagefind = "unknown";
  try {
    const main = fileURLToPath(import.meta.resolve("pagefind"));
    pagefind = (JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8")) as { version?: string }).version ?? pagefind;
  } catch {
    // Without a version every build re-indexes all shards once the version becomes readable: safe.
  }
  return `pagefind ${pagefind}; ${JSON.stringify(INDEX_CONFIG)}; ui at root, shards trimmed`;
})();

const sha1 = (data: string | Buffer) => createHash("sha1").update(data).digest("base64url");

function listIndexedPages(outDir: string): string[] {
  const paths: string[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const root = join(outDir, folder);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".html")) paths.push(`${folder}/${join(entry.parentPath, entry.name).slice(root.length + 1).split("\\").join("/")}`);
    }
  }
  return paths.sort();
}

async function readManifest(searchDir: string): Promise<SearchManifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(searchDir, MANIFEST_FILE), "utf8")) as Partial<SearchManifest>;
    if (parsed.version !== searchVersion || typeof parsed.shards !== "number" || !Array.isArray(parsed.digests) || !parsed.pages) return undefined;
    // Without the UI files the search page could not start: index again rather than link a broken set.
    if (!UI_FILES.every((file) => existsSync(join(searchDir, file)))) return undefined;
    return parsed as SearchManifest;
  } catch {
    return undefined;
  }
}

/** The result URL of a page, as Pagefind derives it from a file path (index.html dropped). */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

/** Hard-links a file (a copy across file systems), replacing the target: never writes through a link into an older build. */
function linkOrCopy(source: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Hard-links a previous shard's files; false when it is gone. */
function linkTree(from: string, to: string): boolean {
  if (!existsSync(join(from, "pagefind-entry.json"))) return false;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    linkOrCopy(source, target);
  }
  return true;
}

/** Paths safe to list in a glob alternation (generated slugs always are). */
const GLOB_SAFE = /^[\w./-]+$/;

/**
 * Adds a shard's pages to its index. Pagefind reads the files itself through a glob listing
 * them (in parallel, without sending every page through its pipe: about a third faster); a path
 * a glob cannot spell is sent as content. Pages without `data-pagefind-body` (redirect stubs)
 * are left out by Pagefind because the shard's other pages have it.
 */
async function indexShard(index: PagefindIndex, outDir: string, paths: readonly string[]): Promise<number> {
  const listed = paths.filter((path) => GLOB_SAFE.test(path));
  let indexed = 0;
  if (listed.length > 0) {
    const added = await index.addDirectory({ path: outDir, glob: listed.length === 1 ? listed[0] : `{${listed.join(",")}}` });
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`, outDir);
    indexed += added.page_count;
  }
  await eachLimited(
    paths.filter((path) => !GLOB_SAFE.test(path)),
    PAGES_AT_ONCE,
    async (path) => {
      const content = await readFile(join(outDir, path), "utf8");
      if (!content.includes("data-pagefind-body")) return;
      const response = await index.addHTMLFile({ url: pageUrl(path), content });
      if (response.errors.length) throw new SearchIndexError(`Pagefind could not index ${path}: ${response.errors.join("; ")}`, join(outDir, path));
      indexed++;
    },
  );
  return indexed;
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
 * Indexes the built story and article pages with Pagefind into shards: `<outDir>/pagefind/shard-NN/`
 * are Pagefind bundles, each over the pages whose path hashes to it; `pagefind/shards.json` lists
 * them for the search page, which loads the first and merges the others (Pagefind's mergeIndex);
 * Pagefind's UI files sit once in `pagefind/`. A shard whose pages are all unchanged since the
 * previous build (same paths, same HTML) is hard-linked from there: Pagefind has no incremental
 * mode, so a rebuild after adding an article indexes only the few shards that changed.
 */
export async function runPagefind(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const started = performance.now();
  const site = resolve(outDir);
  const searchDir = join(site, "pagefind");
  const previousSearchDir = join(resolve(options.previousDir ?? site), "pagefind");
  const inPlace = previousSearchDir === searchDir;
  const previous = await readManifest(previousSearchDir);

  const paths = listIndexedPages(site);
  const shards = options.shards ?? shardCount(paths.length);
  const members: string[][] = Array.from({ length: shards }, () => []);
  const pages: Record<string, PageEntry> = {};
  for (const path of paths) {
    const file = join(site, path);
    const info = statSync(file);
    const stat = `${info.ino}:${info.size}:${info.mtimeMs}`;
    const before = previous?.pages[path];
    pages[path] = { stat, hash: before?.stat === stat ? before.hash : sha1(readFileSync(file)) };
    members[shardOf(path, shards)]?.push(path);
  }
  const digests = members.map((list) => sha1(list.map((path) => `${path}\0${pages[path]?.hash}`).join("\n")));
  const sameLayout = previous !== undefined && previous.shards === shards;
  // With no page at all, one empty bundle still gives the search page its UI.
  const present = members.map((list, shard) => list.length > 0 || (paths.length === 0 && shard === 0));

  // Start from a clean folder, except for what an in-place rebuild keeps.
  if (!inPlace || !sameLayout) rmSync(searchDir, { recursive: true, force: true });
  mkdirSync(searchDir, { recursive: true });
  const dirty: number[] = [];
  let reused = 0;
  for (let shard = 0; shard < shards; shard++) {
    const folder = join(searchDir, shardFolder(shard));
    const unchanged = sameLayout && previous.digests[shard] === digests[shard];
    if (!present[shard]) {
      if (inPlace) rmSync(folder, { recursive: true, force: true });
    } else if (unchanged && (inPlace ? existsSync(join(folder, "pagefind-entry.json")) : linkTree(join(previousSearchDir, shardFolder(shard)), folder))) {
      reused++;
    } else {
      rmSync(folder, { recursive: true, force: true });
      dirty.push(shard);
    }
  }
  if (inPlace && sameLayout) {
    // Shard folders beyond the current count (none unless the count changed, which cleans all).
    for (const entry of readdirSync(searchDir)) if (/^shard-\d+$/.test(entry) && !present.some((on, shard) => on && shardFolder(shard) === entry)) rmSync(join(searchDir, entry), { recursive: true, force: true });
  }
  const planned = performance.now();

  let pagesIndexed = 0;
  let uiWritten = false;
  try {
    await eachLimited(dirty, SHARDS_AT_ONCE, async (shard) => {
      const { index, errors } = await createIndex(INDEX_CONFIG);
      if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join("; ")}. Check that the pagefind package installed its binary (npm ci).`);
      const indexed = await indexShard(index, site, members[shard] ?? []);
      pagesIndexed += indexed;
      const folder = join(searchDir, shardFolder(shard));
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`, folder);
      // Free the service's copy of this shard as soon as it is written.
      await index.deleteIndex();
      if (!uiWritten) {
        uiWritten = true;
        for (const file of UI_FILES) linkOrCopy(join(folder, file), join(searchDir, file));
      }
      // After the UI files are linked from this shard: removing a name leaves the linked file.
      for (const file of UNUSED_FILES) rmSync(join(folder, file), { force: true });
    });
  } finally {
    await close();
  }
  if (!uiWritten && !inPlace) for (const file of UI_FILES) linkOrCopy(join(previousSearchDir, file), join(searchDir, file));

  const manifest: SearchManifest = { version: searchVersion, shards, digests, pages };
  // Replace, never write through: in an in-place rebuild these may be links into an older build.
  for (const file of [SHARDS_FILE, MANIFEST_FILE]) rmSync(join(searchDir, file), { force: true });
  await writeFile(join(searchDir, SHARDS_FILE), JSON.stringify({ bundles: present.flatMap((on, shard) => (on ? [shardFolder(shard)] : [])) }));
  await writeFile(join(searchDir, MANIFEST_FILE), JSON.stringify(manifest));
  if (process.env.DEBUG) {
    const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(2);
    process.stderr.write(`[digest] search index: ${paths.length} pages in ${shards} shards; ${dirty.length} indexed (${pagesIndexed} pages) in ${seconds(planned)} s, ${reused} reused; planning ${seconds(started, planned)} s\n`);
  }
  return { pages: paths.length, shards, reindexed: dirty.length, reused, pagesIndexed };
}
