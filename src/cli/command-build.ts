// Only what the up-to-date check needs is imported here: a build with nothing to do is Node's
// start, a stat of every input and of the site, and one small file read (src/cache/build-fingerprint.ts).
// The pipeline, the site stage and Eleventy are imported when a build runs.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildRecordFile,
  clearBuildRecord,
  fingerprintInputs,
  fingerprintOutput,
  readBuildRecord,
  writeBuildRecord,
  type InputFingerprint,
} from "../cache/build-fingerprint.js";
import { buildCacheDir } from "../cache/cache-folder.js";
import { debug } from "../diagnostics/debug.js";
import type { ContentFile } from "../ingest/find-content-files.js";
import { checkSiteUrl } from "../site/site-url.js";
import { buildTracesBeside, checkOutputFolder, faultPoint, OutputFolder } from "../site/output-folder.js";
import type { PageFailure } from "../site/page-failures.js";
import { plural } from "../site/plural.js";
import { DEFAULT_SIZE_LIMITS, siteSizeOf, sizeLine, sizeWarnings, type SiteSize } from "../site/site-size.js";
import type { Diagnostic } from "../types.js";
import { parseOptions } from "./parse-options.js";
import { reporter } from "./reporter.js";
import { watchForStop } from "./watch-for-stop.js";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `Usage: digest build [--content DIR] [--out DIR] [--pathprefix /repo/] [--skip-invalid] [--verbose]

Reads every article in the content folder, groups them into stories and writes the static site.
Only the files that changed are written, to a temporary folder, and moved into place at the end:
a failed build leaves the previous site untouched.

When nothing the site is made from changed since the last successful build (the content
folder's files, the options, the code, today's date, and the site as that build left it, all
compared by their files' size, times and inode), no stage runs: the build says the site is up to
date and repeats the last build's summary.

Options:
  --content DIR        the folder of articles (default: content)
  --out DIR            where the site goes (default: _site)
  --pathprefix PATH    serve the site under PATH, e.g. /my-repo/ for GitHub Pages project sites
                       (default: $DIGEST_PATH_PREFIX or /)
  --skip-invalid       build the valid articles and list the rejected ones instead of failing
  --no-cache           build in full: no up-to-date check, every article extracted again
                       instead of reusing .cache/digest/, every page rendered again
  --verbose            print per-stage timings and what the extraction cache saved
                       (DEBUG=1 also prints the site stage's parts and Pagefind timings)

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
  // The build's time: the pages carry its day, so the up-to-date check compares that day too.
  const now = new Date();
  const contentDir = resolve(values.content);
  const outDir = resolve(values.out);
  const pathPrefix = normalisePrefix(values.pathprefix ?? process.env.DIGEST_PATH_PREFIX ?? "/");
  checkSiteUrl(process.env.DIGEST_SITE_URL ?? "");
  checkOutputFolder(outDir, { contentDir, projectRoot, given: values.out });

  // The up-to-date check. It writes nothing, so it takes no lock: it is made only when nothing of
  // another build is beside the site (its lock, or what a stopped one left: the locked build
  // below deals with those), and a build that starts meanwhile clears the record before it
  // changes any file of the site. Whatever goes wrong here is the build's to report, after the
  // lock is taken and a stopped build's site put right.
  const cacheDir = buildCacheDir(contentDir);
  const recordFile = buildRecordFile(cacheDir, outDir);
  let checked: { found: ContentFile[]; inputs: InputFingerprint } | undefined;
  try {
    const { findContentFiles } = await import("../ingest/find-content-files.js");
    const found = await findContentFiles(contentDir);
    const inputs = fingerprintInputs({
      contentFiles: found,
      projectRoot,
      now,
      settings: {
        contentDir,
        outDir,
        pathPrefix,
        siteUrl: process.env.DIGEST_SITE_URL ?? "",
        skipInvalid: values["skip-invalid"],
      },
    });
    checked = { found, inputs };
  } catch {
    checked = undefined;
  }
  const inputsChecked = performance.now();
  // --no-cache builds in full; so does a test that stops a build at a fault point.
  if (checked && !checked.inputs.racy && !values["no-cache"] && !process.env.DIGEST_TEST_FAULT) {
    const record = readBuildRecord<BuildSummary>(recordFile, outDir);
    if (record?.inputs === checked.inputs.hash && !buildTracesBeside(outDir)) {
      const site = fingerprintOutput(outDir, cacheDir);
      debug(
        () =>
          `up-to-date check: started ${(started / 1000).toFixed(2)} s after the process, content and code ` +
          `${((inputsChecked - started) / 1000).toFixed(2)} s, site ${((performance.now() - inputsChecked) / 1000).toFixed(2)} s`,
      );
      if (record.output === site.hash) {
        printUpToDate(record.summary, { values, started, inputs: checked.inputs, siteFiles: site.files });
        return 0;
      }
    }
  }

  // The lock is held from here to the end, and a commit a killed build left half-done is
  // completed before the previous stories are read (their ids and redirects carry over).
  const output = await OutputFolder.open(outDir);
  // Ctrl-C, a kill, or the end of the command that started this one (npx, a terminal closed):
  // before the commit the half-written site goes and the previous one stays; after it the new
  // site is in place (src/site/output-folder.ts).
  const stage: RenderStage = { output };
  const stopWatching = watchForStop((why, code) => {
    stage.renderer?.stopSearchIndexing();
    output.releaseSync();
    reporter.error(
      output.phase === "committed"
        ? `\nBuild interrupted (${why}) after the new site was put in place; ${values.out} holds the new site.`
        : `\nBuild interrupted (${why}); ${values.out} is unchanged.`,
    );
    process.exit(code);
  });
  try {
    // From here the site may change: a build that fails or is stopped must leave no record.
    clearBuildRecord(recordFile);
    const built = await buildInto(output, stage, values, {
      started,
      now,
      contentDir,
      outDir,
      pathPrefix,
      ...(checked ? { found: checked.found } : {}),
    });
    // The story-id history this build wrote is part of the site recorded: a build reading it
    // gives the same ids (grouping never depends on it, and ids given from it are a fixed point:
    // src/cluster/assign-story-ids.ts), so the site is what the next build would write.
    if (built.summary && checked && !checked.inputs.racy) {
      writeBuildRecord(recordFile, {
        outDir,
        inputs: checked.inputs.hash,
        output: fingerprintOutput(outDir, cacheDir).hash,
        summary: built.summary,
      });
    }
    return built.code;
  } finally {
    stopWatching();
    await output.release();
  }
}

/**
 * One build into outDir under its lock, for `digest serve`, which builds again on every change
 * and handles stopping itself (through `stage`). Returns the exit status and the files written.
 */
export async function buildOnce(options: {
  contentDir: string;
  outDir: string;
  pathPrefix: string;
  label: string;
  stage: RenderStage;
  /** Print the build's per-stage timings (`digest serve --verbose`). */
  verbose?: boolean;
}): Promise<{ code: number; written: string[] }> {
  const { contentDir, outDir, pathPrefix, stage } = options;
  checkOutputFolder(outDir, { contentDir, projectRoot, given: options.label });
  const output = await OutputFolder.open(outDir);
  stage.output = output;
  stage.written = [];
  try {
    const values: BuildValues = {
      out: options.label,
      "skip-invalid": false,
      "no-cache": false,
      verbose: options.verbose ?? false,
    };
    // This build changes the site: the last `digest build`'s record no longer describes it.
    clearBuildRecord(buildRecordFile(buildCacheDir(contentDir), outDir));
    const { code } = await buildInto(output, stage, values, {
      started: performance.now(),
      now: new Date(),
      contentDir,
      outDir,
      pathPrefix,
      again: true,
    });
    return { code, written: stage.written };
  } finally {
    delete stage.output;
    await output.release();
  }
}

interface BuildValues {
  out: string;
  "skip-invalid": boolean;
  "no-cache": boolean;
  verbose: boolean;
}

/**
 * The build under way, for a stop handler: the output folder it holds, the site stage once loaded, the files it wrote.
 */
export interface RenderStage {
  output?: OutputFolder;
  renderer?: Awaited<ReturnType<typeof loadRenderer>>;
  written?: string[];
}

/**
 * What a successful build's summary says, kept with its fingerprint so that a build with nothing
 * to do says it again (the options that only change what is printed are applied when printing).
 */
export interface BuildSummary {
  report: {
    filesFound: number;
    articlesBuilt: number;
    rejected: { path: string; reason: string }[];
    ignored: { path: string; reason: string }[];
  };
  /** Every diagnostic the build printed before its summary (with --skip-invalid, errors too). */
  diagnostics: Diagnostic[];
  stories: number;
  entities: number;
  topics: number;
  pages: number;
  warnings: number;
  size: SiteSize;
}

interface BuildOutcome {
  code: number;
  /** A successful build's summary (none when pages are placeholders: the next build renders them again). */
  summary?: BuildSummary;
}

async function buildInto(
  output: OutputFolder,
  stage: RenderStage,
  values: BuildValues,
  paths: {
    started: number;
    now: Date;
    contentDir: string;
    outDir: string;
    pathPrefix: string;
    found?: ContentFile[];
    /** This process builds again and again (`digest serve`): keep what the next build can use. */
    again?: boolean;
  },
): Promise<BuildOutcome> {
  const { started, now, contentDir, outDir, pathPrefix, found } = paths;
  const [{ readPreviousStories }, { runPipeline }, { countFailures, pageFailureDiagnostics }] = await Promise.all([
    import("../ingest/read-previous-stories.js"),
    import("../pipeline/run-pipeline.js"),
    import("../site/page-failures.js"),
  ]);
  // Every build renders the whole-site files with Eleventy: its import (0.5 s of CPU, 1 s wall)
  // starts now, its file reads overlapping ingest's (memoised: `digest serve` loads it once).
  void loadRenderer()
    .then((renderer) => renderer.loadEleventy())
    .catch(() => undefined);
  // What the output folder holds, for the site stage to find what to delete: listed on another
  // thread while the stages run.
  const listing = import("../site/output-listing.js")
    .then(({ listOutput }) => listOutput(outDir))
    .catch(() => undefined);
  // Only what rendering and the summary need: the pipeline's article and story records can be
  // collected while the site renders (a fifth of the memory at 10,000 articles).
  const previous = await readPreviousStories(outDir);
  const { site, diagnostics, report, hasErrors, timings, extraction, unreadFiles, furniture } = await runPipeline({
    contentDir,
    now,
    ...(found ? { found } : {}),
    previous: previous.stories,
    previousThreads: previous.threads,
    cache: values["no-cache"] ? false : buildCacheDir(contentDir),
    onProgress: (done, total) => reporter.progress("extracting", done, total, started),
    // Workers are extracting: load the site stage and Eleventy meanwhile.
    whileExtracting: () =>
      void loadRenderer()
        .then((renderer) => renderer.loadEleventy())
        .catch(() => undefined),
  }).then((result) => ({ ...result, furniture: countFurniture(result.articles) }));
  reporter.diagnostics([...previous.diagnostics, ...diagnostics]);
  if (hasErrors && !values["skip-invalid"]) {
    reporter.error(
      `\nBuild failed: ${report.rejected.length} of ${report.filesFound} files have errors (listed above). ` +
        `Nothing was written; ${values.out} is unchanged. Fix them, or run with --skip-invalid to build the rest.`,
    );
    return { code: 1 };
  }

  const renderStarted = performance.now();
  let rendered;
  try {
    // Site stage: pages unchanged since the site in outDir are kept as they are (--no-cache renders all).
    stage.renderer = await loadRenderer();
    const prepared = await stage.renderer.prepareSite(site, {
      outDir,
      staging: output.staging,
      pathPrefix,
      listing,
      reuse: !values["no-cache"],
      // The site's manifest is kept there even by --no-cache, for the next build.
      cacheDir: buildCacheDir(contentDir),
      keepSearchIndexer: paths.again ?? false,
    });
    rendered = prepared.result;
    if (rendered.failures.length > 0) {
      reporter.diagnostics(pageFailureDiagnostics(rendered.failures, values["skip-invalid"]));
      // Placeholders stand in for failed pages only when asked to; a feed or export has none.
      if (!values["skip-invalid"] || rendered.failures.some((failure) => !failure.placeholder)) {
        output.abandon();
        reporter.error(
          `\nBuild failed: ${countFailures(rendered.failures)} could not be rendered (listed above). ` +
            `Nothing was written; ${values.out} is unchanged. Fix the files named${values["skip-invalid"] ? "" : ", or run with --skip-invalid to build the rest with placeholder pages"}.`,
        );
        return { code: 1 };
      }
    }
    faultPoint("before-commit");
    await output.commit(prepared.changes);
    stage.written = prepared.changes.write;
  } catch (error) {
    stage.renderer?.stopSearchIndexing();
    output.abandon();
    throw error;
  }
  timings.render = performance.now() - renderStarted;

  const printed = [...previous.diagnostics, ...diagnostics];
  const summary: BuildSummary = {
    report: {
      filesFound: report.filesFound,
      articlesBuilt: report.articlesBuilt,
      rejected: report.rejected.map(({ path, reason }) => ({ path, reason })),
      ignored: report.ignored.map(({ path, reason }) => ({ path, reason })),
    },
    diagnostics: printed,
    stories: site.stories.length,
    entities: site.entities.length,
    topics: site.topics.length,
    pages: rendered.pages,
    warnings: printed.filter((d) => d.severity === "warning").length + rendered.failures.length,
    // From the sizes the build recorded for the files it committed: no walk over the site.
    size: siteSizeOf(rendered.fileSizes, DEFAULT_SIZE_LIMITS),
  };
  printSummary(summary, { values, started, failures: rendered.failures, warnings: output.warnings });
  if (values.verbose) {
    const e = extraction;
    reporter.out(
      `  ${unreadFiles} article files not read again (unchanged since they were read: same size, time and inode)`,
    );
    reporter.out(
      `  extracted ${e.extracted} of ${e.total} articles (${e.cached} from the cache, ${e.workers} worker threads)`,
    );
    reporter.out(
      `  site: ${rendered.rendered} pages rendered, ${rendered.kept} kept unrendered; ${rendered.written} files written, ${rendered.removed} deleted, the rest untouched`,
    );
    reporter.out(
      `  page furniture kept out of the text: ${furniture.spans} pieces in ${furniture.articles} articles (digest inspect lists them)`,
    );
    printTimings(timings);
  }
  return rendered.failures.length > 0 ? { code: 0 } : { code: 0, summary };
}

/** The summary a build prints: what was read, what the site holds, its size and the warnings about it. */
function printSummary(
  summary: BuildSummary,
  options: {
    values: Pick<BuildValues, "out">;
    started: number;
    failures: readonly PageFailure[];
    /** Problems of the output folder that did not stop the build. */
    warnings: readonly string[];
    upToDate?: boolean;
  },
): void {
  const { report } = summary;
  const seconds = ((performance.now() - options.started) / 1000).toFixed(2);
  reporter.out(
    [
      `Read ${report.filesFound} files: ${report.articlesBuilt} articles built, ${report.rejected.length} rejected, ${report.ignored.length} ignored${knowledgeNote(report)}.`,
      ...report.rejected.map((r) => `  rejected ${r.path}: ${r.reason}`),
      ...report.ignored.map((r) => `  ignored  ${r.path}: ${r.reason}`),
      ...placeholderNote(options.failures),
      `${summary.stories} stories, ${summary.entities} entities, ${summary.topics} topics; ${summary.pages} pages in ${options.values.out}/ (${seconds} s, ${summary.warnings} warnings).`,
      ...(options.upToDate
        ? [
            `Up to date: nothing the site is made from changed since the last build, so nothing was done (--no-cache builds it again).`,
          ]
        : []),
      ...options.warnings.map((warning) => `  warning: ${warning}`),
    ].join("\n"),
  );
  reportSiteSize(summary.size, report.articlesBuilt);
}

/** A build with nothing to do: the last build's diagnostics and summary again, and that the site is up to date. */
function printUpToDate(
  summary: BuildSummary,
  options: {
    values: Pick<BuildValues, "out" | "verbose">;
    started: number;
    inputs: InputFingerprint;
    siteFiles: number;
  },
): void {
  const { inputs } = options;
  reporter.diagnostics(summary.diagnostics);
  printSummary(summary, { ...options, failures: [], warnings: [], upToDate: true });
  if (options.values.verbose) {
    reporter.out(
      `  checked by stat: ${plural(inputs.contentFiles, "content file")}, ${plural(inputs.codeFiles, "code file")} and ${plural(options.siteFiles, "site file")}, as the last build left them; no stage ran`,
    );
    printTimings({ check: performance.now() - options.started });
  }
}

function printTimings(timings: Record<string, number>): void {
  reporter.out(
    Object.entries(timings)
      .map(([stage, ms]) => `  ${stage.padEnd(8)} ${(ms / 1000).toFixed(2)} s`)
      .join("\n"),
  );
}

/** With --skip-invalid: the pages that are placeholders (their warnings are listed above the summary). */
function placeholderNote(failures: readonly PageFailure[]): string[] {
  const pages = failures.filter((failure) => failure.kind !== "search");
  return pages.length > 0
    ? [
        `  ${plural(pages.length, "page")} could not be rendered and ${pages.length === 1 ? "is a placeholder" : "are placeholders"}: ${pages.map((p) => p.url).join(", ")}`,
      ]
    : [];
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
 * The site's size line, and warnings when it nears what GitHub Pages publishes
 * (`DIGEST_SITE_LIMIT`, in bytes, sets another limit: another host's, or a test's).
 */
function reportSiteSize(size: SiteSize, articles: number): void {
  const limit = Number(process.env.DIGEST_SITE_LIMIT);
  const limits = { ...DEFAULT_SIZE_LIMITS, ...(Number.isFinite(limit) && limit > 0 ? { siteBytes: limit } : {}) };
  reporter.out(sizeLine(size, articles));
  for (const warning of sizeWarnings(size, limits)) reporter.error(warning);
}

/** The knowledge file is read but is neither an article nor left out: name it so the summary adds up. */
function knowledgeNote(report: {
  filesFound: number;
  articlesBuilt: number;
  rejected: unknown[];
  ignored: unknown[];
}): string {
  const rest = report.filesFound - report.articlesBuilt - report.rejected.length - report.ignored.length;
  return rest > 0 ? `, ${rest} read as site knowledge (knowledge.yml)` : "";
}

export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
