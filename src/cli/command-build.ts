import { existsSync, renameSync, rmSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { DigestError } from "../diagnostics/digest-error.js";
import { readPreviousStories } from "../ingest/read-previous-stories.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { parseOptions } from "./parse-options.js";
import { reporter } from "./reporter.js";

const USAGE = `Usage: digest build [--content DIR] [--out DIR] [--pathprefix /repo/] [--skip-invalid] [--verbose]

Reads every article in the content folder, groups them into stories and writes the static site.
The site is written to a temporary folder and swapped in at the end: a failed build leaves the
previous site untouched.

Options:
  --content DIR        the folder of articles (default: content)
  --out DIR            where the site goes (default: _site)
  --pathprefix PATH    serve the site under PATH, e.g. /my-repo/ for GitHub Pages project sites
                       (default: $DIGEST_PATH_PREFIX or /)
  --skip-invalid       build the valid articles and list the rejected ones instead of failing
  --no-cache           extract every article again instead of reusing .cache/digest/
  --verbose            print per-stage timings and what the extraction cache saved
                       (DEBUG=1 also prints every file Eleventy writes and Pagefind timings)

The summary gives the site's size; the build warns past 80% of GitHub Pages' 1 GB limit
($DIGEST_SITE_LIMIT, in bytes, sets another) or with more than 1,000 files in one folder.
  -h, --help`;

/** The site stage, imported when first needed: a build on workers loads it while they extract. */
const loadRenderer = () => import("../site/render-site.js");

export async function runBuild(args: string[]): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      content: { type: "string", default: "content" },
      out: { type: "string", default: "_site" },
      pathprefix: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    USAGE,
  );
  if (values.help) {
    reporter.out(USAGE);
    return 0;
  }
  const started = performance.now();
  const contentDir = resolve(values.content);
  const outDir = resolve(values.out);
  const pathPrefix = normalisePrefix(values.pathprefix ?? process.env.DIGEST_PATH_PREFIX ?? "/");
  checkOutDir(outDir, contentDir);

  // Only what rendering and the summary need: the pipeline's article and story records can be
  // collected while the site renders (a fifth of the memory at 10,000 articles).
  const { site, diagnostics, report, hasErrors, timings, extraction, furniture } = await runPipeline({
    contentDir,
    now: new Date(),
    previous: await readPreviousStories(outDir),
    ...(values["no-cache"] ? { cache: false as const } : {}),
    onProgress: (done, total) => reporter.progress("extracting", done, total, started),
    // Workers are extracting: load the site stage and Eleventy meanwhile.
    whileExtracting: () => void loadRenderer().then((renderer) => renderer.loadEleventy()).catch(() => undefined),
  }).then((result) => ({ ...result, furniture: countFurniture(result.articles) }));
  reporter.diagnostics(diagnostics);
  if (hasErrors && !values["skip-invalid"]) {
    reporter.error(
      `\nBuild failed: ${report.rejected.length} of ${report.filesFound} files have errors (listed above). ` +
        `Nothing was written; ${values.out} is unchanged. Fix them, or run with --skip-invalid to build the rest.`,
    );
    return 1;
  }

  const renderStarted = performance.now();
  const staging = join(dirname(outDir), `${stagingPrefix(outDir)}${process.pid}`);
  await removeStaleStaging(outDir);
  await rm(staging, { recursive: true, force: true });
  // Ctrl-C or a kill during rendering or the swap: remove the half-written site and put the
  // previous one back, so an interrupted build leaves the last good site as it was.
  let renderer: Awaited<ReturnType<typeof loadRenderer>> | undefined;
  const interrupted = (signal: NodeJS.Signals) => {
    renderer?.stopSearchIndexing();
    cleanUpSync(staging, outDir);
    reporter.error(`\nBuild interrupted (${signal}); ${values.out} is unchanged.`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  let rendered;
  try {
    // Site stage: pages unchanged since the site in outDir are reused from it (--no-cache renders all).
    const previousDir = values["no-cache"] ? undefined : outDir;
    renderer = await loadRenderer();
    rendered = await renderer.renderSite(site, { outDir: staging, pathPrefix, quiet: !process.env.DEBUG, ...(previousDir ? { previousDir } : {}) });
    await swapInto(staging, outDir);
  } catch (error) {
    renderer?.stopSearchIndexing();
    cleanUpSync(staging, outDir);
    throw error;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
  timings.render = performance.now() - renderStarted;

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  reporter.out(
    [
      `Read ${report.filesFound} files: ${report.articlesBuilt} articles built, ${report.rejected.length} rejected, ${report.ignored.length} ignored${knowledgeNote(report)}.`,
      ...report.rejected.map((r) => `  rejected ${r.path}: ${r.reason}`),
      ...report.ignored.map((r) => `  ignored  ${r.path}: ${r.reason}`),
      `${site.stories.length} stories, ${site.entities.length} entities, ${site.topics.length} topics; ${rendered.pages} pages in ${values.out}/ (${seconds} s, ${warnings} warnings).`,
    ].join("\n"),
  );
  await reportSiteSize(outDir, report.articlesBuilt);
  if (values.verbose) {
    const e = extraction;
    reporter.out(`  extracted ${e.extracted} of ${e.total} articles (${e.cached} from the cache, ${e.workers} worker threads)`);
    reporter.out(`  page furniture kept out of the text: ${furniture.spans} pieces in ${furniture.articles} articles (digest inspect lists them)`);
    reporter.out(Object.entries(timings).map(([stage, ms]) => `  ${stage.padEnd(8)} ${(ms / 1000).toFixed(2)} s`).join("\n"));
  }
  return 0;
}

/** Pieces of page furniture blanked in the articles' text, and how many articles had any. */
function countFurniture(articles: readonly { furniture?: readonly unknown[] }[]): { spans: number; articles: number } {
  let spans = 0;
  let withAny = 0;
  for (const article of articles) {
    spans += article.furniture?.length ?? 0;
    if (article.furniture?.length) withAny++;
  }
  return { spans, articles: withAny };
}

/**
 * The site's size and file count, and warnings when it nears what GitHub Pages publishes
 * (`DIGEST_SITE_LIMIT`, in bytes, sets another limit: another host's, or a test's).
 */
async function reportSiteSize(outDir: string, articles: number): Promise<void> {
  const { DEFAULT_SIZE_LIMITS, measureSite, sizeLine, sizeWarnings } = await import("../site/site-size.js");
  const limit = Number(process.env.DIGEST_SITE_LIMIT);
  const limits = { ...DEFAULT_SIZE_LIMITS, ...(Number.isFinite(limit) && limit > 0 ? { siteBytes: limit } : {}) };
  const size = await measureSite(outDir, limits);
  reporter.out(sizeLine(size, articles));
  for (const warning of sizeWarnings(size, limits)) reporter.error(warning);
}

/** The knowledge file is read but is neither an article nor left out: name it so the summary adds up. */
function knowledgeNote(report: { filesFound: number; articlesBuilt: number; rejected: unknown[]; ignored: unknown[] }): string {
  const rest = report.filesFound - report.articlesBuilt - report.rejected.length - report.ignored.length;
  return rest > 0 ? `, ${rest} read as site knowledge (knowledge.yml)` : "";
}

/**
 * The output folder is replaced whole at the end of a build: refuse one whose replacement would
 * delete the articles, the project or the home folder (`--out .`, `--out content`, `--out ~`).
 */
function checkOutDir(outDir: string, contentDir: string): void {
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  };
  const problem =
    dirname(outDir) === outDir ? "is the root of the file system"
    : inside(contentDir, outDir) ? "holds the content folder"
    : inside(outDir, contentDir) ? "is inside the content folder"
    : inside(process.cwd(), outDir) ? "holds the current folder"
    : inside(homedir(), outDir) ? "holds your home folder"
    : undefined;
  if (problem) {
    throw new DigestError(`The output folder ${outDir} ${problem}; a build replaces the output folder whole. Pass --out with a folder of its own, like _site.`);
  }
}

/** `.NAME.building-`: the staging folders of builds into `NAME`, beside it. */
function stagingPrefix(outDir: string): string {
  return `.${basename(outDir)}.building-`;
}

/** Staging folders of earlier builds that were killed outright (no chance to clean up): their process is gone. */
async function removeStaleStaging(outDir: string): Promise<void> {
  const prefix = stagingPrefix(outDir);
  let names: string[];
  try {
    names = await readdir(dirname(outDir));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)(\.old)?$/.exec(name.slice(prefix.length))?.[1]);
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    const path = join(dirname(outDir), name);
    // A killed swap may have left the previous site retired and none in place: restore it.
    if (name.endsWith(".old") && !existsSync(outDir)) await rename(path, outDir);
    else await rm(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Synchronous, so it can run in a signal handler: drop the staging folder, restore a retired site. */
function cleanUpSync(staging: string, outDir: string): void {
  rmSync(staging, { recursive: true, force: true });
  const retired = `${staging}.old`;
  if (existsSync(retired)) {
    if (existsSync(outDir)) rmSync(retired, { recursive: true, force: true });
    else renameSync(retired, outDir);
  }
}

/** Replace outDir by staging in two renames, so readers never see a half-written site. */
async function swapInto(staging: string, outDir: string): Promise<void> {
  const retired = `${staging}.old`;
  let hadPrevious = true;
  try {
    await rename(outDir, retired);
  } catch {
    hadPrevious = false;
  }
  await rename(staging, outDir);
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
