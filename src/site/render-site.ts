import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { debug } from "../diagnostics/debug.js";
import type { SiteData } from "../types.js";
import { PAGE_KINDS } from "./page-kinds.js";
import { PageFailures, type PageFailure } from "./page-failures.js";
import type { RenderPlan } from "./page-template.js";
import { pageContext } from "./pages/page-context.js";
import { contentHash, PreviousOutput } from "./previous-output.js";
import { selectPages, type PageManifest } from "./select-pages.js";
import { renderVersion } from "./site-code-version.js";
import { buildSitePages } from "./site-pages.js";
import { indexSearch } from "./site-plugin.js";

export { stopSearchIndexing } from "./run-pagefind.js";

export interface RenderOptions {
  /** Where the site is written. */
  outDir: string;
  /** Serve the site under this path, e.g. `/repo/` for GitHub Pages project sites. Default `/`. */
  pathPrefix?: string;
  /** The site's origin (`https://user.github.io`) for absolute URLs in feeds, sitemap and Open Graph. Default: `$DIGEST_SITE_URL`, else site-relative URLs. */
  siteUrl?: string;
  /** Silence Eleventy's per-file log. Default false. */
  quiet?: boolean;
  /**
   * The previous build's output (a folder other than outDir). Pages whose record is unchanged
   * since that build are linked from there instead of rendered again. Default: render all.
   */
  previousDir?: string;
}

export interface RenderResult {
  /** HTML pages written. */
  pages: number;
  /** All files in the output, search index included. */
  files: number;
  /** Files Eleventy rendered this time. */
  rendered: number;
  /** Files kept from the previous build unchanged. */
  kept: number;
  /** Pages (and search documents) that failed to render; placeholders stand in for them. The caller decides whether that fails the build. */
  failures: PageFailure[];
}

/** The manifest beside the output's files: what each page was rendered from, for the next build. */
export const MANIFEST_FILE = ".digest-manifest.json";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function countFiles(dir: string): Promise<{ files: number; pages: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name !== MANIFEST_FILE);
  return { files: files.length, pages: files.filter((entry) => entry.name.endsWith(".html")).length };
}

async function readManifest(dir: string): Promise<PageManifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8")) as Partial<PageManifest>;
    return typeof parsed.version === "string" && parsed.pages && typeof parsed.pages === "object" ? (parsed as PageManifest) : undefined;
  } catch {
    return undefined;
  }
}

type EleventyClass = typeof import("@11ty/eleventy").default;
let eleventyModule: Promise<EleventyClass> | undefined;

/**
 * Eleventy's module, loaded once (about a third of a second): callers with idle time before
 * rendering, such as a build waiting on extraction workers, load it early.
 */
export function loadEleventy(): Promise<EleventyClass> {
  eleventyModule ??= (async () => {
    // Eleventy imports `.eleventy.ts` with Node's own loader: make sure tsx handles TypeScript
    // (the `digest` bin registers it already; tests and other callers may not have).
    const { register } = await import("tsx/esm/api");
    register();
    return (await import("@11ty/eleventy")).default;
  })();
  return eleventyModule;
}

/**
 * Renders SiteData into outDir with Eleventy (programmatic API, configuration `.eleventy.ts`)
 * and, at the same time, its search index with Pagefind (awaited by the site plugin's
 * `eleventy.after` step). With `previousDir`, only pages whose record changed are rendered and
 * only search shards whose stories changed are indexed; the rest is reused from the previous build.
 */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<RenderResult> {
  const setupStarted = performance.now();
  const outDir = resolve(options.outDir);
  const siteUrl = options.siteUrl ?? process.env.DIGEST_SITE_URL ?? "";
  const ctx = pageContext({ prefix: options.pathPrefix ?? "/", siteUrl });
  const version = await renderVersion(ctx);
  const previousDir = options.previousDir ? resolve(options.previousDir) : undefined;
  // The search index is made from the site's data, not from the pages: Pagefind (a process of
  // its own) indexes while the pages are selected and Eleventy renders them.
  const failures = new PageFailures();
  const searchIndex = indexSearch(ctx, site, version, outDir, previousDir, failures);
  // Until the site plugin awaits it, a failure must not count as unhandled.
  searchIndex.catch(() => undefined);

  const Eleventy = await loadEleventy();
  const previous = previousDir && previousDir !== outDir ? await readManifest(previousDir) : undefined;
  const selection = selectPages(buildSitePages(site), site, version, previous);
  // Kept pages are reused only as the previous manifest recorded them written; any other is rendered.
  const files: Record<string, string> = {};
  let kept = 0;
  if (previousDir && previous && selection.kept.length > 0) {
    const from = new PreviousOutput(previousDir);
    for (const page of selection.kept) {
      const hash = previous.files?.[page.path];
      if (hash && from.reuse(page.path, outDir, hash)) {
        files[page.path] = hash;
        kept++;
      } else selection.render[page.kind].push(page.record);
    }
  } else for (const page of selection.kept) selection.render[page.kind].push(page.record);
  const plan: RenderPlan = { ctx, site, version, render: selection.render, ...(previousDir ? { previousDir } : {}), searchIndex, failures };
  debug(() => `render set-up (import, hashes, links) ${((performance.now() - setupStarted) / 1000).toFixed(2)} s`);

  const cwdRelative = (path: string) => relative(process.cwd(), path) || ".";
  const eleventy = new Eleventy(cwdRelative(join(projectRoot, "templates")), outDir, {
    configPath: cwdRelative(join(projectRoot, ".eleventy.ts")),
    pathPrefix: ctx.prefix,
    quietMode: options.quiet ?? false,
    config(config: { addGlobalData(name: string, data: unknown): void }) {
      config.addGlobalData("siteRender", plan);
    },
  });
  const started = performance.now();
  try {
    await eleventy.write();
  } finally {
    // Never leave Pagefind writing into a folder the caller is about to remove.
    await searchIndex.catch(() => undefined);
  }
  debug(() => `eleventy and pagefind ${((performance.now() - started) / 1000).toFixed(2)} s; ${kept} pages kept`);
  // A placeholder is not the page: the next build renders it again (and reports it again).
  for (const failure of failures.list) delete selection.manifest.pages[failure.path];
  // Each page as written, so that the next build reuses a file only if it is still this one.
  const written: Record<string, string> = {};
  for (const path of Object.keys(selection.manifest.pages)) written[path] = files[path] ?? contentHash(await readFile(join(outDir, path)));
  await writeFile(join(outDir, MANIFEST_FILE), JSON.stringify({ ...selection.manifest, files: written }));
  const rendered = Object.values(selection.render).reduce((sum, list) => sum + list.length, 0);
  return { ...(await countFiles(outDir)), rendered, kept, failures: failures.list };
}

/** Every page kind's output paths for a site, in the order pages are rendered (for tests and tools). */
export function outputPaths(site: SiteData): string[] {
  const pages = buildSitePages(site);
  return Object.values(PAGE_KINDS).flatMap((kind) => kind.records(pages, site).map((record) => kind.outputPath(record)));
}
