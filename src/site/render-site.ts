// The site stage of `digest build` and `digest serve`: decides which files of the site changed,
// has Eleventy render only those, and hands the commit (site-commit.ts) the list of files to move
// into the output folder and to delete from it. Files that did not change are not touched at all.
//
// Which pages to render is decided by their inputs: a page kind marked `incremental` depends on
// its record alone (and on the site code and page context: `version`), so a page whose record
// hashes as in the previous build's manifest, and whose file is still as that build wrote it,
// is kept without rendering. The records of the other pages, and of the whole-site files
// (indexes, exports, sitemap), go to Eleventy (programmatic API, `.eleventy.js`, one virtual
// template per page kind: site-plugin.ts) as its render plan, with the staging folder as its
// output; a file Eleventy wrote with the bytes the site already has is dropped from staging, so
// the commit writes only files that differ. With nothing to render, Eleventy is not started.
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { debug } from "../diagnostics/debug.js";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";
import type { SiteData } from "../types.js";
import { SITE_MARKER, SITE_MARKER_TEXT } from "./output-folder.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import { PageFailures, renderGuarded, type PageFailure } from "./page-failures.js";
import { noRecords, RenderPlan } from "./page-template.js";
import { pageContext } from "./pages/page-context.js";
import { contentHash, fileRecord, PreviousOutput, type FileRecord } from "./previous-output.js";
import { pageRecordHash } from "./record-hash.js";
import { runPagefind, type SearchManifest } from "./run-pagefind.js";
import { searchDocuments } from "./search-documents.js";
import { DEFAULT_CACHE_DIR } from "../cache/cache-folder.js";
import { commitChanges, manifestPath, STAGED_MANIFEST, type SiteChanges } from "./site-commit.js";
import { renderVersion } from "./site-code-version.js";
import { buildSitePages } from "./site-pages.js";
import { listOutputNow, type OutputListing } from "./output-listing.js";

export { stopSearchIndexing } from "./run-pagefind.js";

export interface RenderOptions {
  /** The site to build: the files of the previous build found there are kept where unchanged. */
  outDir: string;
  /** Serve the site under this path, e.g. `/repo/` for GitHub Pages project sites. Default `/`. */
  pathPrefix?: string;
  /**
   * The site's origin (`https://user.github.io`) for absolute URLs in feeds, sitemap and Open Graph. Default:
   * `$DIGEST_SITE_URL`, else site-relative URLs.
   */
  siteUrl?: string;
  /**
   * Keep pages whose record did not change without rendering them, and search shards whose
   * stories did not change without indexing them. Default true; false renders and indexes all
   * (`--no-cache`); files whose bytes come out the same are left untouched either way.
   */
  reuse?: boolean;
  /**
   * The build's cache folder, where the site's manifest is kept between builds (manifestPath in
   * site-commit.ts). Default `.cache/digest` under the working folder.
   */
  cacheDir?: string;
  /**
   * What outDir held when the build started, listed on another thread meanwhile (listOutput); listed here when absent
   * or when that failed.
   */
  listing?: Promise<OutputListing | undefined>;
  /** Pages Eleventy renders at once at most (default RENDER_PART_PAGES). */
  partPages?: number;
  /** Keep the search index's thread and Pagefind's process for the next build of this process (`digest serve`). */
  keepSearchIndexer?: boolean;
}

export interface RenderResult {
  /** HTML pages in the site. */
  pages: number;
  /** All files in the site, search index included. */
  files: number;
  /** Pages rendered this time. */
  rendered: number;
  /** Pages kept from the previous build without rendering. */
  kept: number;
  /** Whole-site exports made in the build's process (page-kinds.ts), written only where their bytes changed. */
  exported: number;
  /**
   * The size of every file of the site once committed, by path relative to it (forward slashes): the site's size
   * without walking it (site-size.ts).
   */
  fileSizes: Record<string, number>;
  /** Files written (new or changed). */
  written: number;
  /** Files deleted from the previous site (stale, or not written by this tool). */
  removed: number;
  /**
   * Pages (and search documents) that failed to render; placeholders stand in for them. The caller decides whether that
   * fails the build.
   */
  failures: PageFailure[];
}

/** What an output folder was built from, beside its files, for the next build. */
export interface SiteManifest {
  /** The site code and page context the files were rendered with; another version keeps no page unrendered. */
  version: string;
  /** Output path of each incremental page -> hash of its kind and record. */
  pages: Record<string, string>;
  /** Every file of the site, as written (see previous-output.ts). */
  files: Record<string, FileRecord>;
  /** What the search index was made from (run-pagefind.ts), kept here rather than published in `pagefind/`. */
  search?: SearchManifest;
}

/**
 * The manifest's name inside the output folder, where builds before issue 16 kept it (and published it). It is read
 * once for the first build after (so that build renders no more than it must) and deleted with the other strays; the
 * manifest now lives in the build's cache folder (site-commit.ts, `manifestPath`).
 */
export const LEGACY_MANIFEST_FILE = ".digest-manifest.json";
export { manifestPath } from "./site-commit.js";

/** Two pages of the site would be written to one path. */
export class DuplicatePathError extends DigestError {
  override name = "DuplicatePathError";
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ASSETS = join(projectRoot, "templates", "assets");

type EleventyClass = typeof import("@11ty/eleventy").default;
let eleventyModule: Promise<EleventyClass> | undefined;

/**
 * Eleventy's module, loaded once per process (0.4-2.5 s on these machines): `digest serve`
 * keeps it warm between rebuilds, and a build waiting on extraction workers loads it early.
 */
export function loadEleventy(): Promise<EleventyClass> {
  // Eleventy 3 registers an ESM resolve hook when imported, a cache buster for its own --watch.
  // On Node 20 (`module.register`) the hook runs on a thread of its own, and every import the
  // process makes afterwards (the stages load theirs lazily, after Eleventy) waits on a round
  // trip to it: a third of a second of a rebuild. The digest never re-imports changed code (a
  // preview rebuilds with the code it started with), so it goes without, as Eleventy's
  // ELEVENTY_SKIP_ESM_RESOLVER lets it.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  // `.eleventy.js` picks the compiled configuration or the TypeScript itself (bin/load-code.js).
  eleventyModule ??= import("@11ty/eleventy").then((module) => module.default);
  // A failed load is tried again by the next build rather than remembered.
  eleventyModule.catch(() => (eleventyModule = undefined));
  return eleventyModule;
}

/**
 * Has Eleventy render the plan's records into `outDir` (configuration `.eleventy.js`). Returns
 * what it wrote, by output path: Eleventy keeps every page's content until its build ends anyway,
 * and hashing those strings spares reading every file back (52,000 at 10,000 stories of one article).
 */
async function renderWithEleventy(plan: RenderPlan, outDir: string): Promise<Map<string, string | Buffer>> {
  const Eleventy = await loadEleventy();
  const cwdRelative = (path: string) => relative(process.cwd(), path) || ".";
  const eleventy = new Eleventy(cwdRelative(join(projectRoot, "templates")), cwdRelative(outDir), {
    configPath: cwdRelative(join(projectRoot, ".eleventy.js")),
    quietMode: true,
    config(config: { addGlobalData(name: string, data: unknown): void }) {
      config.addGlobalData("siteRender", plan);
    },
  });
  // Its summary line and error report would interleave with the build's own report; an error
  // still reaches the caller, thrown.
  eleventy.disableLogger();
  const [, templates] = (await eleventy.write()) as [unknown, { outputPath?: unknown; content?: unknown }[]];
  const written = new Map<string, string | Buffer>();
  for (const { outputPath, content } of templates ?? [])
    if (typeof outputPath === "string" && (typeof content === "string" || Buffer.isBuffer(content)))
      written.set(resolve(outputPath), content);
  return written;
}

/**
 * Pages Eleventy renders at once at most. It keeps every page it renders until its run ends, half a
 * gigabyte for the 22,000 pages of 10,000 articles, on top of the site's records: the build's peak.
 * A larger render goes in parts, with a full collection between them.
 */
export const RENDER_PART_PAGES = 8_000;

/** The pages to render (their kinds, records and paths, in the same order) cut into parts of at most `size`. */
export function renderParts(
  kinds: readonly PageKindName[],
  records: Record<PageKindName, unknown[]>,
  paths: readonly string[],
  size: number = RENDER_PART_PAGES,
): { records: Record<PageKindName, unknown[]>; paths: string[] }[] {
  if (paths.length <= size) return [{ records, paths: [...paths] }];
  const parts: { records: Record<PageKindName, unknown[]>; paths: string[] }[] = [];
  const taken = new Map<PageKindName, number>();
  for (let from = 0; from < paths.length; from += size) {
    const part = { records: noRecords(), paths: paths.slice(from, from + size) };
    for (let k = from; k < Math.min(paths.length, from + size); k++) {
      const kind = kinds[k]!;
      const at = taken.get(kind) ?? 0;
      part.records[kind].push(records[kind][at]);
      taken.set(kind, at + 1);
    }
    parts.push(part);
  }
  return parts;
}

/**
 * A full garbage collection now, where V8 lets one be asked for (its `gc`, exposed at run time for
 * this); else nothing. V8 lets the heap grow to twice the live data before collecting on its own,
 * so without it the parts' garbage would pile up as one render's pages did.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
  } catch {
    // Not allowed here: V8 collects when it will.
  }
}

/** Milliseconds of page planning between two turns of the event loop (see prepareSite). */
const PLAN_TURN_MS = 5;

/** The previous build's manifest: in the cache folder, else (a site built before issue 16) inside outDir. */
function readManifest(outDir: string, file: string): { manifest: SiteManifest; text: string } | undefined {
  return readManifestFile(file) ?? readManifestFile(join(outDir, LEGACY_MANIFEST_FILE));
}

function readManifestFile(file: string): { manifest: SiteManifest; text: string } | undefined {
  try {
    const text = readFileSync(file, "utf8");
    const parsed = JSON.parse(text) as Partial<SiteManifest>;
    const valid =
      typeof parsed.version === "string" &&
      typeof parsed.pages === "object" &&
      parsed.pages !== null &&
      typeof parsed.files === "object" &&
      parsed.files !== null &&
      Object.values(parsed.files).every((record) => Array.isArray(record) && record.length === 4);
    return valid ? { manifest: parsed as SiteManifest, text } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders the site's changed files into `staging` (a folder beside outDir) and says what the
 * commit must move and delete; outDir itself is only read. The search index is built by
 * Pagefind (a process of its own) while the pages are rendered.
 */
export async function prepareSite(
  site: SiteData,
  options: RenderOptions & { staging: string },
): Promise<{ result: RenderResult; changes: SiteChanges }> {
  const started = performance.now();
  const outDir = resolve(options.outDir);
  const staging = resolve(options.staging);
  const reuse = options.reuse ?? true;
  const siteUrl = options.siteUrl ?? process.env.DIGEST_SITE_URL ?? "";
  const ctx = pageContext({ prefix: options.pathPrefix ?? "/", siteUrl });
  const version = await renderVersion(ctx);
  const manifestFile = manifestPath(outDir, options.cacheDir ?? DEFAULT_CACHE_DIR);
  const before = readManifest(outDir, manifestFile);
  const previous = new PreviousOutput(outDir, before?.manifest.files ?? {});
  const keptPages = reuse && before?.manifest.version === version ? before.manifest.pages : {};
  mkdirSync(staging, { recursive: true });

  const failures = new PageFailures();
  const searchStarted = performance.now();
  const searchIndex = runPagefind(staging, {
    documents: searchDocuments(site, failures),
    version,
    keepIndexer: options.keepSearchIndexer ?? false,
    ...(reuse
      ? {
          keepInPlace: {
            dir: outDir,
            intact: (path: string, hash: string) => previous.intact(path, hash),
            ...(before?.manifest.search ? { manifest: before.manifest.search } : {}),
          },
        }
      : {}),
  });
  // Until it is awaited below, a failure must not count as unhandled.
  searchIndex.catch(() => undefined);

  const files: Record<string, FileRecord> = {};
  const write: string[] = [];
  const made = new Set<string>();
  const claimed = new Set<string>();
  const claim = (path: string, what: string) => {
    if (claimed.has(path)) throw new DuplicatePathError(problem("duplicate-output-path", path, what));
    claimed.add(path);
  };
  /** Writes a file into staging unless the previous site has it with these bytes, untouched. */
  const stage = (path: string, data: string | Buffer) => {
    const hash = contentHash(data);
    const old = previous.record(path);
    if (old && previous.intact(path, hash)) {
      files[path] = old;
      return;
    }
    const target = join(staging, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, data);
    files[path] = fileRecord(hash, lstatSync(target));
    write.push(path);
  };
  /**
   * Keeps a file written into staging (by Eleventy, by Pagefind) only if the previous site does not have it with these
   * bytes, untouched.
   */
  const settle = (path: string, written?: ReadonlyMap<string, string | Buffer>) => {
    const full = join(staging, path);
    const hash = contentHash(written?.get(full) ?? readFileSync(full));
    const old = previous.record(path);
    if (old && previous.intact(path, hash)) {
      files[path] = old;
      rmSync(full);
    } else {
      files[path] = fileRecord(hash, lstatSync(full));
      write.push(path);
    }
  };

  const pages: Record<string, string> = {};
  let rendered = 0;
  let kept = 0;
  let exported = 0;
  const toRender = noRecords();
  const renderPaths: string[] = [];
  /** The kind of each page in renderPaths. */
  const renderKinds: PageKindName[] = [];
  try {
    const sitePages = buildSitePages(site);
    let turn = performance.now();
    for (const name of Object.keys(PAGE_KINDS) as PageKindName[]) {
      const kind = PAGE_KINDS[name];
      for (const record of kind.records(sitePages, site)) {
        // Let Pagefind's replies through: it indexes in a process of its own, but each step
        // waits for this thread to read the last reply (the index files, megabytes, arrive in
        // many chunks), and this loop hashes every page's record: 1.9 s at 10,000 articles,
        // which Pagefind spent waiting.
        if (performance.now() - turn > PLAN_TURN_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          turn = performance.now();
        }
        const path = kind.outputPath(record);
        claim(path, `a ${name} page`);
        if (!kind.incremental) {
          // A whole-site export: made here, written only if its bytes differ (page-kinds.ts).
          const guarded = { kind: name, path: () => path, articles: () => kind.sources?.(record, site) ?? [] };
          stage(
            path,
            renderGuarded(guarded, () => kind.render(ctx, record, site), failures),
          );
          exported++;
          continue;
        }
        const hash = `${name}:${pageRecordHash(record)}`;
        pages[path] = hash;
        if (keptPages[path] === hash && previous.intact(path)) {
          files[path] = previous.record(path) as FileRecord;
          kept++;
          continue;
        }
        rendered++;
        toRender[name].push(record);
        renderPaths.push(path);
        renderKinds.push(name);
      }
    }
    for (const entry of readdirSync(ASSETS, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join("assets", join(entry.parentPath, entry.name).slice(ASSETS.length + 1));
      claim(path, "an asset");
      stage(path, readFileSync(join(entry.parentPath, entry.name)));
    }
    stage(SITE_MARKER, SITE_MARKER_TEXT);
    if (rendered > 0) {
      const eleventyStarted = performance.now();
      const parts = renderParts(renderKinds, toRender, renderPaths, options.partPages);
      // A function per part, so that nothing of it is reachable once its pages are settled.
      const renderPart = async (part: (typeof parts)[number]) => {
        const written = await renderWithEleventy(new RenderPlan(ctx, site, part.records, failures), staging);
        for (const path of part.paths) settle(path, written);
      };
      for (const [k, part] of parts.entries()) {
        // The last part's pages are written and hashed: what Eleventy held of them is garbage,
        // collected before this part makes as much again.
        if (k > 0) collectGarbage();
        await renderPart(part);
      }
      debug(
        () =>
          `eleventy ${((performance.now() - eleventyStarted) / 1000).toFixed(2)} s for ${rendered} files` +
          (parts.length > 1 ? ` in ${parts.length} parts` : ""),
      );
    }
  } catch (error) {
    await searchIndex.catch(() => undefined);
    throw error;
  }
  const renderedIn = performance.now();

  const search = await searchIndex;
  for (const path of Object.keys(search.kept)) files[path] = previous.record(path) as FileRecord;
  // What Pagefind wrote: kept where the previous site has the same bytes (its manifests, the UI).
  const searchDir = join(staging, "pagefind");
  for (const entry of readdirSync(searchDir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) settle(join(entry.parentPath, entry.name).slice(staging.length + 1));
  debug(
    () =>
      `search index ${((performance.now() - searchStarted) / 1000).toFixed(2)} s (${search.reindexed} of ${search.shards} shards indexed)`,
  );

  // A placeholder is not the page: the next build renders it again (and reports it again).
  for (const failure of failures.list) delete pages[failure.path];
  const sortedFiles = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifestText = JSON.stringify({
    version,
    pages,
    files: sortedFiles,
    ...(search.manifest ? { search: search.manifest } : {}),
  } satisfies SiteManifest);
  // Moved after every file by the commit: a reader of the manifest finds every file it lists in place.
  const manifest = manifestText !== before?.text || !isRegularFile(manifestFile);
  if (manifest) writeFileSync(join(staging, STAGED_MANIFEST), manifestText);
  const remove = strays((await options.listing) ?? listOutputNow(outDir), files);
  const pageCount = Object.keys(files).filter((path) => path.endsWith(".html")).length;
  const result: RenderResult = {
    pages: pageCount,
    files: Object.keys(files).length,
    rendered,
    kept,
    exported,
    fileSizes: Object.fromEntries(
      Object.entries(sortedFiles).map(([path, record]) => [path.split(sep).join("/"), record[1]]),
    ),
    written: write.length,
    removed: remove.length,
    failures: failures.list,
  };
  debug(
    () =>
      `render: ${rendered} pages rendered, ${kept} kept, ${write.length} files to write, ${remove.length} to delete; ` +
      `pages ${((renderedIn - started) / 1000).toFixed(2)} s, in all ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  return { result, changes: { staging, write, remove, ...(manifest ? { manifest: manifestFile } : {}) } };
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * What outDir holds (its listing) that the new site does not: files of the previous site no
 * longer made, and anything else (a file or folder put there by hand, a symbolic link), which a
 * clean build would not have either. A folder the new site has no file in goes whole.
 */
function strays(listing: OutputListing, files: Record<string, FileRecord>): string[] {
  const needed = new Set<string>();
  for (const path of Object.keys(files))
    for (let dir = dirname(path); dir !== "." && !needed.has(dir); dir = dirname(dir)) needed.add(dir);
  const remove: string[] = [];
  const removedFolders = new Set<string>();
  const inRemoved = (path: string) => {
    for (let dir = dirname(path); dir !== "."; dir = dirname(dir)) if (removedFolders.has(dir)) return true;
    return false;
  };
  // Parents before their contents, so that a removed folder's files are not listed as well.
  const sorted = listing.paths
    .map((path, k) => ({ path, folder: listing.folders[k]! }))
    .sort((a, b) => a.path.split(sep).length - b.path.split(sep).length);
  for (const { path, folder } of sorted) {
    if (inRemoved(path)) continue;
    if (folder) {
      if (!needed.has(path)) {
        removedFolders.add(path);
        remove.push(path);
      }
    } else if (!Object.hasOwn(files, path)) remove.push(path);
  }
  return remove;
}

/**
 * Renders a site into outDir in place, without the lock or recovery of `digest build`
 * (output-folder.ts): for tests and tools that own their folder.
 */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<RenderResult> {
  const outDir = resolve(options.outDir);
  const staging = join(
    dirname(outDir),
    `.${basename(outDir)}.building-${process.pid}-${randomBytes(3).toString("hex")}`,
  );
  try {
    const { result, changes } = await prepareSite(site, { ...options, staging });
    commitChanges(outDir, changes);
    return result;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Every page kind's output paths for a site, in the order pages are rendered (for tests and tools). */
export function outputPaths(site: SiteData): string[] {
  const pages = buildSitePages(site);
  return Object.values(PAGE_KINDS).flatMap((kind) =>
    kind.records(pages, site).map((record) => kind.outputPath(record)),
  );
}
